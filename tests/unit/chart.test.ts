import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, placeLabels } from '../../src/lib/chart/label-placement.ts';
import { lifecycleChart, overviewChart } from '../../src/lib/chart/lifecycle-chart.ts';
import { lifecycleChartSvg } from '../../src/lib/chart/lifecycle-chart-svg.ts';
import { chooseTimeAxis } from '../../src/lib/chart/time-axis.ts';
import { instrumentModel } from '../../src/lib/instrument-summary.ts';
import { validateContent } from '../../src/lib/validate-content.ts';

const AS_OF = '2026-11-22';
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

function fixture(name: string) {
  const path = `tests/fixtures/valid/${name}.md`;
  const { instruments, problems } = validateContent([{ path, text: readFileSync(path, 'utf8') }], AS_OF);
  expect(problems).toEqual([]);
  return instrumentModel(instruments[0]!.id, instruments[0]!.data, AS_OF);
}

/** One element per line, so a change in the chart reads as a diff of the lines that changed. */
function normalise(svg: string): string {
  return `${svg.replace(/></g, '>\n<').replace(/(\d+\.\d)\d+/g, '$1')}\n`;
}

describe('placeLabels(labels)', () => {
  it('placeLabels keeps labels that fit side by side on the first row', () => {
    expect(placeLabels([{ x: 10, width: 10 }, { x: 40, width: 10 }, { x: 70, width: 10 }])).toEqual([0, 0, 0]);
  });

  it('placeLabels moves a label that would overlap to the next free row, in any input order', () => {
    expect(placeLabels([{ x: 50, width: 40 }, { x: 10, width: 40 }, { x: 30, width: 40 }, { x: 100, width: 20 }])).toEqual([2, 0, 1, 0]);
  });

  it('placeLabels(labels) never lets two labels of a row overlap, on many crowded labels', () => {
    const labels = Array.from({ length: 200 }, (_, i) => ({ x: (i * 37) % 500, width: 20 + ((i * 13) % 60) }));
    const rows = placeLabels(labels, 6);
    for (let a = 0; a < labels.length; a++) {
      for (let b = a + 1; b < labels.length; b++) {
        if (rows[a] !== rows[b]) continue;
        const gap = Math.abs(labels[a]!.x - labels[b]!.x) - (labels[a]!.width + labels[b]!.width) / 2;
        expect(gap).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it('estimateTextWidth grows with the text', () => {
    expect(estimateTextWidth('Signed')).toBeLessThan(estimateTextWidth('Withdrawal announced'));
  });
});

describe('chooseTimeAxis(start, end, width)', () => {
  it('chooseTimeAxis picks decades or five years for half a century', () => {
    expect(chooseTimeAxis(utc('1972-01-01'), utc('2026-11-22'), 790).unit).toBe('5 years');
    expect(chooseTimeAxis(utc('1972-01-01'), utc('2026-11-22'), 300).unit).toBe('decade');
  });

  it('chooseTimeAxis picks months for a year-long window and labels them with month and year', () => {
    const axis = chooseTimeAxis(utc('2019-01-01'), utc('2019-12-31'), 900);
    expect(axis.unit).toBe('month');
    expect(axis.ticks[0]).toEqual({ time: utc('2019-01-01'), label: 'Jan 2019' });
  });

  it('chooseTimeAxis keeps ticks at least the minimum spacing apart', () => {
    const axis = chooseTimeAxis(utc('1990-01-01'), utc('2026-01-01'), 790, 64);
    const px = 790 / (utc('2026-01-01') - utc('1990-01-01'));
    for (let i = 1; i < axis.ticks.length; i++) expect((axis.ticks[i]!.time - axis.ticks[i - 1]!.time) * px).toBeGreaterThanOrEqual(64);
  });
});

describe('lifecycleChart(model, asOf)', () => {
  it('lifecycleChart draws every event of the content on at least one lane', () => {
    for (const name of ['example-bilateral', 'never-in-force-multilateral']) {
      const model = fixture(name);
      const drawn = new Set(lifecycleChart(model, AS_OF).lanes.flatMap((l) => l.markers.map((m) => m.event)));
      expect([...drawn].sort((a, b) => a - b)).toEqual(model.data.events.map((_, i) => i));
    }
  });

  it('overviewChart draws every event of every instrument on its lane', () => {
    const models = [fixture('example-bilateral'), fixture('never-in-force-multilateral')];
    const chart = overviewChart(models, AS_OF);
    expect(chart.lanes.map((l) => l.markers.length)).toEqual(models.map((m) => m.data.events.length));
  });

  for (const name of ['example-bilateral', 'never-in-force-multilateral']) {
    it(`lifecycleChartSvg(${name}) matches its golden SVG (UPDATE_GOLDEN=1 rewrites it)`, () => {
      const svg = normalise(lifecycleChartSvg(lifecycleChart(fixture(name), AS_OF), 'chart').html);
      const golden = `tests/golden/${name}.svg`;
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync('tests/golden', { recursive: true });
        writeFileSync(golden, svg);
      }
      expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npm run test:unit and review it`).toBe(true);
      expect(svg).toBe(readFileSync(golden, 'utf8'));
    });
  }

  it('lifecycleChartSvg escapes content: a title with markup stays text', () => {
    const svg = lifecycleChartSvg(lifecycleChart(fixture('never-in-force-multilateral'), AS_OF), 'chart').html;
    expect(svg).not.toContain('<b>');
    expect(svg).not.toMatch(/<script|onerror=/);
  });
});
