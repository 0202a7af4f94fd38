/**
 * Over a chart the wheel scrolls the page, as over any text; zoom is Ctrl + wheel (a trackpad pinch
 * sends the same), the buttons and the keys. A plain wheel shows a short hint saying so, as map
 * widgets do.
 */
import { t } from '../lib/i18n/strings.ts';

export function showWheelHint(region: HTMLElement): void {
  const hint = document.createElement('p');
  hint.className = 'wheel-hint';
  hint.setAttribute('aria-hidden', 'true');
  hint.textContent = t(/Mac|iPhone|iPad/.test(navigator.platform) ? 'chart.wheelHintMac' : 'chart.wheelHint');
  hint.hidden = true;
  region.append(hint);
  let timer: ReturnType<typeof setTimeout> | undefined;
  region.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey || event.metaKey) return;
      hint.hidden = false;
      clearTimeout(timer);
      timer = setTimeout(() => (hint.hidden = true), 1500);
    },
    { passive: true },
  );
}
