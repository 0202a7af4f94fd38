/**
 * The chart in the HTML, before any script runs: one SVG per width below, and CSS container queries
 * show the one laid out for the width at hand, so every reader (and every printer) gets a chart that
 * fits, with text never drawn below its size. A script, where there is one, lays it out again for the
 * exact width with the same function.
 */
import { fragment, type Markup } from '../site/markup.ts';
import { layoutChart, type ChartOptions, type LaneSpec } from './lifecycle-chart.ts';
import { lifecycleChartSvg, type SvgOptions } from './lifecycle-chart-svg.ts';

/** The widths the HTML carries a chart for; each is shown from its width up to the next one. */
export const CHART_WIDTHS = [280, 400, 560, 760, 1000, 1280] as const;

/**
 * The widest frame a page of the site gives a chart, in CSS pixels at the default text size: its column
 * is at most 60rem (80rem on the explorer, whose panel takes 20rem beside the timeline). An embed's
 * frame may be as wide as the article that holds it.
 */
export const PAGE_FRAME_MAX = 960;

/** The widths a view carries: every one in an embed; on a page, those its column can reach. */
export function chartWidths(where: 'page' | 'embed'): number[] {
  return CHART_WIDTHS.filter((width) => where === 'embed' || width <= PAGE_FRAME_MAX);
}

/**
 * Every width variant of a chart for a view, each with ids of its own. The widest goes on showing
 * above its range (a reader's larger text widens a page's column beyond PAGE_FRAME_MAX).
 */
export function chartVariants(
  lanes: readonly LaneSpec[],
  options: Omit<ChartOptions, 'width'>,
  prefix: string,
  svg: SvgOptions,
  where: 'page' | 'embed',
): Markup {
  const widths = chartWidths(where);
  return fragment(
    widths.map((width, n) =>
      lifecycleChartSvg(layoutChart(lanes, { ...options, width }), `${prefix}-${width}`, {
        ...svg,
        widest: n === widths.length - 1,
      }),
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
  })
    .concat(
      CHART_WIDTHS.slice(1, -1).map(
        (width) =>
          `@container chart (min-width: ${width}px) { .chart-frame > svg[data-widest][data-width="${width}"] { display: block; } }`,
      ),
    )
    .join('\n');
}
