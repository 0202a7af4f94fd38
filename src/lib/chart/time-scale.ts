/**
 * A linear scale from time (milliseconds) to pixels, with the part of d3-scale's interface the layout
 * uses (domain, range, invert, copy), so that the browser bundle carries no d3-scale.
 */
export interface TimeScale {
  /** Pixel position of a time. */
  (time: number): number;
  /** Time at a pixel position. */
  invert(px: number): number;
  /** The time domain as dates; with an argument, a copy's new domain. */
  domain(): [Date, Date];
  domain(next: readonly (Date | number)[]): TimeScale;
  /** The pixel range. */
  range(): [number, number];
  /** An independent copy. */
  copy(): TimeScale;
}

/** A scale mapping [start, end] (ms) onto [left, right] (px). */
export function timeScale(
  [start, end]: readonly [number, number],
  [left, right]: readonly [number, number],
): TimeScale {
  const k = (right - left) / (end - start || 1);
  const scale = ((time: number) => left + (time - start) * k) as TimeScale;
  scale.invert = (px) => start + (px - left) / k;
  scale.range = () => [left, right];
  scale.copy = () => timeScale([start, end], [left, right]);
  scale.domain = ((next?: readonly (Date | number)[]) =>
    next === undefined
      ? [new Date(start), new Date(end)]
      : timeScale([+next[0]!, +next[1]!], [left, right])) as TimeScale['domain'];
  return scale;
}
