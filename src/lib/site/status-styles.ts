import { chartVariantStyles } from '../chart/chart-variants.ts';
import { STATUS_COLORS, STATUSES, type StatusColor, type StatusPattern } from '../model/statuses.ts';

/** How each pattern is painted in HTML (swatches, badges, vis-timeline bands); SVG uses pattern fills. */
const PATTERN_IMAGES: Record<StatusPattern, string> = {
  solid: 'none',
  none: 'none',
  hatch: 'repeating-linear-gradient(45deg, rgb(0 0 0 / .35) 0 1.5px, transparent 1.5px 6px)',
  dots: 'radial-gradient(rgb(0 0 0 / .4) 1px, transparent 1.2px) 0 0 / 5px 5px',
  cross:
    'repeating-linear-gradient(45deg, rgb(0 0 0 / .35) 0 1px, transparent 1px 5px), ' +
    'repeating-linear-gradient(-45deg, rgb(0 0 0 / .35) 0 1px, transparent 1px 5px)',
};

/** The custom property that holds a palette colour. */
export const colorToken = (color: StatusColor) => `--status-${color}`;

/**
 * The stylesheet every status rule comes from: the palette, then one rule per status setting
 * `--status-color` and one per pattern setting `--status-pattern`. Renderers only read those two.
 * `npm run docs` writes it, with the chart's width variants, to src/styles/generated.css; a test fails when the file drifts.
 */
export function statusStylesheet(): string {
  const palette = Object.entries(STATUS_COLORS).map(
    ([name, [light, dark]]) => `  ${colorToken(name as StatusColor)}: light-dark(${light}, ${dark});`,
  );
  const statuses = Object.entries(STATUSES).map(
    ([id, s]) =>
      // One declaration a line, and a pattern of several images one image a line, to keep the file readable.
      `.status-${id}, [data-status="${id}"] {\n  --status-color: var(${colorToken(s.color)});\n` +
      `  --status-pattern: ${PATTERN_IMAGES[s.pattern].replace(/\), (?=[a-z-]+\()/g, '),\n    ')};\n}`,
  );
  return [
    '/* Generated from src/lib/model/statuses.ts and src/lib/chart/chart-variants.ts by `npm run docs`: change them, not this file. */',
    ':root {',
    ...palette,
    '}',
    ...statuses,
    chartVariantStyles(),
    '',
  ].join('\n');
}
