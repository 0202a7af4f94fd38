/**
 * Lays a chart out again for the width it has, and adds zoom and pan: Ctrl + wheel, pinch and drag,
 * the toolbar buttons, and the keyboard (+/− zoom, 0 shows all, the arrows move between events). The window's arithmetic
 * is src/lib/chart/chart-window.ts; d3-zoom would bring d3-transition and d3-interpolate (some 10 KB
 * gzip) for animations this chart does not use. Every redraw
 * calls the one layout function of src/lib with the chart's lanes (embedded as JSON at build time) and
 * the window to show; this file only binds events.
 */
import { legendMarkup } from '../lib/chart/chart-legend.ts';
import type { ChartInput } from '../lib/chart/chart-lanes.ts';
import { CHART_CONSTANTS } from '../lib/chart/chart-constants.ts';
import { chartView } from '../lib/chart/chart-view.ts';
import { groupSummary } from '../lib/chart/lane-groups.ts';
import { layoutChart, type LifecycleChart } from '../lib/chart/lifecycle-chart.ts';
import { lifecycleChartSvg } from '../lib/chart/lifecycle-chart-svg.ts';
import { panWindow, zoomWindow, ZOOM_KEYS, type TimeWindow } from '../lib/chart/chart-window.ts';
import { drawnRange } from './shift-drawing.ts';
import { moveCursor, type Cursor, type CursorLane } from '../lib/chart/event-cursor.ts';
import { dateToTime, formatDate, timeToDay } from '../lib/model/dates.ts';
import { aloneWindow } from '../lib/explorer/clusters.ts';
import type { ViewState } from '../lib/site/view-parameters.ts';
import { showWheelHint } from './wheel-hint.ts';
import { t } from '../lib/i18n/strings.ts';

/** What the page embeds for a chart. */
export interface ChartData extends ChartInput {
  /** Prefix of ids inside the SVG. */
  prefix: string;
  /** Open links in a new browsing context (inside an embed). */
  linkTarget?: '_blank';
  /** A treaty page or an embed: the caption speaks of what is around the chart. */
  where: 'page' | 'embed';
}

/** A window as days, or undefined for the whole span. */
type ShownWindow = { from: string; to: string } | undefined;

/** What a page can ask of a mounted chart. */
export interface ChartController {
  /** The window shown, as days, or undefined when the whole span shows. */
  getWindow(): ShownWindow;
  /** One zoom step in or out, or back to the whole span. */
  zoom(step: 'in' | 'out' | 'reset'): void;
  /**
   * Draws the chart for other parameters (filters, as-of day) and a window (ms; the whole span when
   * none). The window is the page's, not the reader's move: it is not reported back.
   */
  apply(state: ViewState, window?: TimeWindow): void;
}

/** How a page mounts a chart besides its view's parameters. */
export interface MountOptions {
  /** Whether the chart's own keys move between its events (the explorer hands its keys to vis-timeline). */
  keyboard?: boolean;
  /** Told each time the window changes. */
  windowChanged?: (shown: ShownWindow) => void;
  /**
   * The server's drawing already shows the view: keep it until the reader zooms, pans or moves with the
   * keys, rather than draw it again at the frame's exact width and move what follows it as the page loads.
   */
  deferred?: boolean;
  /** The chart's lanes, where the page fetched them rather than embed them (the explorer's). */
  data?: ChartData;
  /**
   * The page mounts the chart while the browser is idle: lay the drawing out and write its markup once
   * now, unused, so that the code which draws the first zoom has already run when the reader zooms.
   */
  prepared?: boolean;
}

/** Mounts the chart inside `figure` (a figure[data-lifecycle-chart]) for a view's parameters. */
export function mountChart(
  figure: HTMLElement,
  state: ViewState = {},
  { keyboard = true, windowChanged, deferred = false, data: fetched, prepared = false }: MountOptions = {},
): ChartController | undefined {
  const frames = [...figure.querySelectorAll<HTMLElement>('[data-chart-frame]')];
  const frame = frames[0];
  const json = figure.querySelector('script[data-chart-input]')?.textContent;
  const data = fetched ?? (json ? (JSON.parse(json) as ChartData) : undefined);
  if (!frame || !data) return undefined;
  let view = chartView(data, state, data.where);
  /** The parameters `view` was worked out for. */
  let drawnFor = JSON.stringify(state);
  let span = view.options.span!;
  const legend = figure.querySelector<HTMLElement>('[data-chart-legend]');
  /** The legend's markup as drawn here; the server's until the first drawing. */
  let legendShown = legend?.innerHTML;
  const caption = figure.querySelector<HTMLElement>('[data-chart-caption]');
  const status = figure.querySelector<HTMLElement>('[data-zoom-status]');
  // The first frame holds the main lanes; folded groups follow it, drawn for the same window and label column.
  const lanesOf = (f: HTMLElement) => {
    const keys = new Set((f.dataset.lanes ?? '').split(' '));
    return view.lanes.filter((lane) => keys.has(lane.key));
  };
  let window_: [number, number] = span;
  let width = 0;
  /** The frame's width at the last drawing; -1 while the server's drawing shows. */
  let drawnAt = -1;
  let lastChart: LifecycleChart | undefined;

  /** The layout of a frame's lanes for the window at the frame's width. */
  const layoutOf = (f: HTMLElement) => {
    width = Math.max(Math.floor(frame.clientWidth), 280);
    return layoutChart(lanesOf(f), { ...view.options, span: window_, width, labelLanes: view.lanes });
  };
  /** The markup of the nth frame's drawing. */
  const markupOf = (chart: LifecycleChart, n: number) =>
    lifecycleChartSvg(chart, `${data.prefix}-live${n}`, { linkTarget: data.linkTarget, summary: data.summary });
  const draw = () => {
    drawnAt = Math.floor(frame.clientWidth);
    let drawn: LifecycleChart[] = [];
    frames.forEach((f, n) => {
      const chart = layoutOf(f);
      const svg = markupOf(chart, n);
      f.querySelector('svg.live')?.remove();
      // Built by src/lib/site/markup.ts, which escapes every value: no content string becomes markup.
      f.insertAdjacentHTML('beforeend', svg.html);
      f.lastElementChild!.classList.add('live');
      f.classList.add('is-live');
      drawn = [...drawn, chart];
      const summary = f.closest('details')?.querySelector('[data-group-summary]');
      if (summary) summary.textContent = groupSummary(lanesOf(f), view.options.asOf);
    });
    lastChart = drawn[0];
    // The frame is the chart's one Tab stop; its links are reached with the arrows.
    for (const link of frame.querySelectorAll('svg.live a')) link.setAttribute('tabindex', '-1');
    // Most windows draw the same statuses: their legend stays as it is, and so does what follows it.
    const markup = legendMarkup({ ...drawn[0]!, lanes: drawn.flatMap((c) => c.lanes) }).html;
    if (legend && markup !== legendShown) legend.innerHTML = legendShown = markup;
    if (status)
      status.textContent =
        window_ === span
          ? ''
          : t('chart.showing', { from: formatDate(timeToDay(window_[0])), to: formatDate(timeToDay(window_[1])) });
  };
  if (caption) caption.textContent = view.caption;

  const shown = (): ShownWindow =>
    window_ === span ? undefined : { from: timeToDay(window_[0]), to: timeToDay(window_[1]) };
  const showWindow = (next: readonly [number, number]) => {
    window_ = next[0] <= span[0] && next[1] >= span[1] ? span : [next[0], next[1]];
    draw();
    windowChanged?.(shown());
  };
  /**
   * Where the drawing shown puts its plot on the screen, px: the server's drawing until this one is drawn,
   * each at the scale it is shown at, by the plot's pixels it carries (`data-range`).
   */
  const plotOnScreen = (): TimeWindow => {
    const svg = [...frame.querySelectorAll<SVGSVGElement>(':scope > svg')].find((s) => s.getBoundingClientRect().width);
    const box = (svg ?? frame).getBoundingClientRect();
    const scale = svg ? box.width / svg.viewBox.baseVal.width : 1;
    const [left, right] = svg ? drawnRange(svg) : [0, box.width];
    return [box.left + left * scale, box.left + right * scale];
  };
  /** Where a pointer is, as a share of the plot's width (0 its left edge, 1 its right). */
  const anchorAt = (clientX: number) => {
    const [left, right] = plotOnScreen();
    return (clientX - left) / Math.max(right - left, 1);
  };
  const msPerPx = () => {
    const [left, right] = plotOnScreen();
    return (window_[1] - window_[0]) / Math.max(right - left, 1);
  };
  const actions: Record<string, () => void> = {
    in: () => showWindow(zoomWindow(window_, span, CHART_CONSTANTS.zoomStep)),
    out: () => showWindow(zoomWindow(window_, span, 1 / CHART_CONSTANTS.zoomStep)),
    reset: () => showWindow(span),
  };
  // The wheel scrolls the page; Ctrl or ⌘ + wheel (a trackpad pinch sends Ctrl) zooms about the pointer.
  frame.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      showWindow(
        zoomWindow(window_, span, 2 ** (-event.deltaY * (event.deltaMode ? 0.05 : 0.002)), anchorAt(event.clientX)),
      );
    },
    { passive: false },
  );
  // Dragging pans, two fingers pinch; a drag that moved is not a click on the marker it began on.
  const pointers = new Map<number, number>();
  let moved = false;
  frame.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    pointers.set(event.pointerId, event.clientX);
    moved = false;
  });
  frame.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId);
    if (last === undefined) return;
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      const other = [...pointers.entries()].find(([id]) => id !== event.pointerId)![1];
      const before = Math.abs(a! - b!);
      const after = Math.abs(event.clientX - other);
      if (before > 10 && after > 10)
        showWindow(zoomWindow(window_, span, after / before, anchorAt((event.clientX + other) / 2)));
    } else if (Math.abs(event.clientX - last) > 0) {
      if (!moved && Math.abs(event.clientX - last) < 3) return;
      if (!moved) frame.setPointerCapture(event.pointerId);
      moved = true;
      showWindow(panWindow(window_, span, -(event.clientX - last) * msPerPx()));
    }
    pointers.set(event.pointerId, event.clientX);
  });
  const release = (event: PointerEvent) => pointers.delete(event.pointerId);
  frame.addEventListener('pointerup', release);
  frame.addEventListener('pointercancel', release);
  frame.addEventListener(
    'click',
    (event) => {
      if (moved) event.preventDefault();
      moved = false;
    },
    true,
  );
  for (const button of figure.querySelectorAll<HTMLButtonElement>('button[data-zoom]'))
    button.addEventListener('click', () => actions[button.dataset.zoom!]?.());

  // The chart is one Tab stop: its keys move a cursor over the events (src/lib/chart/event-cursor.ts),
  // Escape comes back to the chart. The event in focus is brought into the window and announced below
  // the chart; Enter opens it.
  const navigable = (): CursorLane[] =>
    lanesOf(frame).map((lane) => ({
      key: lane.key,
      label: lane.label,
      events: lane.events
        .map((e) => ({ index: e.index, time: dateToTime(e.date) }))
        .sort((a, b) => a.time - b.time || a.index - b.index),
    }));
  let cursor: Cursor | undefined;
  const focusCursor = () => {
    if (drawnAt < 0) draw();
    const lane = navigable()[cursor!.lane]!;
    const target = lane.events[cursor!.event]!;
    // The event is brought into the window, and a merged marker entered: the window narrows until the
    // event's marker stands for it alone, as on the explorer's timeline.
    const plot = lastChart ? lastChart.range[1] - lastChart.range[0] : frame.clientWidth;
    const next = aloneWindow(
      lane.events.map((e) => e.time),
      cursor!.event,
      window_,
      plot,
    );
    if (next !== window_) showWindow(zoomWindow(next, span, 1));
    const marker = [
      ...frame.querySelectorAll<SVGAElement>(`svg.live g[data-lane="${CSS.escape(lane.key)}"] a.marker`),
    ].find((m) => (m.dataset.events ?? '').split(' ').includes(String(target.index)));
    marker?.focus();
  };
  frame.addEventListener('keydown', (event) => {
    if (!keyboard || event.altKey || event.ctrlKey || event.metaKey) return;
    const inFocus = frame.contains(document.activeElement) && document.activeElement !== frame;
    if (event.key === 'Escape' && inFocus) {
      event.preventDefault();
      frame.focus();
      return;
    }
    const step = ZOOM_KEYS[event.key];
    const action = step === 'whole' ? 'reset' : step;
    const next = action ? undefined : moveCursor(navigable(), cursor, event.key, (window_[0] + window_[1]) / 2);
    if (next) {
      event.preventDefault();
      cursor = next;
      focusCursor();
      return;
    }
    if (!action) return;
    event.preventDefault();
    actions[action]!();
    // A zoom redraws the markers: the event in focus keeps the focus.
    if (inFocus && cursor) focusCursor();
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
  // A deferred chart keeps the server's drawing, whose links wait for the keys like the live one's.
  if (!deferred) draw();
  else for (const link of frame.querySelectorAll('a')) link.setAttribute('tabindex', '-1');
  if (prepared) markupOf(layoutOf(frame), 0);
  new ResizeObserver(() => {
    if (drawnAt >= 0 && Math.floor(frame.clientWidth) !== drawnAt) draw();
  }).observe(frame);
  figure.dataset.ready = 'true';

  const apply = (next: ViewState, asked?: TimeWindow) => {
    // A window alone (a zoom, a pan) keeps the view's lanes: they are worked out again only for other parameters.
    const key = JSON.stringify(next);
    if (key !== drawnFor) [view, drawnFor] = [chartView(data, next, data.where), key];
    span = view.options.span!;
    if (caption) caption.textContent = view.caption;
    const fitted = asked ? zoomWindow(asked, span, 1) : span;
    window_ = fitted[0] <= span[0] && fitted[1] >= span[1] ? span : fitted;
    draw();
  };

  return {
    getWindow: shown,
    zoom: (step) => actions[step]!(),
    apply,
  };
}
