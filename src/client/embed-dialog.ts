/**
 * The "Embed" button: a dialog with the embed code for exactly the current view, pinned to the day of
 * embedding or always current, a live preview that resizes as a publisher's page would, and a
 * script-free code whose fixed height is the embed's own in the widest column it is measured in, so no
 * column from 300 to 1024 px leaves empty space below it; in a narrower column the embed scrolls within
 * its frame, its credit line held in view at the foot (.embed-footer is sticky).
 */
import { HEIGHT_MESSAGE_TYPE, MAX_EMBED_HEIGHT, readHeightMessage } from '../lib/embed/height-messages.ts';
import { EMBED_HEIGHT, scriptSnippet, staticSnippet } from '../lib/embed/embed-snippet.ts';
import { t } from '../lib/i18n/strings.ts';
import { EMBED_SCRIPT_PATH } from '../lib/site/routes.ts';

/** The column widths the script-free code is measured in: the embed is shortest in the widest. */
export const MEASURED_WIDTHS = [360, 680, 1024];

/** Wires the embed dialog in `root`; `query` gives the current view's embed parameters ("?…" or ""). */
export function mountEmbedDialog(root: HTMLElement, query: () => string): void {
  const dialog = root.querySelector<HTMLDialogElement>('[data-embed-dialog]')!;
  const open = root.querySelector<HTMLButtonElement>('[data-embed-open]')!;
  const preview = root.querySelector<HTMLIFrameElement>('[data-embed-preview]')!;
  const measure = root.querySelector<HTMLElement>('[data-embed-measure]')!;
  const code = root.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
  const fixed = root.querySelector<HTMLTextAreaElement>('[data-embed-static]')!;
  const copied = root.querySelector<HTMLElement>('[data-embed-copied]')!;
  // The chart, or the status card where the page offers one (it takes fewer parameters).
  const what = () => root.querySelector<HTMLInputElement>('input[name="embed-what"]:checked');
  const path = () => what()?.value ?? root.dataset.embedPath!;
  const title = root.dataset.embedTitle!;
  const dataAsOf = root.dataset.asOf!;
  let frames: HTMLIFrameElement[] = [];
  let heights = new Map<HTMLIFrameElement, number>();

  const target = () => {
    const params = new URLSearchParams(query());
    const accepts = what()?.dataset.accepts?.split(' ');
    if (accepts) for (const name of [...params.keys()]) if (!accepts.includes(name)) params.delete(name);
    const pinned = root.querySelector<HTMLInputElement>('input[name="embed-when"]:checked')?.value === 'pinned';
    // Pinned to the day of embedding, or to the data's day if the site was built earlier.
    const today = new Date().toISOString().slice(0, 10);
    if (pinned && !params.has('asof')) params.set('asof', today < dataAsOf ? today : dataAsOf);
    const search = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
    return {
      src: new URL(`${path()}${search ? `?${search}` : ''}`, location.origin).href,
      title,
      height: EMBED_HEIGHT,
      script: new URL(EMBED_SCRIPT_PATH, location.origin).href,
    };
  };

  const update = () => {
    const embed = target();
    code.value = scriptSnippet(embed);
    fixed.value = staticSnippet(embed);
    delete fixed.dataset.measured;
    copied.textContent = '';
    if (preview.src !== embed.src) preview.src = embed.src;
    // Frames of each measured width report their heights; the shortest is the script-free height.
    heights = new Map();
    frames = MEASURED_WIDTHS.map((width) => {
      const frame = document.createElement('iframe');
      frame.width = String(width);
      frame.height = '200';
      frame.tabIndex = -1;
      frame.title = t('embed.measuring', { width });
      frame.src = embed.src;
      return frame;
    });
    measure.replaceChildren(...frames);
  };

  open.addEventListener('click', () => {
    update();
    dialog.showModal();
  });
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="embed-when"], input[name="embed-what"]'))
    radio.addEventListener('change', update);
  dialog.addEventListener('close', () => measure.replaceChildren());

  window.addEventListener('message', (event) => {
    const message = readHeightMessage(event.data, HEIGHT_MESSAGE_TYPE, MAX_EMBED_HEIGHT);
    if (!message) return;
    if (event.source === preview.contentWindow) preview.height = String(message.height);
    const frame = frames.find((f) => f.contentWindow === event.source);
    if (!frame) return;
    heights.set(frame, message.height);
    if (heights.size === frames.length) {
      // A few pixels of air for fonts that render a little taller than here.
      fixed.value = staticSnippet({ ...target(), height: Math.min(...heights.values()) + 8 });
      fixed.dataset.measured = 'true';
    }
  });
  // Copies a code to the clipboard, or selects it where the browser refuses; either way the dialog says which.
  const copy = async (button: HTMLButtonElement) => {
    const area = root.querySelector<HTMLTextAreaElement>(`#${button.dataset.embedCopy}`)!;
    try {
      await navigator.clipboard.writeText(area.value);
      copied.textContent = t('embed.copied');
    } catch {
      area.select();
      copied.textContent = t('embed.selected');
    }
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-embed-copy]'))
    button.addEventListener('click', () => void copy(button));
}
