/** Reads back a picture the site draws as SVG text, for the tests that check where its shapes land. */

/** One element of an SVG document: its name, attributes and text (unescaped), and the elements around it. */
export interface Shape {
  tag: string;
  attrs: Record<string, string>;
  /** The text directly inside it. */
  text: string;
  /** The elements it is inside, outermost first. */
  parents: Shape[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/** Every element of `svg`, in document order. */
export function shapes(svg: string): Shape[] {
  const all: Shape[] = [];
  const open: Shape[] = [];
  for (const [, close, tag, attributes, selfClosing, text] of svg.matchAll(
    /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g,
  )) {
    if (text !== undefined) {
      if (open.length) open.at(-1)!.text += unescape(text);
    } else if (close) open.pop();
    else {
      const attrs = Object.fromEntries(
        [...attributes!.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, unescape(v!)]),
      );
      const shape: Shape = { tag: tag!, attrs, text: '', parents: [...open] };
      all.push(shape);
      if (!selfClosing) open.push(shape);
    }
  }
  return all;
}

/** The text of `svg` that is not inside one of `elements`: none, in a picture whose words are all set as text. */
export function strayText(
  svg: string,
  elements: readonly string[] = ['text', 'tspan', 'title', 'desc', 'style'],
): string {
  return shapes(svg)
    .filter((s) => !elements.includes(s.tag) && s.text.trim())
    .map((s) => s.text)
    .join('');
}

/** A numeric attribute of a shape (NaN where it is missing). */
export const num = (shape: Shape, name: string): number => Number(shape.attrs[name] ?? NaN);

/** A box: left, right, top, bottom. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Whether two boxes share more than `slack` in both directions. */
export const overlap = (a: Box, b: Box, slack = 0.01): boolean =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > slack && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > slack;

/** The box of a rect. */
export const rectBox = (rect: Shape): Box => ({
  x0: num(rect, 'x'),
  x1: num(rect, 'x') + num(rect, 'width'),
  y0: num(rect, 'y'),
  y1: num(rect, 'y') + num(rect, 'height'),
});

/**
 * The box a line of text takes in DejaVu Sans: 0.58 em a character on average (what src/lib/pictures/wrap-text.ts
 * reckons with), from its ascent (0.93 em) above the baseline to its descent (0.24 em) below, placed by its
 * text-anchor. `size` is its font size where the text does not say it.
 */
export function textBox(text: Shape, size = num(text, 'font-size')): Box {
  const width = [...text.text].length * size * 0.58;
  const anchor = text.attrs['text-anchor'];
  const x = num(text, 'x') - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
  const y = num(text, 'y');
  return { x0: x, x1: x + width, y0: y - 0.93 * size, y1: y + 0.24 * size };
}

/** WCAG's contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  if (!/^#[0-9a-f]{6}$/i.test(a) || !/^#[0-9a-f]{6}$/i.test(b)) return NaN;
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
