/**
 * The interactive timeline, loaded when the reader reaches for it: vis-timeline drawing the explorer's
 * state (src/lib/explorer/explorer-state.ts) with a lane per instrument that opens into a lane per
 * party, status periods as patterned backgrounds, events as glyph points and an as-of line. Its buttons,
 * keys, wheel, pinch and drag become actions; it works out no status and keeps no state of its own.
 */
import { DataSet } from 'vis-data/peer/esm/vis-data.js';
import visStyles from 'vis-timeline/styles/vis-timeline-graph2d.min.css?url';
import { dateToTime, formatDate } from '../lib/model/dates.ts';
import { clusterGap } from '../lib/explorer/clusters.ts';
import { CHART_CONSTANTS } from '../lib/chart/chart-constants.ts';
import type { TimeWindow } from '../lib/chart/chart-window.ts';
import type { ExplorerData } from '../lib/explorer/explorer-data.ts';
import { explorerSpan, openLanes, type ExplorerAction, type ExplorerState } from '../lib/explorer/explorer-state.ts';
import { t } from '../lib/i18n/strings.ts';
import { bindTimelineKeys } from './timeline-keys.ts';
import { timelineLook, timelineWindow, type TimelineLook } from '../lib/explorer/timeline-look.ts';
import { timelineGroups, type GroupSpec } from '../lib/explorer/timeline-items.ts';
import { bandItems, groupItems, markerItems, type TimelineItem } from './vis-items.ts';
import { showWheelHint } from './wheel-hint.ts';
import { drawFirst, drawWindow, openLanesIn, visOptions, type VisTimeline } from './vis-timeline-options.ts';

/** What the explorer can ask of the timeline. */
export interface TimelineController {
  /** Draws a state: filters, as-of line, window, selection, cursor. */
  render(state: ExplorerState): void;
  /** The window drawn, ms. */
  shown(): TimeWindow;
  /** Resolves once vis-timeline has fitted its first window: a zoom or a key before that would be undone. */
  settled: Promise<void>;
}

/**
 * vis-timeline's stylesheet, fetched with this module instead of blocking the page's first paint (the
 * static timeline needs none of it). Resolves once it applies: vis-timeline measures what it draws.
 */
export const stylesReady = new Promise<void>((resolve, reject) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = visStyles;
  link.addEventListener('load', () => resolve());
  link.addEventListener('error', () => reject(new Error(`The timeline's stylesheet ${visStyles} did not load`)));
  document.head.append(link);
});

/** What of a view changes the lanes drawn, and what changes only the markers and bands in them. */
const filtersOf = ({ view }: ExplorerState) => JSON.stringify([view.instruments, view.types, view.party]);

/**
 * The drawing vis-timeline takes over from: the width it was laid out for and the scale it is shown at
 * (the HTML's drawing for a width is stretched to its frame), so that vis-timeline is laid out as it is.
 */
function drawingShown(container: HTMLElement): { width: number; scale: number } {
  const drawing = [...container.querySelectorAll<SVGSVGElement>('[data-static-timeline] svg.lifecycle-chart')].find(
    (svg) => svg.getBoundingClientRect().width > 0,
  );
  const width = Number(drawing?.dataset.width) || container.clientWidth || 1;
  return { width, scale: drawing ? drawing.getBoundingClientRect().width / width : 1 };
}

/** The element vis-timeline draws in: the timeline's one Tab stop. */
function timelineHost(container: HTMLElement): HTMLElement {
  const host = document.createElement('div');
  host.className = 'vis-host';
  host.tabIndex = 0;
  host.setAttribute('role', 'region');
  host.setAttribute('aria-label', container.dataset.timelineLabel!);
  container.append(host);
  showWheelHint(host);
  return host;
}

/**
 * Returns what puts in the markers for a window drawn `pixels` wide: they merge or split with the zoom
 * (src/lib/explorer/clusters.ts), and only those that changed are touched.
 */
function markerLayer(items: DataSet<TimelineItem>, data: ExplorerData, dispatch: (action: ExplorerAction) => boolean) {
  let drawnFor = '';
  return (state: ExplorerState, [from, to]: TimeWindow, pixels: number, force: boolean) => {
    const gap = clusterGap((to - from) / pixels, CHART_CONSTANTS.markerPixels);
    // Within the window markers merge as the static drawing's do: they are worked out again when it moves.
    const key = `${gap} ${from} ${to}`;
    if (key === drawnFor && !force) return;
    const begun = performance.now();
    drawnFor = key;
    const next = markerItems(data, state.view, gap, [from, to], dispatch);
    const keep = new Set(next.map((i) => i.id));
    items.remove(items.getIds({ filter: (item) => item.type === 'point' && !keep.has(item.id) }));
    items.add(next.filter((i) => !items.get(i.id)));
    // Until vis-timeline has drawn them: read by npm run bench.
    requestAnimationFrame(() => requestAnimationFrame(() => performance.measure('explorer-markers', { start: begun })));
  };
}

/** The as-of line at the state's day, and the open event's marker selected. */
function drawMarks(timeline: VisTimeline, data: ExplorerData, { view }: ExplorerState): void {
  const day = view.asof ?? data.asOf;
  timeline.setCustomTime(new Date(dateToTime(day)), 'asof');
  timeline.setCustomTimeTitle(t('chart.asOfLine', { day: formatDate(day) }), 'asof');
  // A single event's marker is named lane:index; the address names the event by its id.
  const open = data.instruments.find((i) => i.id === view.instrument);
  const index = open?.events.findIndex((e) => e.anchor === view.event) ?? -1;
  timeline.setSelection(open && index >= 0 ? [`${open.id}:${index}`] : []);
}

/** The marker that stands for the cursor's event (alone, or merged with its neighbours). */
function markerOf(items: DataSet<TimelineItem>, at: ExplorerState['cursor']): HTMLElement | undefined {
  if (!at) return undefined;
  return items
    .get({ filter: (item) => item.type === 'point' && item.group === at.lane })
    .map((item) => item.content as HTMLElement)
    .find((node) => (node.dataset.events ?? '').split(' ').includes(String(at.index)));
}

/** Mounts vis-timeline in `container` for the explorer's data and state; its buttons and keys dispatch actions. */
export function mountTimeline(
  container: HTMLElement,
  data: ExplorerData,
  initial: ExplorerState,
  dispatch: (action: ExplorerAction) => boolean,
): TimelineController {
  const span = explorerSpan(data, {});
  // Laid out as the drawing it replaces, which shows until it has drawn: the page below keeps its place.
  const drawing = drawingShown(container);
  let look = timelineLook(timelineGroups(data, initial.view, openLanes(initial)), drawing.width, drawing.scale);
  const lookOf = (groups: GroupSpec[]): TimelineLook => (look = timelineLook(groups, drawing.width, drawing.scale));
  const windowOf = (next: ExplorerState) => timelineWindow(data, next, look);
  const host = timelineHost(container);
  const items = new DataSet<TimelineItem>();
  const { timeline: vis, settled } = visOptions(host, span, windowOf(initial), () => look);
  const timeline = vis as VisTimeline;
  let state = initial;
  // The plot's width in px of the drawing's layout: markers merge for it, as the drawing's do.
  const centerWidth = () =>
    (host.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth || host.clientWidth || 1) / drawing.scale;
  const shown = (): TimeWindow => {
    const window = timeline.getWindow();
    return [window.start.getTime(), window.end.getTime()];
  };
  const markers = markerLayer(items, data, dispatch);
  const drawMarkers = (force = false) => markers(state, shown(), centerWidth(), force);
  let attached = false;
  /** Instruments whose party lanes the keyboard has opened. */
  const opened = new Set<string>();
  const drawLanes = () => {
    items.clear();
    opened.clear();
    items.add(bandItems(data, state.view));
    timeline.setGroups(groupItems(data, state.view, openLanes(state), lookOf, dispatch));
    drawMarkers(true);
    // Handing vis-timeline its items after the first groups (not in the constructor) lets it finish its first draw.
    if (!attached) timeline.setItems(items as never);
    attached = true;
  };
  // Markers merge or split once a zoom settles (vis-timeline says so 200 ms after the last change), not
  // within each frame of a zoom: the step itself stays quick, and a wheel or pinch does it once.
  timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
    drawMarkers();
    if (props.byUser) dispatch({ type: 'window', shown: [props.start.getTime(), props.end.getTime()] });
  });
  const detail = container.closest('[data-explorer]')?.querySelector<HTMLElement>('[data-timeline-detail]');
  const keys = bindTimelineKeys(host, timeline, {
    data,
    announce: (text) => void (detail && (detail.textContent = text)),
    dispatch,
    state: () => state,
    shown,
    pixels: centerWidth,
    cursorMarker: () => markerOf(items, state.cursor),
  });

  const render = (next: ExplorerState, firstDraw = false) => {
    const before = state;
    state = next;
    // The room kept for the swap from the static timeline is no longer needed: the timeline takes its lanes' height.
    if (!firstDraw && filtersOf(before) !== filtersOf(next)) container.style.minHeight = '0';
    // The window first: the markers are merged for the window they are drawn in.
    drawWindow(timeline, windowOf(next));
    if (firstDraw || filtersOf(before) !== filtersOf(next) || before.view.asof !== next.view.asof) drawLanes();
    else drawMarkers();
    openLanesIn(timeline, openLanes(next), opened);
    drawMarks(timeline, data, next);
    if (next.cursor && next.cursor !== before.cursor) keys.focusCursor();
  };
  render(initial, true);
  drawFirst(timeline);
  // Drawn, the timeline knows its lanes' width: markers merge for it now, not when a zoom settles, so a
  // marker the reader reaches at once is not replaced under them.
  drawMarkers();
  return { render: (next) => render(next), shown, settled };
}
