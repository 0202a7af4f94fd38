/** Mounts every lifecycle chart of the page, and the embed dialog for the current view when first asked for. */
import { serializeViewState } from '../lib/url-state.ts';
import { mountChart, type ChartController } from './chart-zoom.ts';

let first: ChartController | undefined;
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-lifecycle-chart][data-auto-mount]'))
  first ??= mountChart(figure);
const share = document.querySelector<HTMLElement>('[data-embed-share]');
const open = share?.querySelector<HTMLButtonElement>('[data-embed-open]');
// The dialog's code loads on the first click, not with the page: most readers never embed.
open?.addEventListener(
  'click',
  async () => {
    const { mountEmbedDialog } = await import('./embed-dialog.ts');
    mountEmbedDialog(share!, () => serializeViewState({ ...first?.getWindow() }, 'embed'));
    open.click();
  },
  { once: true },
);
