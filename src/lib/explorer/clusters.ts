/**
 * Event markers that would overlap at the current zoom are drawn as one marker that says how many
 * events it stands for, so that every marker stays a whole, separate target (WCAG 2.5.8) and a lane
 * with hundreds of events draws a handful of elements. Pure arithmetic on times, shared by the
 * interactive timeline and its tests.
 */

import { CHART_CONSTANTS } from '../chart/chart-constants.ts';
import type { TimeWindow } from '../chart/chart-window.ts';
import { DAY_MS as DAY } from '../model/dates.ts';

/** An event on a lane: its index in the instrument's file and the time it is drawn at. */
export interface PlacedEvent {
  index: number;
  time: number;
}

/** One marker: a single event or several close ones. */
export interface EventCluster {
  /** Indices of its events, in time order. */
  events: number[];
  /** Where the marker is drawn: the time of its first event. */
  time: number;
  /** Time of its last event. */
  last: number;
}

/**
 * The smallest time between two markers at a zoom of `msPerPixel`, so that markers `minPixels` wide
 * never overlap. It is rounded up to a power of two days, so that small zoom changes (and panning,
 * which changes nothing) keep the same clusters; clusters change only when the zoom crosses a level.
 */
export function clusterGap(msPerPixel: number, minPixels: number): number {
  const needed = (msPerPixel * minPixels) / DAY;
  return needed <= 1 ? DAY : 2 ** Math.ceil(Math.log2(needed)) * DAY;
}

/**
 * Groups time-ordered events into markers: an event joins the current marker when it falls less than
 * `gap` after that marker's first event. Markers are then at least `gap` apart, and every event is in
 * exactly one marker.
 */
export function clusterEvents(events: readonly PlacedEvent[], gap: number): EventCluster[] {
  const sorted = [...events].sort((a, b) => a.time - b.time || a.index - b.index);
  const clusters: EventCluster[] = [];
  for (const event of sorted) {
    const current = clusters.at(-1);
    if (current && event.time - current.time < gap) {
      current.events.push(event.index);
      current.last = event.time;
    } else clusters.push({ events: [event.index], time: event.time, last: event.time });
  }
  return clusters;
}

/**
 * The widest window, in ms, at which the event at `index` of `times` (in order) is a marker of its own
 * on a timeline `pixels` wide, markers `minPixels` apart (see clusterGap); Infinity when it has no
 * neighbour, undefined when a neighbour falls within a day of it (no zoom parts them). The keyboard
 * zooms in this far on the event it reaches, so that its marker stands for it alone.
 */
export function aloneWidth(
  times: readonly number[],
  index: number,
  pixels: number,
  minPixels: number,
): number | undefined {
  const time = times[index]!;
  const nearest = Math.min(
    index > 0 ? time - times[index - 1]! : Infinity,
    index < times.length - 1 ? times[index + 1]! - time : Infinity,
  );
  if (nearest === Infinity) return Infinity;
  if (nearest < DAY) return undefined;
  // The largest gap clusterGap gives that is not above the nearest neighbour's distance; less a margin,
  // so that the window written to the address in whole days (a day more at most at each end) and drawn
  // again from it stays at that level.
  const gap = 2 ** Math.floor(Math.log2(nearest / DAY)) * DAY;
  return Math.max(((0.95 * gap) / minPixels) * pixels - 2 * DAY, DAY);
}

/**
 * The window that brings the event at `n` of `times` (in order) into `shown` (ms), narrowed until its
 * marker stands for it alone on a plot `pixels` wide (never below the narrowest window); `shown` itself
 * when it does already. Every chart's keys enter a merged marker this way.
 */
export function aloneWindow(times: readonly number[], n: number, shown: TimeWindow, pixels: number): TimeWindow {
  const [from, to] = shown;
  const time = times[n]!;
  const alone = aloneWidth(times, n, pixels, CHART_CONSTANTS.markerPixels);
  const width = alone !== undefined && alone < to - from ? Math.max(alone, CHART_CONSTANTS.narrowestWindow) : to - from;
  if (width >= to - from && time >= from && time <= to) return shown;
  return [time - width / 2, time + width / 2];
}
