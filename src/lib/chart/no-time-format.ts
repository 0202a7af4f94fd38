/**
 * Stands in for d3-time-format, which d3-scale imports only for a time scale's default `tickFormat`:
 * our tick labels go through Intl in the edition's locale (`tickLabel` in time-axis.ts), so the
 * strftime-style formats (about 3 KB gzip in every chart's script) would never run.
 */
const unused = (): never => {
  throw new Error('d3-time-format is not bundled: label ticks with tickLabel (src/lib/chart/time-axis.ts).');
};

/** d3-scale's default local-time tick format: never called. */
export const timeFormat = (_specifier: string) => unused;
/** d3-scale's default UTC tick format: never called. */
export const utcFormat = (_specifier: string) => unused;
