/** Mounts zoom on every lifecycle chart of the page, and the embed dialog for the current view. */
import { serializeViewState } from '../lib/url-state.ts';
import { mountChart, type ChartController } from './chart-zoom.ts';
import { mountEmbedDialog } from './embed-dialog.ts';

let first: ChartController | undefined;
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-lifecycle-chart][data-auto-mount]')) first ??= mountChart(figure);
const share = document.querySelector<HTMLElement>('[data-embed-share]');
if (share) mountEmbedDialog(share, () => serializeViewState({ ...first?.getWindow() }));
