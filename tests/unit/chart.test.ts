import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, placeLabels } from '../../src/lib/chart/label-placement.ts';
import { lifecycleInput, overviewInput } from '../../src/lib/chart/chart-lanes.ts';
import { CHART_WIDTHS } from '../../src/lib/chart/chart-variants.ts';
import { CHART_LAYOUT } from '../../src/lib/chart/chart-constants.ts';
import { laneLines, layoutChart, type LifecycleChart } from '../../src/lib/chart/lifecycle-chart.ts';
import { lifecycleChartSvg } from '../../src/lib/chart/lifecycle-chart-svg.ts';
import { instrumentModel } from '../../src/lib/model/instrument-summary.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';

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
    expect(
      placeLabels([
        { x: 10, width: 10 },
        { x: 40, width: 10 },
        { x: 70, width: 10 },
      ]),
    ).toEqual([0, 0, 0]);
  });

  it('placeLabels moves a label that would overlap to the next free row, in any input order', () => {
    expect(
      placeLabels([
        { x: 50, width: 40 },
        { x: 10, width: 40 },
        { x: 30, width: 40 },
        { x: 100, width: 20 },
      ]),
    ).toEqual([2, 0, 1, 0]);
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

describe('layoutChart(lanes, options)', () => {
  const input = (name: string) => lifecycleInput(fixture(name), AS_OF);
  const boxes = (chart: LifecycleChart) =>
    chart.lanes.flatMap((lane) =>
      lane.markers
        .filter((m) => m.label !== undefined)
        .map((m) => ({
          row: `${lane.key}:${m.row}`,
          left: m.labelX - estimateTextWidth(m.label!) / 2,
          right: m.labelX + estimateTextWidth(m.label!) / 2,
        })),
    );

  it('layoutChart draws every event of the content once, at every width', () => {
    for (const name of ['example-bilateral', 'never-in-force-multilateral']) {
      for (const width of CHART_WIDTHS) {
        const { lanes } = input(name);
        const drawn = layoutChart(lanes, { width, asOf: AS_OF }).lanes.flatMap((l) =>
          l.markers.flatMap((m) => m.events),
        );
        expect(drawn.length, `${name} at ${width}`).toBe(lanes.reduce((n, l) => n + l.events.length, 0));
      }
    }
  });

  it('layoutChart keeps markers and labels inside the width, and lane labels within a quarter of it', () => {
    for (const width of [320, 360, 680, 1440]) {
      const chart = layoutChart(input('never-in-force-multilateral').lanes, { width, asOf: AS_OF });
      expect(chart.left).toBeLessThanOrEqual(width / 4);
      for (const lane of chart.lanes) {
        for (const m of lane.markers) {
          expect(m.x - CHART_LAYOUT.radius).toBeGreaterThanOrEqual(chart.left);
          expect(m.x + CHART_LAYOUT.radius).toBeLessThanOrEqual(width);
        }
        for (const line of lane.lines)
          expect(estimateTextWidth(line, CHART_LAYOUT.laneFontSize, true)).toBeLessThanOrEqual(chart.left);
      }
      for (const tick of chart.ticks) expect(tick.x + estimateTextWidth(tick.label) / 2).toBeLessThanOrEqual(width);
    }
  });

  it('layoutChart never lets two event labels of a row overlap, nor two markers of a lane', () => {
    for (const width of [320, 480, 960]) {
      const chart = layoutChart(input('example-bilateral').lanes, { width, asOf: AS_OF });
      const labels = boxes(chart);
      for (const a of labels)
        for (const b of labels)
          if (a !== b && a.row === b.row) expect(a.right <= b.left || b.right <= a.left).toBe(true);
      for (const lane of chart.lanes)
        for (let i = 1; i < lane.markers.length; i++)
          expect(lane.markers[i]!.x - lane.markers[i - 1]!.x).toBeGreaterThanOrEqual(2 * CHART_LAYOUT.radius);
    }
  });

  it("layoutChart(…, { span }) shows the span's first and last event at its two ends", () => {
    const { lanes } = input('example-bilateral');
    const times = lanes.flatMap((l) =>
      l.events.map((e) =>
        Date.parse(
          `${e.date.length === 4 ? `${e.date}-01-01` : e.date.length === 7 ? `${e.date}-01` : e.date}T00:00:00Z`,
        ),
      ),
    );
    const chart = layoutChart(lanes, { width: 360, asOf: AS_OF });
    expect(chart.domain[0]).toBe(Math.min(...times));
    expect(chart.domain[1]).toBe(utc(AS_OF));
  });

  it('laneLines(label, short, room) wraps, then shortens, then abbreviates, never cutting a word', () => {
    expect(laneLines('Russia', 'RU', 100)).toEqual(['Russia']);
    expect(laneLines('United States', 'US', 60)).toEqual(['United', 'States']);
    expect(laneLines('Democratic Republic of the Congo', 'CD', 60)).toEqual(['CD']);
    expect(laneLines('Vienna Document', 'Vienna Document', 30)).toEqual(['VD']);
  });

  it('overviewInput draws every event of every instrument on its lane', () => {
    const models = [fixture('example-bilateral'), fixture('never-in-force-multilateral')];
    const chart = layoutChart(overviewInput(models, AS_OF).lanes, { width: 1280, asOf: AS_OF });
    expect(chart.lanes.map((l) => l.markers.reduce((n, m) => n + m.events.length, 0))).toEqual(
      models.map((m) => m.data.events.length),
    );
  });

  for (const width of [360, 960]) {
    it(`lifecycleChartSvg(example-bilateral at ${width} px) matches its golden SVG (UPDATE_GOLDEN=1 rewrites it)`, () => {
      const { lanes, summary } = input('example-bilateral');
      const svg = normalise(lifecycleChartSvg(layoutChart(lanes, { width, asOf: AS_OF }), 'chart', { summary }).html);
      const golden = `tests/golden/example-bilateral-${width}.svg`;
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync('tests/golden', { recursive: true });
        writeFileSync(golden, svg);
      }
      expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npm run test:unit and review it`).toBe(
        true,
      );
      expect(svg).toBe(readFileSync(golden, 'utf8'));
    });
  }

  it('lifecycleChartSvg escapes content: markup in a description or a party label stays text', () => {
    const { lanes, summary } = input('example-bilateral');
    const hostile = lanes.map((lane) => ({
      ...lane,
      label: '<img src=x onerror=alert(1)>',
      events: lane.events.map((e) => ({ ...e, line: '<script>alert(1)</script>' })),
    }));
    const svg = lifecycleChartSvg(layoutChart(hostile, { width: 960, asOf: AS_OF }), 'chart', { summary }).html;
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).not.toMatch(/<script|<img/);
  });
});
