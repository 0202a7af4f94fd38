/** Mounts every lifecycle chart of the page, and offers the embed code for the current view. */
import { serializeViewState } from '../lib/site/url-state.ts';
import { mountChart, type ChartController } from './chart-zoom.ts';
import { offerEmbed } from './embed-share.ts';

let first: ChartController | undefined;
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-lifecycle-chart][data-auto-mount]'))
  first ??= mountChart(figure, {}, { deferred: true });
offerEmbed(() => serializeViewState({ ...first?.getWindow() }, 'embed'));
