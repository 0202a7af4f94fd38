/**
 * The window a zoomed chart shows, as pure arithmetic on times: zoom about a point, pan, and never
 * past either end of the span or closer than the narrowest window. The browser binds wheel, pinch, drag, buttons
 * and the keys of ZOOM_KEYS to these two functions.
 */
import { DAY_MS, dateEnd, dateToTime } from '../model/dates.ts';
import { CHART_CONSTANTS } from './chart-constants.ts';

/** The zoom a key asks of a chart: + (or =) in, − (or _) out, 0 the whole span. */
export const ZOOM_KEYS: Readonly<Record<string, 'in' | 'out' | 'whole'>> = {
  '+': 'in',
  '=': 'in',
  '-': 'out',
  _: 'out',
  '0': 'whole',
};

/** A window or a span: [from, to] in milliseconds. */
export type TimeWindow = readonly [number, number];

/**
 * The span that takes in `times` (ms) up to `asOf`: from the earliest of them (or the day itself) to that
 * day, at least a day long. What every renderer shows when no window is asked for.
 */
export function spanFrom(times: readonly number[], asOf: string): [number, number] {
  const end = dateToTime(asOf);
  const start = times.reduce((earliest, time) => Math.min(earliest, time), end);
  return [start, Math.max(end, start + DAY_MS)];
}

/** The narrowest window a chart zooms to: every renderer's (src/lib/chart/chart-constants.ts). */
export const MIN_WINDOW_MS = CHART_CONSTANTS.narrowestWindow;

/** Keeps a window of its width inside the span (or makes it the span when wider). */
function clampTo([from, to]: TimeWindow, [start, end]: TimeWindow): [number, number] {
  const width = Math.min(to - from, end - start);
  const left = Math.min(Math.max(from, start), end - width);
  return [left, left + width];
}

/** The window zoomed by `factor` (2 = twice as close) about the point `anchor` (0 = left edge, 1 = right edge). */
export function zoomWindow(window: TimeWindow, span: TimeWindow, factor: number, anchor = 0.5): [number, number] {
  const [from, to] = window;
  const width = Math.min(Math.max((to - from) / factor, Math.min(MIN_WINDOW_MS, span[1] - span[0])), span[1] - span[0]);
  // A pointer over the lane labels gives an anchor below 0: it zooms about the left edge, as at 0.
  const share = Math.min(Math.max(anchor, 0), 1);
  const at = from + (to - from) * share;
  return clampTo([at - width * share, at - width * share + width], span);
}

/** The window moved by `ms` (positive: later), never past the span's ends. */
export function panWindow(window: TimeWindow, span: TimeWindow, ms: number): [number, number] {
  return clampTo([window[0] + ms, window[1] + ms], span);
}

/**
 * The window an address names with `from` and `to` (partial dates, either may be missing): from the
 * first moment of `from` to the last of `to`, the span's own end standing in for a missing one; none
 * when it names neither. Static charts, the explorer and vis-timeline all read the address with it.
 */
export function addressWindow(
  { from, to }: { from?: string; to?: string },
  [start, end]: TimeWindow,
): [number, number] | undefined {
  if (!from && !to) return undefined;
  return [from ? dateToTime(from) : start, to ? dateToTime(dateEnd(to)) + DAY_MS - 1 : end];
}

/**
 * The window a view shows: the address's (addressWindow), ending at the as-of day at the latest, as
 * nothing after it is drawn; undefined when the address names none, or none that ends after it begins.
 * The server's SVG, its redrawing in the browser and vis-timeline all show this window.
 */
export function viewWindow(
  view: { from?: string; to?: string },
  span: TimeWindow,
  asOf: string,
): [number, number] | undefined {
  const asked = addressWindow(view, span);
  if (!asked) return undefined;
  const to = Math.min(asked[1], dateToTime(asOf));
  return asked[0] < to ? [asked[0], to] : undefined;
}
