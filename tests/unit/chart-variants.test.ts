import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  CHART_WIDTHS,
  chartVariants,
  chartVariantStyles,
  chartWidths,
  PAGE_FRAME_MAX,
} from '../../src/lib/chart/chart-variants.ts';
import type { LaneSpec } from '../../src/lib/chart/lifecycle-chart.ts';

const lane: LaneSpec = {
  key: 'all-parties',
  instrument: 'ex',
  party: 'all-parties',
  label: 'Whole treaty',
  shortLabel: 'All',
  intervals: [{ status: 'in-force', from: '1990', to: null }],
  events: [
    { index: 0, date: '1990', type: 'entered-into-force', parties: ['all-parties'], line: 'x', href: '#event-0' },
  ],
  labelled: true,
};

describe('chartVariantStyles()', () => {
  it('chartVariantStyles() shows each width from its own up to just below the next, the first from zero and the last without end', () => {
    expect(CHART_WIDTHS).toEqual([280, 400, 560, 760, 1000, 1280]);
    expect(chartVariantStyles().split('\n')).toEqual([
      '@container chart (max-width: 399.98px) { .chart-frame > svg[data-width="280"] { display: block; } }',
      '@container chart (min-width: 400px) and (max-width: 559.98px) { .chart-frame > svg[data-width="400"] { display: block; } }',
      '@container chart (min-width: 560px) and (max-width: 759.98px) { .chart-frame > svg[data-width="560"] { display: block; } }',
      '@container chart (min-width: 760px) and (max-width: 999.98px) { .chart-frame > svg[data-width="760"] { display: block; } }',
      '@container chart (min-width: 1000px) and (max-width: 1279.98px) { .chart-frame > svg[data-width="1000"] { display: block; } }',
      '@container chart (min-width: 1280px) { .chart-frame > svg[data-width="1280"] { display: block; } }',
      '@container chart (min-width: 400px) { .chart-frame > svg[data-widest][data-width="400"] { display: block; } }',
      '@container chart (min-width: 560px) { .chart-frame > svg[data-widest][data-width="560"] { display: block; } }',
      '@container chart (min-width: 760px) { .chart-frame > svg[data-widest][data-width="760"] { display: block; } }',
      '@container chart (min-width: 1000px) { .chart-frame > svg[data-widest][data-width="1000"] { display: block; } }',
    ]);
  });
});

describe('chartWidths(where)', () => {
  it('chartWidths gives an embed every width, and a page only those its column reaches (up to 760 for 960 px)', () => {
    expect(chartWidths('embed')).toEqual([...CHART_WIDTHS]);
    expect(PAGE_FRAME_MAX).toBe(960);
    expect(chartWidths('page')).toEqual([280, 400, 560, 760]);
  });
});

describe('chartVariants(lanes, options, prefix, svg)', () => {
  it('chartVariants draws one SVG per width, each with ids of its own, and marks the widest only', () => {
    const html = chartVariants([lane], { asOf: '2000-01-01' }, 'c', { summary: 'A chart' }, 'embed').html;
    expect([...html.matchAll(/data-width="(\d+)"( data-widest="")?/g)].map((m) => Boolean(m[2]))).toEqual(
      CHART_WIDTHS.map((w) => w === 1280),
    );
    expect([...html.matchAll(/data-width="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([...CHART_WIDTHS]);
    expect([...html.matchAll(/<clipPath id="([^"]+)"/g)].map((m) => m[1])).toEqual(
      CHART_WIDTHS.map((w) => `c-${w}-clip`),
    );
    expect([...html.matchAll(/viewBox="0 0 (\d+) /g)].map((m) => Number(m[1]))).toEqual([...CHART_WIDTHS]);
  });
});

describe("chartVariants(lanes, options, prefix, svg, 'page')", () => {
  it('a page carries the widths its column reaches, and the widest of them goes on showing above its range', () => {
    const html = chartVariants([lane], { asOf: '2000-01-01' }, 'c', { summary: 'A chart' }, 'page').html;
    expect([...html.matchAll(/data-width="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([280, 400, 560, 760]);
    expect([...html.matchAll(/data-width="(\d+)" data-widest=""/g)].map((m) => Number(m[1]))).toEqual([760]);
  });
});

describe('PAGE_FRAME_MAX and the stylesheet', () => {
  it("PAGE_FRAME_MAX is at least the widest column global.css gives a page's chart, at 16 px to the rem", () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const rem = (pattern: RegExp) => Number(pattern.exec(css)?.[1]);
    const page = rem(/\nmain \{\n {2}max-width: ([\d.]+)rem;/);
    const explorer = rem(/main:has\(> \.explorer, > section\.explorer\) \{\n {4}max-width: ([\d.]+)rem;/);
    const panel = rem(/grid-template-columns: minmax\(0, 1fr\) ([\d.]+)rem;/);
    expect([page, explorer, panel].every(Number.isFinite)).toBe(true);
    expect(PAGE_FRAME_MAX).toBeGreaterThanOrEqual(Math.max(page, explorer - panel) * 16);
  });
});
