/**
 * The numbers every renderer of a timeline shares: the server's SVG, the same SVG drawn again in the
 * browser, and vis-timeline. A zoom step, the narrowest window or the distance at which markers merge
 * is decided here once; a renderer that needs one reads it from here and never writes its own.
 */
import { DAY_MS } from '../model/dates.ts';

export const CHART_CONSTANTS = {
  /** One zoom step (a button, a key): the window becomes this many times narrower, or wider. */
  zoomStep: 2,
  /**
   * The narrowest window, ms: a month, the finest unit the time axis labels (src/lib/chart/time-axis.ts);
   * at 1,000 px events two days apart have a marker each, and a merged marker says how many it holds.
   */
  narrowestWindow: 30 * DAY_MS,
  /**
   * The least distance between two markers' centres, px: closer events merge into one marker (rounded up
   * to a power of two days, src/lib/explorer/clusters.ts). Every renderer merges at it, so they show the
   * same markers: vis-timeline's marker is 1.75rem (28 px) wide, the static one's 18 px with the room of
   * a 24 px target around it (WCAG 2.5.8).
   */
  markerPixels: 28,
} as const;

/**
 * The sizes of a laid-out chart, px at the width it is laid out for (src/lib/chart/lifecycle-chart.ts):
 * the SVG is drawn at them, and vis-timeline takes its lanes, label column, markers and axis from them,
 * so that it looks as the drawing it replaces. Text is drawn at these sizes, never scaled below them.
 */
export const CHART_LAYOUT = {
  /** Above the first lane. */
  top: 6,
  /** A status bar's height, and the room above and below it in a lane. */
  bar: 18,
  lanePadding: 10,
  /** A marker's radius. */
  radius: 9,
  /**
   * How far inside the plot the span begins and ends, the marker's radius and 2 px: a marker on the first
   * or last day is drawn whole. The layout and vis-timeline (timeline-look.ts) both keep it.
   */
  plotInset: 11,
  /** A row of event labels under the bar. */
  row: 15,
  /** The axis under the lanes: its line this far below the last lane, and the room for its labels. */
  axisGap: 4,
  axis: 28,
  fontSize: 11,
  laneFontSize: 12,
  /** A lane label's line height. */
  labelLine: 13,
} as const;
