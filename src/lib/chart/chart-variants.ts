/**
 * The chart in the HTML, before any script runs: one SVG per width below, and CSS container queries
 * show the one laid out for the width at hand, so every reader (and every printer) gets a chart that
 * fits, with text never drawn below its size. A script, where there is one, lays it out again for the
 * exact width with the same function.
 */
import { fragment, type Markup } from '../markup.ts';
import { layoutChart, type ChartOptions, type LaneSpec } from './lifecycle-chart.ts';
import { lifecycleChartSvg, type SvgOptions } from './lifecycle-chart-svg.ts';

/** The widths the HTML carries a chart for; each is shown from its width up to the next one. */
export const CHART_WIDTHS = [280, 400, 560, 760, 1000, 1280] as const;

/** Every width variant of a chart, each with ids of its own. */
export function chartVariants(
  lanes: readonly LaneSpec[],
  options: Omit<ChartOptions, 'width'>,
  prefix: string,
  svg: SvgOptions,
): Markup {
  return fragment(
    CHART_WIDTHS.map((width) =>
      lifecycleChartSvg(layoutChart(lanes, { ...options, width }), `${prefix}-${width}`, svg),
    ),
  );
}

/** The container queries that pick a variant; `npm run docs` writes them with the status rules. */
export function chartVariantStyles(): string {
  return CHART_WIDTHS.map((width, n) => {
    const next = CHART_WIDTHS[n + 1];
    const query = [n > 0 ? `(min-width: ${width}px)` : '', next ? `(max-width: ${next - 0.02}px)` : '']
      .filter(Boolean)
      .join(' and ');
    return `@container chart ${query} { .chart-frame > svg[data-width="${width}"] { display: block; } }`;
  }).join('\n');
}
