/**
 * Mounts every lifecycle chart of the page for the view its address asks for (the parameters the page
 * takes, read through the one table as embeds read theirs: a day, a span, a filter), pins the headline
 * to an as-of day, and offers the embed code for the view shown.
 */
import type { ChartInput } from '../lib/chart/chart-lanes.ts';
import { ignoredNotice, keepOnly, parseViewState, serializeViewState } from '../lib/site/url-state.ts';
import { drawnAsServed, PARAMETER_NAMES, type ViewState } from '../lib/site/view-parameters.ts';
import { mountChart, type ChartController, type ChartData } from './chart-zoom.ts';
import { offerEmbed } from './embed-share.ts';
import { offerPictures } from './picture-links.ts';
import { pinHeadline } from './pinned-headline.ts';

/** The view the address asks of `figure`'s chart; parameters it names that the page cannot take are said in its notice. */
function askedView(figure: HTMLElement): ViewState {
  const accepts = figure.dataset.accepts?.split(' ');
  const input = JSON.parse(figure.querySelector('script[data-chart-input]')?.textContent ?? '{}') as ChartInput;
  if (!accepts || !input.lanes) return {};
  const instrumentIds = [...new Set(input.lanes.map((lane) => lane.instrument))];
  const parsed = parseViewState(location.search, { instrumentIds, eventIds: {}, asOf: input.asOf }, 'page');
  const narrowed = keepOnly(parsed.state, accepts);
  // Parameters of other tools (a search's highlight, a campaign's tag) are not the page's to mention.
  const ignored = [...parsed.ignored, ...narrowed.ignored].filter((i) =>
    (PARAMETER_NAMES as string[]).includes(i.name),
  );
  const notice = figure.querySelector<HTMLElement>('[data-notice]');
  if (notice && ignored.length) {
    notice.hidden = false;
    notice.textContent = ignoredNotice(ignored);
  }
  return narrowed.state;
}

let first: ChartController | undefined;
let shown: ViewState = {};
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-lifecycle-chart][data-auto-mount]')) {
  const state = askedView(figure);
  const chart = mountChart(figure, state, { deferred: drawnAsServed(state) });
  if (!first && chart) [first, shown] = [chart, state];
}
if (shown.asof) pinHeadline(document, shown.asof);
offerEmbed(() => serializeViewState({ ...shown, ...first?.getWindow() }, 'embed'));
offerPictures(
  () => ({ ...shown, ...first?.getWindow() }),
  // The first chart's own lanes, in the page.
  () =>
    Promise.resolve(
      JSON.parse(
        document.querySelector('figure[data-lifecycle-chart] script[data-chart-input]')!.textContent,
      ) as ChartData,
    ),
);
