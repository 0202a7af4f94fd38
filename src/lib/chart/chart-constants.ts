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
