/**
 * Inside an embed's frame: applies the address's parameters to the chart the server drew (lanes,
 * window, as-of line, party, theme, title), shows a notice for any it ignored, points the footer at the
 * same view on the full site, and tells the parent page its height whenever it changes.
 */
import { dateEnd, dateStart } from '../lib/dates.ts';
import { heightMessages } from '../lib/embed/height-messages.ts';
import { parseViewState, serializeViewState, type UrlContext } from '../lib/url-state.ts';
import { mountChart } from './chart-zoom.ts';

/** Parameters that pym.js parents add to a child's address; read for the frame id, never reported. */
const PYM_PARAMETERS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl'];

const context = JSON.parse(document.getElementById('embed-context')?.textContent ?? '{}') as UrlContext;
const params = new URLSearchParams(location.search);
const pymId = params.get('childId');
for (const name of PYM_PARAMETERS) params.delete(name);
const { state, ignored } = parseViewState(params.toString(), context);

const notice = document.querySelector<HTMLElement>('[data-notice]');
if (notice && ignored.length) {
  notice.hidden = false;
  notice.textContent = `Ignored in the address: ${ignored.map((i) => `${i.name} (${i.reason})`).join(', ')}.`;
}
if (state.theme && state.theme !== 'auto') document.documentElement.dataset.theme = state.theme;
if (state.title === 'off') document.querySelector<HTMLElement>('[data-embed-title]')?.setAttribute('hidden', '');

const full = document.querySelector<HTMLAnchorElement>('[data-full-view]');
if (full) full.href = `${full.pathname}${serializeViewState({ ...state, theme: undefined, title: undefined })}`;

const figure = document.querySelector<HTMLElement>('figure[data-lifecycle-chart]');
const chart = figure ? mountChart(figure) : undefined;
if (chart) {
  if (state.instruments) chart.showLanes(state.instruments);
  if (state.party) chart.showParties(state.party);
  if (state.asof) chart.setAsOf(Date.parse(`${state.asof}T00:00:00Z`));
  if (state.from || state.to) {
    const [start, end] = document.querySelector<SVGSVGElement>('svg.lifecycle-chart')!.dataset.domain!.split(',').map(Number) as [number, number];
    const time = (day: string) => Date.parse(`${day}T00:00:00Z`);
    chart.setWindow(state.from ? Math.max(time(dateStart(state.from)), start) : start, state.to ? Math.min(time(dateEnd(state.to)), end) : end);
  }
}

if (window.parent !== window) {
  const id = pymId ?? location.pathname;
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // Height is not a secret, and the parent's origin is unknown: any page may embed us.
    for (const message of heightMessages(id, height)) window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
