/**
 * Lays a chart out again for the width it has, and adds zoom and pan: wheel, pinch and drag through
 * d3-zoom, the toolbar buttons, and the keyboard (+/− zoom, arrows pan, Home shows all). Every redraw
 * calls the one layout function of src/lib with the chart's lanes (embedded as JSON at build time) and
 * the window to show; this file only binds events.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { legendMarkup } from '../lib/chart/chart-legend.ts';
import type { ChartInput } from '../lib/chart/chart-lanes.ts';
import { chartView } from '../lib/chart/chart-view.ts';
import { groupSummary } from '../lib/chart/lane-groups.ts';
import { layoutChart, type LifecycleChart } from '../lib/chart/lifecycle-chart.ts';
import { lifecycleChartSvg } from '../lib/chart/lifecycle-chart-svg.ts';
import { timeScale } from '../lib/chart/time-scale.ts';
import { formatDate, timeToDay } from '../lib/dates.ts';
import type { ViewState } from '../lib/view-parameters.ts';
import { showWheelHint } from './wheel-hint.ts';

/** What the page embeds for a chart. */
export interface ChartData extends ChartInput {
  /** Prefix of ids inside the SVG. */
  prefix: string;
  /** Open links in a new browsing context (inside an embed). */
  linkTarget?: '_blank';
  /** A treaty page or an embed: the caption speaks of what is around the chart. */
  where: 'page' | 'embed';
}

/** What a page can ask of a mounted chart. */
export interface ChartController {
  /** The window shown, as days, or undefined when the whole span shows. */
  getWindow(): { from: string; to: string } | undefined;
}

/** Mounts the chart inside `figure` (a figure[data-lifecycle-chart]) for a view's parameters. */
export function mountChart(figure: HTMLElement, state: ViewState = {}): ChartController | undefined {
  const frames = [...figure.querySelectorAll<HTMLElement>('[data-chart-frame]')];
  const frame = frames[0];
  const json = figure.querySelector('script[data-chart-input]')?.textContent;
  if (!frame || !json) return undefined;
  const data = JSON.parse(json) as ChartData;
  const view = chartView(data, state, data.where);
  const span = view.options.span!;
  const legend = figure.querySelector<HTMLElement>('[data-chart-legend]');
  const caption = figure.querySelector<HTMLElement>('[data-chart-caption]');
  const status = figure.querySelector<HTMLElement>('[data-zoom-status]');
  // The first frame holds the main lanes; folded groups follow it, drawn for the same window and label column.
  const lanesOf = (f: HTMLElement) => {
    const keys = new Set((f.dataset.lanes ?? '').split(' '));
    return view.lanes.filter((lane) => keys.has(lane.key));
  };
  let window_: [number, number] = span;
  let width = 0;

  const draw = () => {
    width = Math.max(Math.floor(frame.clientWidth), 280);
    let drawn: LifecycleChart[] = [];
    frames.forEach((f, n) => {
      const chart = layoutChart(lanesOf(f), { ...view.options, span: window_, width, labelLanes: view.lanes });
      const svg = lifecycleChartSvg(chart, `${data.prefix}-live${n}`, { linkTarget: data.linkTarget, summary: data.summary });
      f.querySelector('svg.live')?.remove();
      // Built by src/lib/markup.ts, which escapes every value: no content string becomes markup.
      f.insertAdjacentHTML('beforeend', svg.html);
      f.lastElementChild!.classList.add('live');
      f.classList.add('is-live');
      drawn = [...drawn, chart];
      const summary = f.closest('details')?.querySelector('[data-group-summary]');
      if (summary) summary.textContent = groupSummary(lanesOf(f), view.options.asOf);
    });
    if (legend) legend.innerHTML = legendMarkup({ ...drawn[0]!, lanes: drawn.flatMap((c) => c.lanes) }).html;
    if (status) status.textContent = window_ === span ? '' : `Showing ${formatDate(timeToDay(window_[0]))} to ${formatDate(timeToDay(window_[1]))}`;
  };
  if (caption) caption.textContent = view.caption;

  const base = () => timeScale(span, [0, width]);
  const behaviour: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .scaleExtent([1, 200])
    // The wheel scrolls the page; Ctrl or ⌘ + wheel (a pinch sends Ctrl) zooms, as do drag, the buttons and the keys.
    .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button))
    .extent(() => [[0, 0], [width, frame.clientHeight]])
    .translateExtent([[0, -Infinity], [Infinity, Infinity]])
    .constrain((transform) => {
      // Never past either end of the span.
      const k = transform.k;
      const x = Math.min(0, Math.max(transform.x, width - width * k));
      return transform.x === x ? transform : zoomIdentity.translate(x, transform.y).scale(k);
    })
    .on('zoom', (event) => {
      const [from, to] = event.transform.rescaleX(base()).domain().map((d: Date) => d.getTime()) as [number, number];
      window_ = event.transform.k === 1 ? span : [from, to];
      draw();
    });
  const selection = select(frame).call(behaviour);
  const k = () => (frame as unknown as { __zoom?: { k: number } }).__zoom?.k ?? 1;
  const actions: Record<string, () => void> = {
    in: () => behaviour.scaleBy(selection, 2, [width / 2, 0]),
    out: () => behaviour.scaleBy(selection, 0.5, [width / 2, 0]),
    reset: () => behaviour.transform(selection, zoomIdentity),
    left: () => behaviour.translateBy(selection, width / 8 / k(), 0),
    right: () => behaviour.translateBy(selection, -width / 8 / k(), 0),
  };
  for (const button of figure.querySelectorAll<HTMLButtonElement>('button[data-zoom]')) button.addEventListener('click', () => actions[button.dataset.zoom!]?.());
  const keys: Record<string, string> = { '+': 'in', '=': 'in', '-': 'out', _: 'out', ArrowLeft: 'left', ArrowRight: 'right', Home: 'reset' };
  frame.addEventListener('keydown', (event) => {
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    actions[action]!();
  });

  // Hovering or focusing a marker shows its event under the chart, for pointer and keyboard alike.
  const detail = figure.querySelector<HTMLElement>('[data-chart-detail]');
  const show = (event: Event) => {
    const marker = (event.target as Element).closest?.('a.marker');
    if (marker && detail) detail.textContent = marker.getAttribute('aria-label');
  };
  frame.addEventListener('focusin', show);
  frame.addEventListener('mouseover', show);

  showWheelHint(frame);
  draw();
  let lastWidth = width;
  new ResizeObserver(() => {
    if (Math.floor(frame.clientWidth) === lastWidth) return;
    lastWidth = Math.floor(frame.clientWidth);
    draw();
  }).observe(frame);
  figure.querySelector<HTMLElement>('[data-zoom-controls]')?.removeAttribute('hidden');

  return {
    getWindow: () => (window_ === span ? undefined : { from: timeToDay(window_[0]), to: timeToDay(window_[1]) }),
  };
}
