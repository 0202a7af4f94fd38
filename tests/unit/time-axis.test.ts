// Runs three times (vitest.config.ts): in UTC, in America/Los_Angeles and in Asia/Tokyo. A chart's axis is
// drawn in UTC whatever the zone of the machine that builds it or of the reader's browser.
import { utcTicks } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { layoutChart, type LaneSpec } from '../../src/lib/chart/lifecycle-chart.ts';
import { estimateTextWidth } from '../../src/lib/chart/label-placement.ts';
import { axisStep, axisTicks, chartScale, tickLabel } from '../../src/lib/chart/time-axis.ts';

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const DAY = 86_400_000;
const zone = process.env.TZ ?? 'UTC';

/** Spans from the narrowest window a chart zooms to (30 days) to a century, each ending on an awkward day. */
const SPANS: [string, [number, number]][] = [
  ['30 days', [utc('2019-11-20'), utc('2019-12-20')]],
  ['4 months', [utc('2019-10-17'), utc('2020-02-14')]],
  ['a year', [utc('2019-03-15'), utc('2020-03-15')]],
  ['5 years', [utc('1991-07-01'), utc('1996-07-01')]],
  ['20 years', [utc('1987-12-08'), utc('2007-12-12')]],
  ['55 years', [utc('1972-05-26'), utc('2026-11-22')]],
  ['a century', [utc('1925-06-17'), utc('2026-11-22')]],
];
const WIDTHS = Array.from({ length: 34 }, (_, n) => 280 + n * 40); // 280 … 1600 px

// Each test lays out hundreds of axes: time enough when every test file runs at once.
describe(`the time axis, in ${zone}`, { timeout: 60_000 }, () => {
  it(`runs in the time zone it names (${zone})`, () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toMatch(zone === 'UTC' ? /^(Etc\/)?UTC$/ : zone);
  });

  it('tickLabel(date) says the year where a year begins, the month where a month begins, else the day', () => {
    expect(tickLabel(new Date(utc('1990-01-01')))).toBe('1990');
    expect(tickLabel(new Date(utc('1990-04-01')))).toBe('Apr');
    expect(tickLabel(new Date(utc('1990-04-08')))).toBe('8');
  });

  it('tickLabel(date, true) adds the year to a month or a day, and a year stays a year', () => {
    expect(tickLabel(new Date(utc('1990-04-01')), true)).toBe('Apr 1990');
    expect(tickLabel(new Date(utc('1990-04-08')), true)).toBe('8 Apr 1990');
    expect(tickLabel(new Date(utc('1990-01-01')), true)).toBe('1990');
  });

  it("axisTicks(scale, width, 11) are d3-time's UTC ticks for the span, at every span and width", () => {
    for (const [name, [start, end]] of SPANS) {
      // Every count d3-time's utcTicks takes for the span: the axis is one of them, less ticks cut at the edges.
      const d3 = Array.from(
        { length: 120 },
        (_, k) =>
          `,${utcTicks(new Date(start), new Date(end), k + 1)
            .map(Number)
            .join()},`,
      );
      for (const width of WIDTHS) {
        const times = axisTicks(chartScale([start, end], [width / 4, width - 15]), width, 11).map((tick) => tick.time);
        expect(times.length).toBeGreaterThan(0);
        expect(
          d3.some((ticks) => ticks.includes(`,${times.join()},`)),
          `${name} at ${width} px: ${times.map((t) => new Date(t).toISOString()).join(', ')}`,
        ).toBe(true);
      }
    }
  });

  it('axisTicks(scale, width, 11) labels each tick with its own UTC date', () => {
    for (const [, [start, end]] of SPANS)
      for (const tick of axisTicks(chartScale([start, end], [70, 1000]), 1024, 11)) {
        const date = new Date(tick.time);
        expect(date.getUTCHours()).toBe(0);
        if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) expect(tick.label).toBe(String(date.getUTCFullYear()));
        expect([tickLabel(date), tickLabel(date, true)]).toContain(tick.label);
      }
  });

  it('axisTicks(…) for a quarter of a year: quarters, the first naming its year', () => {
    const scale = chartScale([utc('2019-02-10'), utc('2020-02-10')], [80, 680]);
    expect(axisTicks(scale, 700, 11).map((tick) => tick.label)).toEqual(['Apr 2019', 'Jul', 'Oct', '2020']);
  });

  it('axisTicks(…) for half a century at 300 px: every twenty years; at 790 px every five', () => {
    const [start, end] = [utc('1972-01-01'), utc('2026-11-22')];
    expect(axisTicks(chartScale([start, end], [75, 285]), 300, 11).map((tick) => tick.label)).toEqual([
      '1980',
      '2000',
      '2020',
    ]);
    expect(axisTicks(chartScale([start, end], [100, 775]), 790, 11).map((tick) => tick.label)).toEqual([
      '1975',
      '1980',
      '1985',
      '1990',
      '1995',
      '2000',
      '2005',
      '2010',
      '2015',
      '2020',
      '2025',
    ]);
  });

  it('axisTicks(…) leaves out a tick whose label would run past an edge of the chart', () => {
    // 2010 would sit at the right edge, x = 100, half its label past it.
    const scale = chartScale([utc('2000-01-01'), utc('2010-01-01')], [10, 100]);
    expect(axisTicks(scale, 200, 11).map((tick) => tick.label)).toContain('2010');
    expect(axisTicks(scale, 100, 11).map((tick) => tick.label)).not.toContain('2010');
  });

  it('axisTicks(…) of an empty span is at most its one day', () => {
    const day = utc('2019-01-01');
    expect(axisTicks(chartScale([day, day], [10, 100]), 110, 11).length).toBeLessThanOrEqual(1);
    expect(axisTicks(chartScale([day, day + DAY], [10, 100]), 110, 11).length).toBeLessThanOrEqual(2);
  });
});

describe(`layoutChart's axis, in ${zone}`, { timeout: 60_000 }, () => {
  const lane: LaneSpec = {
    key: 'US',
    instrument: 'ex',
    party: 'US',
    label: 'United States of America',
    shortLabel: 'US',
    intervals: [],
    events: [],
    labelled: false,
  };

  it('layoutChart keeps at least three labelled ticks, apart and inside the chart, at every width from 280 px', () => {
    for (const [name, span] of SPANS)
      for (const width of WIDTHS) {
        const { ticks } = layoutChart([lane], { width, asOf: '2026-11-22', span });
        expect(ticks.length, `${name} at ${width} px: ${ticks.map((t) => t.label).join(', ')}`).toBeGreaterThanOrEqual(
          3,
        );
        const half = (label: string) => estimateTextWidth(label, 11) / 2;
        for (const [n, tick] of ticks.entries()) {
          expect(tick.x - half(tick.label)).toBeGreaterThanOrEqual(0);
          expect(tick.x + half(tick.label)).toBeLessThanOrEqual(width);
          if (n > 0) expect(tick.x - ticks[n - 1]!.x).toBeGreaterThan(half(tick.label) + half(ticks[n - 1]!.label));
        }
      }
  });

  it('axisStep reads the calendar step of the ticks: years, months or days between the first two', () => {
    const tick = (day: string) => ({ time: utc(day), label: '', x: 0 });
    expect(axisStep([tick('1990-01-01'), tick('2000-01-01'), tick('2010-01-01')])).toEqual({ unit: 'year', step: 10 });
    expect(axisStep([tick('2019-04-01'), tick('2019-07-01')])).toEqual({ unit: 'month', step: 3 });
    expect(axisStep([tick('2020-01-01'), tick('2020-02-01')])).toEqual({ unit: 'month', step: 1 });
    expect(axisStep([tick('2019-12-01'), tick('2019-12-08')])).toEqual({ unit: 'day', step: 7 });
    expect(axisStep([tick('2019-11-30'), tick('2019-12-01')])).toEqual({ unit: 'day', step: 1 });
    expect(axisStep([tick('1990-01-01')])).toBeUndefined();
  });

  it('axisStep of every axis laid out is the step between each pair of its ticks, in the unit it names', () => {
    for (const [name, span] of SPANS)
      for (const width of WIDTHS) {
        const ticks = axisTicks(chartScale(span, [0, width]), width, 11);
        const step = axisStep(ticks);
        if (ticks.length < 2) expect(step, `${name} at ${width} px`).toBeUndefined();
        else
          for (let n = 1; n < ticks.length; n++) {
            const [a, b] = [new Date(ticks[n - 1]!.time), new Date(ticks[n]!.time)];
            const apart =
              step!.unit === 'year'
                ? b.getUTCFullYear() - a.getUTCFullYear()
                : step!.unit === 'month'
                  ? (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth()
                  : Math.round((b.getTime() - a.getTime()) / DAY);
            // d3 restarts a step of days or months with each month or year: the gap across it may be shorter.
            if (step!.unit === 'year') expect(apart, `${name} at ${width} px`).toBe(step!.step);
            else expect(apart, `${name} at ${width} px`).toBeLessThanOrEqual(step!.step);
          }
      }
  });
});
