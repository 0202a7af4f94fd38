import { describe, expect, it } from 'vitest';
import type { ChartInput } from '../../src/lib/chart/chart-lanes.ts';
import { chartView, lanesAsOf } from '../../src/lib/chart/chart-view.ts';
import type { LaneSpec } from '../../src/lib/chart/lifecycle-chart.ts';
import type { EventType } from '../../src/lib/model/event-types.ts';

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const event = (index: number, date: string, parties: string[], type: EventType = 'signed') => ({
  index,
  date,
  type,
  parties,
  line: `event ${index}`,
  href: `#event-${index}`,
});
const lane = (
  key: string,
  instrument: string,
  events: LaneSpec['events'],
  intervals: LaneSpec['intervals'],
): LaneSpec => ({
  key,
  instrument,
  party: 'all-parties',
  label: key,
  shortLabel: key,
  events,
  intervals,
  labelled: true,
});

const input: ChartInput = {
  asOf: '2026-11-22',
  summary: 'Two instruments',
  lanes: [
    lane(
      'inf',
      'inf',
      [event(0, '1987-12-08', ['US', 'SU']), event(1, '2019-08-02', ['US'], 'withdrawn')],
      [
        { status: 'not-in-force', from: '1987-12-08', to: '1988-06-01' },
        { status: 'in-force', from: '1988-06-01', to: '2019-08-02' },
        { status: 'terminated', from: '2019-08-02', to: null },
      ],
    ),
    lane(
      'cfe',
      'cfe',
      [event(0, '1990-11-19', ['all-parties']), event(1, '2007-12-12', ['RU'])],
      [
        { status: 'not-in-force', from: '1990-11-19', to: '1992-11-09' },
        { status: 'in-force', from: '1992-11-09', to: null },
      ],
    ),
  ],
};

describe('lanesAsOf(lanes, day)', () => {
  it("lanesAsOf(lanes, '2019-01-01') drops later events and intervals and leaves the one held that day open", () => {
    const [inf] = lanesAsOf(input.lanes, '2019-01-01');
    expect(inf!.events.map((e) => e.date)).toEqual(['1987-12-08']);
    expect(inf!.intervals).toEqual([
      { status: 'not-in-force', from: '1987-12-08', to: '1988-06-01' },
      { status: 'in-force', from: '1988-06-01', to: null },
    ]);
  });
});

describe('chartView(input, state, where)', () => {
  it('chartView(input, {}) spans from the first event to the as-of day and says where the sources are', () => {
    const view = chartView(input, {}, 'page');
    expect(view.options).toEqual({ asOf: '2026-11-22', span: [utc('1987-12-08'), utc('2026-11-22')] });
    expect(view.caption).toBe(
      'Status as of 22 November 2026. Bars show each status from the event that began it; every marker links to its event and sources below.',
    );
    expect(chartView(input, {}, 'embed').caption).not.toContain('below');
  });

  it("chartView(input, { asof: '2019-01-01' }) ends the span that day and names it", () => {
    const view = chartView(input, { asof: '2019-01-01' }, 'embed');
    expect(view.options.span![1]).toBe(utc('2019-01-01'));
    expect(view.lanes.flatMap((l) => l.events.map((e) => e.date)).every((d) => d <= '2019-01-01')).toBe(true);
    expect(view.caption).toMatch(/^Status as of 1 January 2019\./);
  });

  it("chartView(input, { instruments: ['cfe'] }) keeps CFE's lane and narrows the span to it", () => {
    const view = chartView(input, { instruments: ['cfe'] }, 'embed');
    expect(view.lanes.map((l) => l.key)).toEqual(['cfe']);
    expect(view.options.span![0]).toBe(utc('1990-11-19'));
  });

  it("chartView(input, { types: ['withdrawn'] }) keeps only the events of that type, and every lane", () => {
    const view = chartView(input, { types: ['withdrawn'] }, 'page');
    expect(view.lanes.map((l) => [l.key, l.events.map((e) => e.index)])).toEqual([
      ['inf', [1]],
      ['cfe', []],
    ]);
  });

  it("chartView(input, { party: ['RU'] }) keeps only Russia's events, and leaves out the instrument it never acted in, saying so", () => {
    const view = chartView({ ...input, names: { inf: 'INF', cfe: 'CFE' } }, { party: ['RU'] }, 'embed');
    expect(view.lanes.map((l) => [l.key, l.events.map((e) => e.index)])).toEqual([['cfe', [1]]]);
    expect(view.leftOut).toBe('1 instrument left out, which records no step by Russia up to 22 November 2026: INF.');
    expect(view.caption).toMatch(/sources on Arms Control Timeline\. 1 instrument left out/);
    // The lanes of the other party chosen with it stay: Russia or the United States acted in both.
    expect(chartView(input, { party: ['RU', 'US'] }, 'embed').lanes.map((l) => l.key)).toEqual(['inf', 'cfe']);
    expect(chartView(input, { party: ['US'] }, 'embed').leftOut).toBe(
      '1 instrument left out, which records no step by United States up to 22 November 2026: cfe.',
    );
  });

  it("chartView(input, { party: ['RU'], asof }) leaves out an instrument whose first step by Russia came after the day", () => {
    const view = chartView(input, { party: ['RU'], asof: '2007-01-01' }, 'page');
    expect(view.lanes).toEqual([]);
    expect(view.leftOut).toMatch(
      /^2 instruments left out, which record no step by Russia up to 1 January 2007: inf and cfe\.$/,
    );
    expect(chartView(input, { party: ['RU'], asof: '2007-12-12' }, 'page').lanes.map((l) => l.key)).toEqual(['cfe']);
  });

  it('chartView(input, { instruments }) says nothing of the instruments the reader left out', () => {
    expect(chartView(input, { instruments: ['inf'], party: ['RU'] }, 'page')).toMatchObject({
      lanes: [],
      leftOut: '1 instrument left out, which records no step by Russia up to 22 November 2026: inf.',
    });
    expect(chartView(input, { instruments: ['cfe'], party: ['RU'] }, 'page').leftOut).toBe('');
    expect(chartView(input, { instruments: ['cfe'] }, 'page').leftOut).toBe('');
  });

  it("chartView(input, { from: '2000', to: '2010-06' }) shows that window, whole months and years included", () => {
    const view = chartView(input, { from: '2000', to: '2010-06' }, 'embed');
    expect(view.options.span).toEqual([utc('2000-01-01'), utc('2010-07-01') - 1]);
    expect(view.caption).toContain('Showing 1 January 2000 to 30 June 2010.');
  });

  it('chartView keeps the default span when the window lies after the as-of day', () => {
    expect(chartView(input, { asof: '1995-01-01', from: '2000' }, 'embed').options.span).toEqual([
      utc('1987-12-08'),
      utc('1995-01-01'),
    ]);
  });
});
