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
  /** Width of an event marker (a two-digit count included) plus a little air, px: closer markers merge. */
  markerPixels: 40,
} as const;
