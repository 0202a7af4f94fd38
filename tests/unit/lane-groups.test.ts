import { describe, expect, it } from 'vitest';
import { FOLD_ABOVE, groupLanes, groupSummary, laneStatus } from '../../src/lib/chart/lane-groups.ts';
import type { LaneSpec } from '../../src/lib/chart/lifecycle-chart.ts';

const STATES = ['BE', 'BG', 'CA', 'CZ', 'DE', 'DK', 'FR', 'GB', 'IT', 'NL', 'NO', 'PL'] as const;
const lane = (party: string, intervals: [string, string][]): LaneSpec =>
  ({
    key: party,
    instrument: 'cfe',
    party,
    label: party,
    shortLabel: party,
    labelled: true,
    events: [],
    intervals: intervals.map(([status, from], n) => ({ status, from, to: intervals[n + 1]?.[1] ?? null })),
  }) as LaneSpec;

const whole = lane('all-parties', [['in-force', '1992-11-09']]);
const suspended = (party: string, from: string) =>
  lane(party, [
    ['in-force', '1992-11-09'],
    ['suspended', from],
  ]);
const lanes = [
  whole,
  lane('RU', [
    ['in-force', '1992-11-09'],
    ['suspended', '2007-12-12'],
    ['withdrawn', '2023-11-07'],
  ]),
  ...STATES.slice(0, 7).map((s) => suspended(s, '2023-12-07')),
  suspended('GB', '2024-02-07'),
  ...STATES.slice(8).map((s) => lane(s, [['in-force', '1992-11-09']])),
];

describe('groupLanes(lanes, day)', () => {
  it('laneStatus(lane, day) is the status of the last interval begun that day', () => {
    expect(laneStatus(lanes[1]!, '2023-11-06')).toBe('suspended');
    expect(laneStatus(lanes[1]!, '2023-11-07')).toBe('withdrawn');
  });

  it('groupLanes folds states that share a status, four or more, and keeps the whole and the rest', () => {
    const { main, groups } = groupLanes(lanes, '2024-06-01');
    expect(main.map((l) => l.key)).toEqual(['all-parties', 'RU']);
    expect(groups.map((g) => [g.status, g.lanes.length])).toEqual([
      ['in-force', 4],
      ['suspended', 8],
    ]);
  });

  it(`groupLanes folds nothing with ${FOLD_ABOVE} state lanes or fewer`, () => {
    expect(groupLanes(lanes.slice(0, FOLD_ABOVE + 1), '2024-06-01').groups).toEqual([]);
  });

  it('groupLanes on a day before the suspensions puts those states with the ones in force', () => {
    const { groups } = groupLanes(lanes, '2020-01-01');
    expect(groups.map((g) => [g.status, g.lanes.length])).toEqual([['in-force', 12]]);
  });
});

describe('groupSummary(lanes, day)', () => {
  it('groupSummary says how many states, in which status, since when', () => {
    const { groups } = groupLanes(lanes, '2024-06-01');
    expect(groupSummary(groups[1]!.lanes, '2024-06-01')).toBe(
      '8 states: suspended, each since a day between 7 December 2023 and 7 February 2024',
    );
    expect(groupSummary(groups[0]!.lanes, '2024-06-01')).toBe('4 states: in force since 9 November 1992');
  });

  it('groupSummary says "each by" the latest day when a step that began one of them is known only by its day', () => {
    const ratified = (party: string, from: string, knownBy: boolean) => {
      const spec = lane(party, [
        ['signed', '1999-11-19'],
        ['ratified', from],
      ]);
      if (knownBy) spec.intervals[1] = { ...spec.intervals[1]!, knownBy: true };
      return spec;
    };
    const four = [ratified('RU', '2004', false), ...['BY', 'KZ', 'UA'].map((p) => ratified(p, '2004-07-07', true))];
    expect(groupSummary(four, '2026-01-01')).toBe('4 states: ratified, not in force, each by 7 July 2004');
    const known = four.map((l) => ({ ...l, intervals: l.intervals.map(({ knownBy: _k, ...i }) => i) }));
    expect(groupSummary(known, '2026-01-01')).toBe(
      '4 states: ratified, not in force, each since a day between 2004 and 7 July 2004',
    );
  });

  it('groupSummary on an earlier day counts each status the states then held', () => {
    const { groups } = groupLanes(lanes, '2024-06-01');
    expect(groupSummary(groups[1]!.lanes, '2024-01-01')).toBe('8 states: 1 in force and 7 suspended');
  });
});

describe('groupLanes(lanes, day) at the edges', () => {
  it('groupLanes folds a status shared by four states, and keeps one shared by three in the main chart', () => {
    const three = [
      ...STATES.slice(0, 6).map((s) => lane(s, [['in-force', '1992-11-09']])),
      ...STATES.slice(6, 9).map((s) => suspended(s, '2023-12-07')),
    ];
    const { main, groups } = groupLanes(three, '2024-06-01');
    expect(groups.map((g) => [g.status, g.lanes.map((l) => l.key)])).toEqual([['in-force', STATES.slice(0, 6)]]);
    expect(main.map((l) => l.key)).toEqual(STATES.slice(6, 9));
  });

  it("groupLanes counts only a state's own lanes, not a party's lanes keyed by instrument, nor groups of parties", () => {
    const keyed = STATES.slice(0, 9).map((s) => ({ ...lane(s, [['in-force', '1992-11-09']]), key: `treaty-${s}` }));
    expect(groupLanes(keyed, '2024-06-01')).toEqual({ main: keyed, groups: [] });
    const groupsOfParties = [
      ...STATES.slice(0, 8).map((s) => lane(s, [['in-force', '1992']])),
      lane('nato-allies', [['in-force', '1992']]),
    ];
    expect(groupLanes(groupsOfParties, '2024-06-01').groups).toEqual([]);
  });
});

describe('groupSummary(lanes, day) in words', () => {
  it('groupSummary of one state in one status says since when', () => {
    expect(groupSummary([suspended('BE', '2023-12-07')], '2024-06-01')).toMatch(
      /^1 state: suspended since 7 December 2023$/,
    );
  });

  it('groupSummary of states with no status begun by the day says only how many and in which status', () => {
    expect(groupSummary([suspended('BE', '2023-12-07'), suspended('BG', '2023-12-08')], '1990-01-01')).toBe(
      '2 states: not signed',
    );
  });
});
