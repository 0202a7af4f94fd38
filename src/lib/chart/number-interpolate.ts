/**
 * Stands in for d3-interpolate, which d3-scale imports for its continuous scales. Its generic
 * `interpolate` tries every value as a colour, a date, an array, an object and a string of numbers
 * before a number (with d3-color behind it, some 4 KB gzip in every chart's script); our scales map
 * times to pixels, numbers to numbers, and nothing else (src/lib/chart/time-axis.ts). These are its
 * number interpolators, as d3 writes them; `piecewise`, which only diverging scales call, says so.
 */

/** A number between `a` and `b` at `t` (0 to 1). */
export const interpolateNumber =
  (a: number, b: number) =>
  (t: number): number =>
    a * (1 - t) + b * t;

/** The same, rounded to a whole number (a scale's rangeRound). */
export const interpolateRound =
  (a: number, b: number) =>
  (t: number): number =>
    Math.round(a * (1 - t) + b * t);

/** d3's default interpolator: numbers only here. */
export const interpolate = (a: number | { valueOf(): number }, b: number | { valueOf(): number }) =>
  interpolateNumber(+a, +b);

/** Diverging scales' interpolator: never called by our scales. */
export const piecewise = (): never => {
  throw new Error(
    'd3-interpolate is not bundled: our scales interpolate numbers (src/lib/chart/number-interpolate.ts).',
  );
};
