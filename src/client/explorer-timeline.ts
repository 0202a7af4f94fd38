/**
 * The interactive timeline, loaded after first paint: vis-timeline with a lane per instrument that
 * opens into a lane per party, status periods as patterned backgrounds, events as glyph points, an
 * as-of line, zoom by wheel, pinch, buttons and keys. It maps the embedded data onto vis-timeline's
 * items (src/lib/explorer/timeline-items.ts works them out); it works out no status itself.
 */
import moment from 'moment';
import { DataSet } from 'vis-data/peer/esm/vis-data.js';
import { Timeline } from 'vis-timeline/peer';
import visStyles from 'vis-timeline/styles/vis-timeline-graph2d.min.css?url';
import { DAY_MS as DAY, dateToTime, formatDate, timeToDay } from '../lib/dates.ts';
import { eventLine } from '../lib/event-list.ts';
import { aloneWidth, clusterGap } from '../lib/explorer/clusters.ts';
import { timelineBands, timelineGroups, timelineMarkers } from '../lib/explorer/timeline-items.ts';
import { timelineLanes, visibleLanes } from '../lib/explorer/timeline-lanes.ts';
import { moveCursor } from '../lib/chart/event-cursor.ts';
import { addressWindow, ZOOM_KEYS } from '../lib/chart/chart-window.ts';
import { ALL_PARTIES } from '../lib/parties.ts';
import type { ExplorerData } from '../lib/explorer/explorer-data.ts';
import type { ViewState } from '../lib/url-state.ts';
import { showWheelHint } from './wheel-hint.ts';
import { t } from '../lib/i18n/strings.ts';

/** What the explorer can ask of the timeline. */
export interface TimelineController {
  /** Shows the state: filters, as-of line, window, selection. */
  apply(state: ViewState): void;
  /** One zoom step in or out, or the whole span. */
  zoom(step: 'in' | 'out' | 'fit'): void;
  /** Resolves once vis-timeline has fitted its first window: a zoom or a key before that would be undone. */
  settled: Promise<void>;
}

/** What the timeline tells the explorer. */
export interface TimelineHandlers {
  /** A lane label or an event was chosen. */
  select(instrument: string, event?: number): void;
  /** A marker standing for several events was chosen (the timeline has zoomed in on them). */
  selectMany(instrument: string, events: number[]): void;
  /** The user moved or zoomed the window (days, YYYY-MM-DD); undefined when it shows every event. */
  windowChanged(from: string | undefined, to: string | undefined): void;
  /** The keyboard reached an event: these words say which, to every reader. */
  announce(text: string): void;
}

// The peer build, unlike the standalone one, injects no <style> elements, so the strict CSP holds.
// All dates are shown in UTC, as the content writes them.
const utcMoment = (date: moment.MomentInput) => moment(date).utc();
/** Width of an event marker (a two-digit count included) plus a little air, px: closer markers merge (see .lane-button in global.css). */
const MARKER_PIXELS = 40;
/** The narrowest window: a week, so that events a few days apart can each have their marker. */
const ZOOM_MIN = 7 * DAY;

/** What vis-timeline needs of an item. */
interface TimelineItem {
  id: string;
  group: string;
  type: 'point' | 'background';
  start: Date;
  end?: Date;
  content: HTMLElement | string;
  className: string;
}

function button(label: string, title: string, onActivate: () => void): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = 'lane-button';
  node.textContent = label;
  node.title = title;
  // The timeline is one Tab stop: its markers and lane names are reached with the keys.
  node.tabIndex = -1;
  node.addEventListener('click', (event) => {
    event.stopPropagation();
    onActivate();
  });
  return node;
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

/** Mounts vis-timeline in `container` with the explorer's data and state; returns what the explorer may ask of it. */
export function mountTimeline(
  container: HTMLElement,
  data: ExplorerData,
  initial: ViewState,
  handlers: TimelineHandlers,
): TimelineController {
  const start = dateToTime(data.start);
  const end = dateToTime(data.asOf);
  // Room before the first day and after the last, so that a marker centred on either is drawn whole at
  // the widest zoom: a marker's width in pixels of a timeline `width` wide (twice what half a marker
  // needs, for the lane's border and rounding), at least 2 % of the span.
  const padFor = (width: number) =>
    Math.max((end - start) * 0.02, 60 * DAY, ((end - start) * MARKER_PIXELS) / Math.max(width - 2 * MARKER_PIXELS, 1));
  let pad = padFor(container.clientWidth);
  // vis-timeline fits its first draw to `start` and `end`: the address's window when it gives one.
  const stateWindow = (view: ViewState) => {
    const asked = addressWindow(view, [start, end]);
    return asked && { start: new Date(asked[0]), end: new Date(asked[1]) };
  };
  const bounds = () => ({
    min: new Date(start - pad),
    max: new Date(end + pad),
    start: new Date(start - pad),
    end: new Date(end + pad),
    ...stateWindow(initial),
    zoomMax: end - start + 2 * pad,
  });
  // The interactive timeline takes at least the room reserved for the timeline (CSS, from the number of
  // lanes), so nothing below it shifts when it replaces the static one; where lane labels wrap (narrow
  // screens) it grows rather than hide a lane behind a scroll.
  const reserved = Math.round(container.getBoundingClientRect().height);
  const host = document.createElement('div');
  host.className = 'vis-host';
  host.tabIndex = 0;
  host.setAttribute('role', 'region');
  host.setAttribute('aria-label', t('explorer.timelineLabel'));
  container.append(host);
  showWheelHint(host);

  let state = initial;
  let userMove = false;

  const items = new DataSet<TimelineItem>();
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const timeline = new Timeline(
    host,
    [] as never,
    [] as never,
    {
      moment: utcMoment as never,
      stack: false,
      ...bounds(),
      zoomMin: ZOOM_MIN,
      orientation: { axis: 'top' },
      showCurrentTime: false,
      selectable: true,
      groupOrder: 'order',
      margin: { item: { vertical: 4 } },
      // The wheel scrolls the page; Ctrl + wheel (or a pinch) zooms. The timeline grows to its lanes, so it never scrolls itself.
      zoomKey: 'ctrlKey',
      verticalScroll: false,
      minHeight: `${reserved}px`,
      zoomable: true,
      moveable: true,
      xss: { disabled: false },
    } as never,
  );
  // Once drawn, the timeline's own width gives the exact room.
  pad = padFor(host.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth ?? container.clientWidth);
  timeline.setOptions(bounds() as never);
  timeline.addCustomTime(new Date(end), 'asof');
  // vis-timeline fits its first window on its first 'changed' (its own listener, registered before this one).
  const firstChange = () => {
    timeline.off('changed', firstChange);
    settle();
  };
  timeline.on('changed', firstChange);
  // A timeline not rendered (a printout shows the static one) never draws: there is nothing to wait for.
  if (!host.offsetWidth) settle();

  // Groups and status bands change only with the filters; event markers also with the zoom level,
  // when close events merge into one marker or split apart (src/lib/explorer/clusters.ts).
  let markerGap = 0;
  let attached = false;
  /** Instruments whose party lanes the keyboard has opened. */
  const expanded = new Set<string>();

  const centerWidth = () =>
    host.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth || host.clientWidth || 1;
  const gapNow = () => {
    const { from, to } = span();
    return clusterGap((to - from) / centerWidth(), MARKER_PIXELS);
  };

  const byId = new Map(data.instruments.map((i) => [i.id, i]));
  /** vis-timeline's items for the markers of src/lib/explorer/timeline-items.ts, each a button. */
  const markers = (gap: number): TimelineItem[] =>
    timelineMarkers(data, state, gap).map((marker) => {
      const single = marker.events.length === 1;
      const content = button(marker.text, marker.title, () => {
        if (single) return handlers.select(marker.instrument, marker.events[0]!);
        // A merged marker zooms in on its events and lists them in the panel.
        const around = Math.max((marker.last - marker.time) * 0.5, 20 * DAY);
        userMove = true;
        timeline.setWindow(new Date(marker.time - around), new Date(marker.last + around), { animation: false });
        handlers.selectMany(marker.instrument, marker.events);
      });
      content.setAttribute('aria-label', marker.ariaLabel);
      content.dataset.events = marker.events.join(' ');
      if (!single) content.classList.add('cluster');
      return {
        id: marker.id,
        group: marker.group,
        type: 'point',
        start: new Date(marker.time),
        content,
        className: marker.className,
      };
    });

  /** Puts in the markers for the current zoom level, touching only those that changed. */
  const drawMarkers = (force = false) => {
    const gap = gapNow();
    if (gap === markerGap && !force) return;
    const begun = performance.now();
    markerGap = gap;
    const next = markers(gap);
    const keep = new Set(next.map((i) => i.id));
    const stale = items.getIds({ filter: (item) => item.type === 'point' && !keep.has(item.id) });
    items.remove(stale);
    items.add(next.filter((i) => !items.get(i.id)));
    // Until vis-timeline has drawn them: read by npm run bench.
    requestAnimationFrame(() => requestAnimationFrame(() => performance.measure('explorer-markers', { start: begun })));
  };

  const draw = () => {
    const groups = timelineGroups(data, state, expanded).map((group) =>
      group.kind === 'instrument'
        ? {
            id: group.id,
            order: group.order,
            content: button(group.label, group.title!, () => handlers.select(group.instrument)),
            nestedGroups: group.nestedGroups,
            showNested: group.showNested,
            className: 'instrument-lane',
          }
        : { id: group.id, order: group.order, content: group.label, className: 'party-lane', treeLevel: 1 },
    );
    items.clear();
    items.add(
      timelineBands(data, state).map((band) => ({
        id: band.id,
        group: band.group,
        type: 'background' as const,
        start: new Date(band.start),
        end: new Date(band.end),
        className: `status-${band.status}`,
        content: '',
      })),
    );
    timeline.setGroups(groups as never);
    drawMarkers(true);
    // Handing vis-timeline its items after the first groups (not in the constructor) lets it finish its first draw.
    if (!attached) timeline.setItems(items as never);
    attached = true;
  };

  // Markers merge or split once a zoom settles (vis-timeline says so 200 ms after the last change), not
  // within each frame of a zoom: the step itself stays quick, and a wheel or pinch does it once.
  timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
    drawMarkers();
    // A window that shows every event is the default view: the address then names no window.
    const whole = props.start.getTime() <= start && props.end.getTime() >= end;
    if (props.byUser || userMove)
      handlers.windowChanged(
        whole ? undefined : timeToDay(props.start.getTime()),
        whole ? undefined : timeToDay(props.end.getTime()),
      );
    userMove = false;
  });

  const span = () => {
    const window = timeline.getWindow();
    return { from: window.start.getTime(), to: window.end.getTime() };
  };
  const move = (fraction: number) => {
    const { from, to } = span();
    const shift = (to - from) * fraction;
    userMove = true;
    timeline.setWindow(new Date(from + shift), new Date(to + shift), { animation: false });
  };
  const zoom = (step: 'in' | 'out' | 'fit') => {
    userMove = true;
    if (step === 'in') timeline.zoomIn(0.5, { animation: false });
    else if (step === 'out') timeline.zoomOut(0.5, { animation: false });
    else timeline.setWindow(new Date(start - pad), new Date(end + pad), { animation: false });
  };
  // One Tab stop: the keys move a cursor over the events (src/lib/chart/event-cursor.ts) of the lanes
  // drawn; the cursor's instrument opens its party lanes, and closes them when the cursor leaves. The
  // cursor's marker takes the focus and its event is announced. Shift + Left/Right pans, +/− zoom, 0 fits.
  /** The cursor: a lane's id and an event's index in its instrument, so it survives redraws. */
  let at: { instrument: string; lane: string; index: number } | undefined;
  const lanesDrawn = () => visibleLanes(timelineLanes(data, state), expanded);
  const setOpen = (instrument: string | undefined) => {
    const itemSet = (
      timeline as unknown as {
        itemSet: { groups: Record<string, unknown>; toggleGroupShowNested(group: unknown, force: boolean): void };
      }
    ).itemSet;
    // What a click on a lane's name does: its party lanes open under it, or close.
    for (const open of [...expanded].filter((id) => id !== instrument)) {
      expanded.delete(open);
      if (itemSet.groups[open]) itemSet.toggleGroupShowNested(itemSet.groups[open], false);
    }
    if (instrument && !expanded.has(instrument) && itemSet.groups[instrument]) {
      expanded.add(instrument);
      itemSet.toggleGroupShowNested(itemSet.groups[instrument], true);
    }
  };
  /** The marker that stands for the cursor's event (alone, or merged with its neighbours). */
  const cursorMarker = () =>
    at &&
    items
      .get({ filter: (item) => item.type === 'point' && item.group === at!.lane })
      .map((item) => item.content as HTMLElement)
      .find((node) => (node.dataset.events ?? '').split(' ').includes(String(at!.index)));
  // vis-timeline redraws a lane's markers when lanes open or close, and a focused marker taken out of
  // the page loses the focus: the cursor's marker takes it back, unless the reader has gone elsewhere.
  let keepFocus = false;
  host.addEventListener('focusout', (event) => {
    if (event.relatedTarget && !host.contains(event.relatedTarget as Node)) keepFocus = false;
  });
  document.addEventListener('pointerdown', (event) => {
    if (!host.contains(event.target as Node)) keepFocus = false;
  });
  timeline.on('changed', () => {
    if (keepFocus && !host.contains(document.activeElement)) cursorMarker()?.focus();
  });
  const focusCursor = () => {
    const lane = lanesDrawn().find((l) => l.key === at!.lane)!;
    const n = lane.events.findIndex((e) => e.index === at!.index);
    const target = lane.events[n]!;
    // The event is brought into the window, and zoomed in on until its marker stands for it alone
    // (where a neighbour shares its day, the marker's count and the announcement say so).
    const { from, to } = span();
    const alone = aloneWidth(
      lane.events.map((e) => e.time),
      n,
      centerWidth(),
      MARKER_PIXELS,
    );
    const width = alone !== undefined && alone < to - from ? Math.max(alone, ZOOM_MIN) : to - from;
    if (width < to - from || target.time < from || target.time > to) {
      userMove = true;
      timeline.setWindow(new Date(target.time - width / 2), new Date(target.time + width / 2), { animation: false });
    }
    drawMarkers();
    timeline.redraw();
    keepFocus = true;
    cursorMarker()?.focus();
    const instrument = byId.get(lane.instrument)!;
    handlers.announce(
      t('explorer.cursor', {
        lane: lane.party === ALL_PARTIES ? lane.label : `${instrument.shortName}, ${lane.label}`,
        event: eventLine(instrument.events[target.index]!),
        n: n + 1,
        of: lane.events.length,
      }),
    );
  };
  host.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape' && event.target !== host) {
      event.preventDefault();
      host.focus();
      return;
    }
    if (event.key === 'Enter' && at && event.target !== host) {
      event.preventDefault();
      handlers.select(at.instrument, at.index);
      return;
    }
    const step = ZOOM_KEYS[event.key];
    if (step) {
      event.preventDefault();
      zoom(step === 'whole' ? 'fit' : step);
      if (at && event.target !== host) focusCursor();
      return;
    }
    if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      move(event.key === 'ArrowLeft' ? -0.2 : 0.2);
      return;
    }
    const lanes = lanesDrawn();
    const lane = at ? lanes.findIndex((l) => l.key === at!.lane) : -1;
    const cursor = lane < 0 ? undefined : { lane, event: lanes[lane]!.events.findIndex((e) => e.index === at!.index) };
    const { from, to } = span();
    const next = moveCursor(lanes, cursor, event.key, (from + to) / 2);
    if (!next) return;
    event.preventDefault();
    const reached = lanes[next.lane]!;
    at = { instrument: reached.instrument, lane: reached.key, index: reached.events[next.event]!.index };
    setOpen(reached.instrument);
    focusCursor();
  });

  const apply = (next: ViewState) => {
    // Other filters make other lanes: the next key starts the cursor again.
    const filters = (view: ViewState) => JSON.stringify([view.instruments, view.types, view.party]);
    if (filters(next) !== filters(state)) {
      at = undefined;
      // The room kept for the swap from the static timeline is no longer needed: the timeline takes its lanes' height.
      container.style.minHeight = '0';
      timeline.setOptions({ minHeight: 0 } as never);
    }
    state = next;
    // The window first: the markers are merged for the window they are drawn in.
    const asked = stateWindow(state);
    if (asked) timeline.setWindow(asked.start, asked.end, { animation: false });
    draw();
    timeline.setCustomTime(new Date(dateToTime(state.asof ?? data.asOf)), 'asof');
    timeline.setCustomTimeTitle(t('chart.asOfLine', { day: formatDate(state.asof ?? data.asOf) }), 'asof');
    // A single event's marker is named instrument:index; the address names the event by its id.
    const open = data.instruments.find((i) => i.id === state.instrument);
    const index = open?.events.findIndex((e) => e.anchor === state.event) ?? -1;
    timeline.setSelection(open && index >= 0 ? [`${open.id}:${index}`] : []);
  };
  apply(state);
  // vis-timeline stays hidden, behind its loading screen and without redrawing on range changes, until
  // it has seen a first 'rangechanged' - which a window given from the start never makes. It is told
  // the window is settled, and redraws: its own first-draw path, taken at once.
  const { start: from, end: to } = timeline.getWindow();
  (timeline as unknown as { emit(name: string, props: object): void }).emit('rangechanged', {
    start: from,
    end: to,
    byUser: false,
  });
  timeline.redraw();
  // Drawn, the timeline knows its lanes' width: markers merge for it now, not when a zoom settles, so a
  // marker the reader reaches at once is not replaced under them.
  drawMarkers();
  return { apply, zoom, settled };
}
