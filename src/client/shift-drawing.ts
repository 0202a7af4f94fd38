/**
 * The static timeline's first answer to a zoom, given in the frame after the click, before the layout
 * function's code has come: the server's drawing moved in place to show another window. Every marker,
 * bar, label, tick and the as-of line goes where the chart's linear time scale puts its date for that
 * window, and keeps its shape; what leaves the plot is hidden. The layout function then draws the same
 * window again in full (merging markers and placing labels for it), as soon as its code has come.
 */
import type { TimeWindow } from '../lib/chart/chart-window.ts';

/** The attributes that place each kind of element across the time axis, as the server wrote them. */
const PLACED: [selector: string, attributes: string[]][] = [
  ['a.marker, g.tick, g.as-of', ['transform']],
  ['rect.bar-fill, rect.bar-pattern', ['x', 'width']],
  ['text.marker-label', ['x']],
  ['line.leader', ['x1', 'x2']],
];
/** Each element's attribute values as the server drew them: every window is worked out from these. */
const served = new WeakMap<Element, string[]>();

/** Two numbers a server drawing carries in a data attribute: its `span` (ms) or its `range` (px). */
const pairOf = (svg: SVGSVGElement, name: 'span' | 'range'): TimeWindow => {
  const [first = 0, second = 0] = (svg.dataset[name] ?? '').split(' ').map(Number);
  return [first, second];
};

/** The span a server drawing covers (ms), from its `data-span`. */
export const drawnSpan = (svg: SVGSVGElement): TimeWindow => pairOf(svg, 'span');

/** The pixels a drawing's plot spans in its own units, from its `data-range`. */
export const drawnRange = (svg: SVGSVGElement): TimeWindow => pairOf(svg, 'range');

/** Moves the server's drawing `svg` in place so that it shows `[from, to]` (ms) of its span. */
export function shiftDrawing(svg: SVGSVGElement, [from, to]: TimeWindow): void {
  // A position drawn for the span becomes the same day's position in the window: the layout function's
  // scale for the span inverted, then its scale for the window, across the pixels of `data-range`. Both
  // are linear, so this is that one line; d3-scale (about 11 KB gzip) stays with the layout function.
  const [left, right] = pairOf(svg, 'range');
  const [start, end] = drawnSpan(svg);
  const move = (x: number) =>
    left + ((start + ((x - left) / (right - left)) * (end - start) - from) / (to - from)) * (right - left);
  for (const [selector, attributes] of PLACED)
    for (const node of svg.querySelectorAll(selector)) {
      if (!served.has(node))
        served.set(
          node,
          attributes.map((name) => node.getAttribute(name) ?? ''),
        );
      const values = served.get(node)!;
      if (attributes[0] === 'transform') {
        const [x = 0, y = 0] = values[0]!.match(/-?[\d.]+/g)!.map(Number);
        const at = move(x);
        node.setAttribute('transform', `translate(${at} ${y})`);
        // Outside the window, as the layout function leaves it out: a marker with its label and leader, a
        // tick or the as-of line on its own.
        const outside = at < left - 0.5 || at > right + 0.5;
        ((node.closest('g.event') ?? node) as SVGElement).style.visibility = outside ? 'hidden' : '';
      } else if (attributes[1] === 'width') {
        const [x, width] = values.map(Number) as [number, number];
        node.setAttribute('x', String(move(x)));
        node.setAttribute('width', String(move(x + width) - move(x)));
      } else attributes.forEach((name, n) => node.setAttribute(name, String(move(Number(values[n])))));
    }
}
