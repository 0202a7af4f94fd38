/**
 * Stands in for d3-color, which d3-scale reaches only through d3-interpolate's generic `interpolate`: a
 * continuous scale's default interpolator tries every value as a colour before a number. Our scales map
 * times to pixels, numbers to numbers, so colour parsing (its table of named colours and every colour
 * space, about 3 KB gzip in every chart's script) would never run. `color` says "not a colour", which
 * sends any other value down d3-interpolate's own number and string paths; the rest are never called.
 */
const unused = (): never => {
  throw new Error('d3-color is not bundled: our scales interpolate numbers (src/lib/chart/no-color.ts).');
};

/** d3-color's parser: nothing here is a colour, so d3-interpolate interpolates numbers and strings. */
export const color = (_specifier: string): null => null;
/** The colour spaces d3-interpolate's colour interpolators convert to: never called. */
export const rgb = unused;
export const hsl = unused;
export const lab = unused;
export const hcl = unused;
export const cubehelix = unused;
