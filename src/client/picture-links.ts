/**
 * The share area's links to a chart's pictures (src/components/EmbedDialog.astro) lead to the files the
 * build drew of the page's default view. While the reader's view is another (an as-of day, filters, a
 * window: whatever the server's drawing does not show), a click draws that view instead, with the code
 * loaded then (src/client/picture-download.ts), so the first script carries only this.
 */
import { drawnAsServed, type ViewState } from '../lib/site/view-parameters.ts';
import type { ChartData } from './chart-zoom.ts';

/** Offers the pictures of the view `current` gives at the time of the click, drawn from the chart's `data`. */
export function offerPictures(current: () => ViewState, data: () => Promise<ChartData>): void {
  document.querySelector('[data-picture-links]')?.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-picture]');
    const state = current();
    if (!link || drawnAsServed(state)) return;
    event.preventDefault();
    void Promise.all([import('./picture-download.ts'), data()]).then(([{ downloadView }, lanes]) =>
      downloadView(link, state, lanes),
    );
  });
}
