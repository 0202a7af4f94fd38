import { describe, expect, it } from 'vitest';
import { defaultSpan, laneLines, layoutChart, type LaneSpec } from '../../src/lib/chart/lifecycle-chart.ts';
import { estimateTextWidth } from '../../src/lib/chart/label-placement.ts';
import { CHART_CONSTANTS, CHART_LAYOUT } from '../../src/lib/chart/chart-constants.ts';
import { clusterGap } from '../../src/lib/explorer/clusters.ts';
import { DAY_MS, dateToTime } from '../../src/lib/model/dates.ts';

const T = dateToTime;

/** The whole treaty: negotiated in 1999, signed on 1 January 2000, ratified and in force in March 2000. */
const whole: LaneSpec = {
  key: 'all-parties',
  instrument: 'ex',
  party: 'all-parties',
  label: 'Whole treaty',
  shortLabel: 'All',
  href: '/treaties/ex/',
  intervals: [
    { status: 'not-signed', from: '1998', to: '1999' },
    { status: 'negotiating', from: '1999', to: '2000-01-01' },
    { status: 'signed', from: '2000-01-01', to: '2000-03-05' },
    { status: 'in-force', from: '2000-03-05', to: null, contestedBy: 'United States' },
  ],
  events: [
    { index: 3, date: '1999-06-01', type: 'negotiations-opened', parties: ['all-parties'], line: 'L3', href: '#e3' },
    { index: 0, date: '2000-01-01', type: 'signed', parties: ['US'], line: 'L0', href: '#e0' },
    { index: 1, date: '2000-03-01', type: 'ratified', parties: ['US'], line: 'L1', href: '#e1' },
    {
      index: 2,
      date: '2000-03-05',
      type: 'entered-into-force',
      parties: ['all-parties'],
      line: 'L2',
      href: '#e2',
      contested: true,
    },
  ],
  labelled: true,
};
const us: LaneSpec = {
  key: 'US',
  instrument: 'ex',
  party: 'US',
  label: 'US',
  shortLabel: 'US',
  intervals: [],
  events: [{ index: 0, date: '2000-01-01', type: 'signed', parties: ['US'], line: 'L0', href: '#e0' }],
  labelled: false,
};

describe('layoutChart(lanes, options)', () => {
  // 310 days across the 310 px between the markers' outer edges: one pixel a day, from x = 75.
  const span: [number, number] = [T('2000-01-01'), T('2000-11-06')];
  const chart = layoutChart([whole, us], { width: 400, asOf: '2000-07-01', span });

  it('layoutChart sizes the label column from the wrapped lane labels, and the plot to the right of it', () => {
    expect([chart.width, chart.left, chart.right, chart.domain]).toEqual([400, 64, 396, span]);
    expect(chart.lanes.map((l) => [l.key, l.lines, l.label, l.href])).toEqual([
      ['all-parties', ['Whole', 'treaty'], 'Whole treaty', '/treaties/ex/'],
      ['US', ['US'], 'US', undefined],
    ]);
  });

  it('layoutChart stacks the lanes: a labelled lane makes room for its row of labels, an unlabelled one does not', () => {
    expect(chart.lanes.map((l) => [l.y, l.height])).toEqual([
      [6, 53],
      [59, 38],
    ]);
    expect([chart.axisY, chart.height]).toEqual([101, 129]);
  });

  it('layoutChart draws each status from its start (or the span) to its end (or the as-of day), leaving out "not signed"', () => {
    expect(chart.lanes[0]!.bars).toEqual([
      // Negotiations ended where the span begins: a bar of no length is drawn 1 px wide.
      {
        x: 75,
        width: 1,
        status: 'negotiating',
        title: 'Whole treaty: Under negotiation, 1999 to 1 January 2000',
        contested: false,
      },
      {
        x: 75,
        width: 64,
        status: 'signed',
        title: 'Whole treaty: Signed, not ratified, 1 January 2000 to 5 March 2000',
        contested: false,
      },
      {
        x: 139,
        width: 118,
        status: 'in-force',
        title: 'Whole treaty: In force (as claimed; contested by United States), since 5 March 2000',
        contested: true,
      },
    ]);
    expect(chart.lanes[1]!.bars).toEqual([]);
  });

  it('layoutChart draws events too close to tell apart as one counted marker, and leaves out events outside the span', () => {
    expect(chart.lanes[0]!.markers).toEqual([
      {
        x: 75,
        events: [0],
        type: 'signed',
        types: ['signed'],
        glyph: '✍',
        label: 'Signed',
        labelX: 75,
        row: 0,
        description: 'L0',
        href: '#e0',
        last: '2000-01-01',
        contested: false,
      },
      {
        x: 135,
        events: [1, 2],
        type: 'ratified',
        types: ['ratified', 'entered-into-force'],
        glyph: '2',
        label: '2 events',
        labelX: 135,
        row: 0,
        description: '2 events: L1; L2',
        href: '#e1',
        last: '2000-03-05',
        contested: true,
      },
    ]);
  });

  it('layoutChart gives an unlabelled lane markers without labels', () => {
    expect(chart.lanes[1]!.markers.map((m) => [m.x, m.label, m.row, m.labelX])).toEqual([[75, undefined, -1, 75]]);
  });

  it('layoutChart puts the as-of day and the ticks on the time scale', () => {
    expect(chart.asOf).toEqual({ day: '2000-07-01', x: 257 });
    expect(chart.ticks).toEqual([
      { time: T('2000-01-01'), label: '2000', x: 75 },
      { time: T('2000-04-01'), label: 'Apr', x: 166 },
      { time: T('2000-07-01'), label: 'Jul', x: 257 },
      { time: T('2000-10-01'), label: 'Oct', x: 349 },
    ]);
  });

  it('layoutChart leaves the as-of line out when the day lies outside the span', () => {
    expect(layoutChart([us], { width: 400, asOf: '2001-01-01', span }).asOf).toEqual({ day: '2001-01-01', x: null });
    expect(layoutChart([us], { width: 400, asOf: '1999-01-01', span }).asOf.x).toBeNull();
    expect(layoutChart([us], { width: 400, asOf: '2000-11-06', span }).asOf.x).toBe(385);
  });

  it('layoutChart keeps a label that would run off an edge inside the width', () => {
    const late = {
      ...us,
      labelled: true,
      events: [{ ...us.events[0]!, date: '2000-11-06', type: 'withdrawal-announced' as const }],
    };
    const [marker] = layoutChart([late], { width: 400, asOf: '2000-11-06', span }).lanes[0]!.markers;
    // "Withdrawal announced" is 132 px wide at 11 px: its centre stays 68 px from the right edge.
    expect([marker!.x, marker!.labelX]).toEqual([385, 332]);
    const early = { ...late, events: [{ ...late.events[0]!, date: '2000-01-01' }] };
    expect(layoutChart([early], { width: 400, asOf: '2000-11-06', span }).lanes[0]!.markers[0]!.labelX).toBe(68);
  });

  it('layoutChart(lanes, { labelLanes }) sizes the label column from other lanes, so stacked charts line up', () => {
    expect(layoutChart([us], { width: 400, asOf: '2000-07-01', span }).left).toBe(16 + 16);
    expect(layoutChart([us], { width: 400, asOf: '2000-07-01', span, labelLanes: [whole] }).left).toBe(64);
    // At 200 px only "All" fits (24 px); at 100 px its initial "A" (8 px) is drawn, a word not cut, with its margin.
    expect(layoutChart([whole], { width: 200, asOf: '2000-07-01', span }).lanes[0]!.lines).toEqual(['All']);
    expect(layoutChart([whole], { width: 200, asOf: '2000-07-01', span }).left).toBe(40);
    expect(layoutChart([whole], { width: 100, asOf: '2000-07-01', span }).lanes[0]!.lines).toEqual(['A']);
    expect(layoutChart([whole], { width: 100, asOf: '2000-07-01', span }).left).toBe(24);
  });

  it('layoutChart gives labels more rows on wider charts: one below 480 px, two below 800, three beyond', () => {
    const crowded: LaneSpec = {
      ...us,
      labelled: true,
      events: [0, 1, 2, 3].map((n) => ({
        ...us.events[0]!,
        index: n,
        date: `2000-0${n + 2}-01`,
        type: 'withdrawal-announced' as const,
      })),
    };
    const rows = (width: number) =>
      layoutChart([crowded], {
        width,
        asOf: '2000-07-01',
        span: [T('2000-01-01'), T('2000-07-01')],
      }).lanes[0]!.markers.map((m) => m.row);
    expect(rows(479)).toEqual([0, -1, 0, -1]);
    expect(rows(480)).toEqual([0, 1, 0, 1]);
    expect(rows(799)).toEqual([0, 1, 0, 1]);
  });

  it('layoutChart(lanes, { width, asOf }) spans from the first event to the as-of day by default', () => {
    expect(layoutChart([us], { width: 400, asOf: '2000-07-01' }).domain).toEqual([T('2000-01-01'), T('2000-07-01')]);
  });
});

describe('defaultSpan(lanes, asOf)', () => {
  it('defaultSpan runs from the earliest event or status other than "not signed" to the as-of day', () => {
    expect(defaultSpan([whole], '2000-07-01')).toEqual([T('1999'), T('2000-07-01')]);
    expect(defaultSpan([us], '2000-07-01')).toEqual([T('2000-01-01'), T('2000-07-01')]);
  });

  it('defaultSpan of lanes with nothing before the as-of day is that day and the next', () => {
    expect(defaultSpan([], '2000-07-01')).toEqual([T('2000-07-01'), T('2000-07-01') + DAY_MS]);
    expect(defaultSpan([us], '1999-01-01')).toEqual([T('1999-01-01'), T('1999-01-01') + DAY_MS]);
  });
});

describe('laneLines(label, shortLabel, room)', () => {
  it("laneLines('Whole treaty', 'All', room) is the label whole when it fits, else wrapped at a space", () => {
    expect(laneLines('Whole treaty', 'All', 96)).toEqual(['Whole treaty']);
    expect(laneLines('Whole treaty', 'All', 95)).toEqual(['Whole', 'treaty']);
  });

  it('laneLines wraps at the last space that lets both lines fit', () => {
    expect(laneLines('Treaty on Open Skies', 'OS', 111)).toEqual(['Treaty on Open', 'Skies']);
    expect(laneLines('Treaty on Open Skies', 'OS', 100)).toEqual(['Treaty on', 'Open Skies']);
  });

  it('laneLines wraps into three lines only when no two fit, and the lane grows to hold them', () => {
    const label = 'Cluster Munitions Convention';
    const [room] = [80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90].filter((r) => laneLines(label, label, r).length === 3);
    expect(laneLines(label, label, room!)).toEqual(['Cluster', 'Munitions', 'Convention']);
    expect(laneLines('Cluster Munitions', 'CM', room!)).toEqual(['Cluster', 'Munitions']);
    const one = { ...us, label, shortLabel: label };
    const lane = (width: number) => layoutChart([one], { width, asOf: '2001-01-01' }).lanes[0]!;
    const narrow = [...Array(200).keys()].map((n) => 200 + n).find((width) => lane(width).lines.length === 3)!;
    expect(lane(narrow).height).toBeGreaterThanOrEqual(3 * CHART_LAYOUT.labelLine + 12);
  });

  it('laneLines falls back to the short label, then its first words and "…", then its initials; never cuts a word', () => {
    expect(laneLines('Treaty on Open Skies', 'OS', 40)).toEqual(['OS']);
    expect(laneLines('Treaty on Open Skies', 'Open Skies', 40)).toEqual(['Open…']);
    const width = (text: string) => estimateTextWidth(text, CHART_LAYOUT.laneFontSize, true);
    const cluster = 'Cluster Munitions Convention';
    expect(laneLines('Ottawa Convention', 'Ottawa Convention', Math.ceil(width('Ottawa…')))).toEqual(['Ottawa…']);
    expect(laneLines(cluster, cluster, Math.ceil(width('Cluster…')))).toEqual(['Cluster…']);
    expect(laneLines(cluster, cluster, Math.ceil(width('Cluster…')) - 1)).toEqual(['CMC']);
    expect(laneLines('Treaty on Open Skies', 'Open Skies', 0)).toEqual(['OS']);
    expect(laneLines('Vienna Document', 'Vienna Document', 0)).toEqual(['VD']);
    expect(laneLines('Moscow Treaty (SORT)', 'Moscow Treaty (SORT)', 0)).toEqual(['MTS']);
  });
});

describe('layoutChart(lanes, options) in detail', () => {
  const span: [number, number] = [T('2000-01-01'), T('2000-11-06')];
  const crowded = (n: number, days: number): LaneSpec => ({
    ...us,
    labelled: true,
    events: Array.from({ length: n }, (_, k) => ({
      ...us.events[0]!,
      index: k,
      date: new Date(T('2000-01-01') + k * days * DAY_MS).toISOString().slice(0, 10),
      type: 'withdrawal-announced' as const,
    })),
  });

  it('layoutChart gives labels a third row from 800 px on, and never more than two below', () => {
    const maxRow = (width: number) =>
      Math.max(
        ...layoutChart([crowded(8, 20)], { width, asOf: '2000-07-01', span }).lanes[0]!.markers.map((m) => m.row),
      );
    expect(maxRow(799)).toBe(1);
    expect(maxRow(800)).toBe(2);
  });

  it('layoutChart makes room for a row of labels when some markers have a label and others none', () => {
    const lane = layoutChart([crowded(4, 30)], {
      width: 479,
      asOf: '2000-07-01',
      span: [T('2000-01-01'), T('2000-07-01')],
    }).lanes[0]!;
    expect(lane.markers.map((m) => m.row)).toContain(-1);
    expect(lane.height).toBe(10 * 2 + 18 + 15);
  });

  it('layoutChart merges markers closer than the one merge distance every renderer uses, and no others', () => {
    // One pixel a day, as above: the distance is CHART_CONSTANTS.markerPixels rounded up to a power of two days.
    const pair = (days: number) =>
      layoutChart([crowded(2, days)], {
        width: 400,
        asOf: '2000-07-01',
        span: [T('2000-01-01'), T('2000-01-01') + 342 * DAY_MS],
      }).lanes[0]!.markers.length;
    const gap = clusterGap(DAY_MS, CHART_CONSTANTS.markerPixels) / DAY_MS;
    expect(gap).toBe(32);
    expect(pair(1)).toBe(1);
    expect(pair(gap - 1)).toBe(1);
    expect(pair(gap)).toBe(2);
  });

  it('layoutChart draws no bar for "not signed" nor for a status that ended before the span', () => {
    const lane: LaneSpec = {
      ...us,
      intervals: [
        { status: 'signed', from: '1998', to: '1999' },
        { status: 'not-signed', from: '2000-02-01', to: '2000-03-01' },
        { status: 'in-force', from: '2000-03-01', to: null },
      ],
    };
    expect(layoutChart([lane], { width: 400, asOf: '2000-07-01', span }).lanes[0]!.bars.map((b) => b.status)).toEqual([
      'in-force',
    ]);
  });

  it('layoutChart labels a half-year axis by the month, the year where it begins', () => {
    // 170 days across the 332 px of the plot: a tick a month, 55 px apart.
    const chart = layoutChart([whole], { width: 400, asOf: '2000-06-19', span: [T('2000-01-01'), T('2000-06-19')] });
    expect(chart.ticks.map((t) => t.label)).toEqual(['2000', 'Feb', 'Mar', 'Apr', 'May', 'Jun']);
  });

  it('layoutChart leaves out a tick whose label would run past either edge of the chart', () => {
    const chart = layoutChart([us], { width: 400, asOf: '2000-11-01', span: [T('2000-01-01'), T('2000-11-01')] });
    for (const tick of chart.ticks) {
      expect(tick.x - estimateTextWidth(tick.label, 11) / 2).toBeGreaterThanOrEqual(0);
      expect(tick.x + estimateTextWidth(tick.label, 11) / 2).toBeLessThanOrEqual(400);
    }
    // The tick of 1 March at the very end of the plot (x = 385) says "Mar", which ends 5 px inside the edge.
    const months = layoutChart([us], { width: 400, asOf: '2000-03-01', span: [T('2000-01-01'), T('2000-03-01')] });
    expect(months.ticks.map((t) => [t.label, t.x])).toEqual([
      ['2000', 43],
      ['Feb', 219.7],
      ['Mar', 385],
    ]);
  });
});
