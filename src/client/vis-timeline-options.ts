/**
 * vis-timeline made as the explorer draws it: UTC dates, a lane per group without stacking, the axis on
 * top, Ctrl + wheel (or a pinch) to zoom, room before the first day and after the last so that a marker
 * on either is drawn whole, and the party lanes of the instruments the keyboard opens unfolded.
 */
import moment from 'moment';
import { Timeline } from 'vis-timeline/peer';
import { DAY_MS } from '../lib/model/dates.ts';
import { CHART_CONSTANTS } from '../lib/chart/chart-constants.ts';
import type { TimeWindow } from '../lib/chart/chart-window.ts';

// All dates are shown in UTC, as the content writes them.
const utcMoment = (date: moment.MomentInput) => moment(date).utc();

/** vis-timeline with the part of its internals the explorer opens and closes lanes with. */
export type VisTimeline = Timeline & {
  itemSet: { groups: Record<string, unknown>; toggleGroupShowNested(group: unknown, force: boolean): void };
};

/**
 * Room before the first day and after the last, so that a marker centred on either is drawn whole at
 * the widest zoom: a marker's width in pixels of a timeline `width` wide (twice what half a marker
 * needs, for the lane's border and rounding), at least 2 % of the span.
 */
const padFor = ([start, end]: TimeWindow, width: number) => {
  const marker = CHART_CONSTANTS.markerPixels;
  return Math.max((end - start) * 0.02, 60 * DAY_MS, ((end - start) * marker) / Math.max(width - 2 * marker, 1));
};

/** Makes vis-timeline in `host` for `span`, at `window` when the address names one, at least `reserved` px high. */
export function visOptions(host: HTMLElement, span: TimeWindow, window: TimeWindow | undefined, reserved: number) {
  const [start, end] = span;
  let pad = padFor(span, host.clientWidth);
  const bounds = () => ({
    min: new Date(start - pad),
    max: new Date(end + pad),
    start: new Date(window?.[0] ?? start - pad),
    end: new Date(window?.[1] ?? end + pad),
    zoomMax: end - start + 2 * pad,
  });
  const timeline = new Timeline(
    host,
    [] as never,
    [] as never,
    {
      moment: utcMoment as never,
      stack: false,
      ...bounds(),
      zoomMin: CHART_CONSTANTS.narrowestWindow,
      orientation: { axis: 'top' },
      showCurrentTime: false,
      // A tap beside a marker selects nothing (vis-timeline painted the band under it): the open event's marker is the state's.
      selectable: false,
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
  pad = padFor(span, host.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth ?? host.clientWidth);
  timeline.setOptions(bounds());
  timeline.addCustomTime(new Date(end), 'asof');
  // vis-timeline fits its first window on its first 'changed' (its own listener, registered before this one).
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const firstChange = () => {
    timeline.off('changed', firstChange);
    settle();
  };
  timeline.on('changed', firstChange);
  // A timeline not rendered (a printout shows the static one) never draws: there is nothing to wait for.
  if (!host.offsetWidth) settle();
  return { timeline, pad, settled };
}

/**
 * Opens the party lanes of the instruments `open` and closes those it opened before (`opened`, kept
 * by the caller), as a click on a lane's name does; lanes the reader opened themselves stay open.
 */
export function openLanesIn(timeline: VisTimeline, open: ReadonlySet<string>, opened: Set<string>): void {
  const { groups } = timeline.itemSet;
  for (const id of [...opened].filter((id) => !open.has(id))) {
    opened.delete(id);
    if (groups[id]) timeline.itemSet.toggleGroupShowNested(groups[id], false);
  }
  for (const id of open)
    if (!opened.has(id) && groups[id]) {
      opened.add(id);
      timeline.itemSet.toggleGroupShowNested(groups[id], true);
    }
}

/**
 * vis-timeline stays hidden, behind its loading screen and without redrawing on range changes, until
 * it has seen a first 'rangechanged' - which a window given from the start never makes. It is told the
 * window is settled, and redraws: its own first-draw path, taken at once.
 */
export function drawFirst(timeline: VisTimeline): void {
  const { start, end } = timeline.getWindow();
  (timeline as unknown as { emit(name: string, props: object): void }).emit('rangechanged', {
    start,
    end,
    byUser: false,
  });
  timeline.redraw();
}

/** Moves to the state's window (`asked`; the whole span with its room `pad` when none) unless it shows it already, to the day. */
export function drawWindow(timeline: VisTimeline, asked: TimeWindow | undefined, span: TimeWindow, pad: number): void {
  const { start, end } = timeline.getWindow();
  const [from, to] = [start.getTime(), end.getTime()];
  if (asked && (Math.abs(asked[0] - from) >= DAY_MS || Math.abs(asked[1] - to) >= DAY_MS))
    timeline.setWindow(new Date(asked[0]), new Date(asked[1]), { animation: false });
  else if (!asked && (from > span[0] || to < span[1]))
    timeline.setWindow(new Date(span[0] - pad), new Date(span[1] + pad), { animation: false });
}
