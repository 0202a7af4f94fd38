import { describe, expect, it } from 'vitest';
import { CHART_LAYOUT } from '../../src/lib/chart/chart-constants.ts';
import { labelColumn, laneLines, layoutChart, type LaneSpec } from '../../src/lib/chart/lifecycle-chart.ts';
import { clusterGap } from '../../src/lib/explorer/clusters.ts';
import { spanPad, timelineAxisStep, timelineLook } from '../../src/lib/explorer/timeline-look.ts';
import { axisStep } from '../../src/lib/chart/time-axis.ts';
import type { GroupSpec } from '../../src/lib/explorer/timeline-items.ts';
import { CHART_CONSTANTS } from '../../src/lib/chart/chart-constants.ts';
import { dateToTime } from '../../src/lib/model/dates.ts';

const names = ['CFE', 'Intermediate-Range Nuclear Forces', 'New START', 'Comprehensive Nuclear-Test-Ban Treaty', 'NPT'];
/** The explorer's overview lanes: one an instrument, unlabelled markers. */
const lanes: LaneSpec[] = names.map((name, n) => ({
  key: `i${n}`,
  instrument: `i${n}`,
  party: 'all-parties',
  label: name,
  shortLabel: name,
  intervals: [{ status: 'in-force', from: '1990', to: null }],
  events: [{ index: 0, date: '1990-01-01', type: 'signed', parties: [], line: 'L', href: '#e' }],
  labelled: false,
}));
const groups: GroupSpec[] = names.flatMap((name, n): GroupSpec[] => [
  { id: `i${n}`, order: n, instrument: `i${n}`, kind: 'instrument', label: name },
  ...(n === 0
    ? [{ id: 'i0/RU', order: 0, instrument: 'i0', kind: 'party' as const, label: 'Russian Federation' }]
    : []),
]);

describe('vis-timeline laid out as the drawing', () => {
  for (const [width, scale] of [
    [760, 1.142],
    [280, 1.19],
    [1000, 1],
  ] as const)
    it(`at ${width} px shown at ×${scale}, its lanes end where the drawing's do and its column is the drawing's`, () => {
      const chart = layoutChart(lanes, { width, asOf: '2024-01-01' });
      const look = timelineLook(groups, width, scale);
      expect(look.left).toBe(Math.round(chart.left * scale));
      expect(look.top).toBe(Math.round(CHART_LAYOUT.top * scale));
      expect(look.right).toBe(Math.round((chart.width - chart.right) * scale));
      expect(look.plot).toBe(chart.right - chart.left);
      let bottom = look.top;
      chart.lanes.forEach((lane) => {
        const drawn = look.lanes.get(lane.key)!;
        expect(drawn.lines).toEqual(lane.lines);
        bottom += drawn.height;
        // Rounded where the lane ends, never where it begins: no rounding adds up down the chart.
        expect(Math.abs(bottom - (lane.y + lane.height) * scale)).toBeLessThanOrEqual(0.5);
      });
      // A party's lane, which the drawing has not, has its name within the column.
      const party = look.lanes.get('i0/RU')!;
      expect(party.height).toBeGreaterThan(0);
    });

  it("pads a span so that it is drawn at the drawing's time per pixel: markers merge alike", () => {
    const chart = layoutChart(lanes, { width: 760, asOf: '2024-01-01' });
    const span: [number, number] = [dateToTime('1990-01-01'), dateToTime('2024-01-01')];
    const pad = spanPad(span, chart.right - chart.left);
    const drawing = (span[1] - span[0]) / (chart.range[1] - chart.range[0]);
    const vis = (span[1] - span[0] + 2 * pad) / (chart.right - chart.left);
    expect(vis).toBeCloseTo(drawing, 6);
    expect(clusterGap(vis, CHART_CONSTANTS.markerPixels)).toBe(clusterGap(drawing, CHART_CONSTANTS.markerPixels));
  });

  it("steps its axis as the drawing's for the same window, at every width and zoom", () => {
    const windows: [number, number][] = [
      [dateToTime('1925-06-17'), dateToTime('2026-11-22')],
      [dateToTime('1987-12-08'), dateToTime('2007-12-12')],
      [dateToTime('2019-03-15'), dateToTime('2020-03-15')],
      [dateToTime('2019-11-20'), dateToTime('2019-12-20')],
    ];
    for (const width of [280, 360, 760, 1000])
      for (const window of windows) {
        const chart = layoutChart(lanes, { width, asOf: '2024-01-01', span: window });
        const look = timelineLook(groups, width, 1);
        // vis-timeline shows the window with the room spanPad gives it on either side.
        const pad = spanPad(window, look.plot);
        const step = timelineAxisStep(look, [window[0] - pad, window[1] + pad]);
        expect(step, `${width} px, ${new Date(window[0]).toISOString()}`).toEqual(axisStep(chart.ticks));
        expect(step).toBeDefined();
      }
  });

  const long = 'United Kingdom of Great Britain and Northern Ireland';
  const withParty: GroupSpec[] = [...groups, { id: 'i1/GB', order: 1, instrument: 'i1', kind: 'party', label: long }];

  it("keeps a party's long name within the label column, and the column the instruments' alone", () => {
    const long = 'United Kingdom of Great Britain and Northern Ireland';
    const withParty: GroupSpec[] = [...groups, { id: 'i1/GB', order: 1, instrument: 'i1', kind: 'party', label: long }];
    for (const width of [280, 360, 760]) {
      const look = timelineLook(withParty, width, 1);
      // The column is the instruments' own: a party's name does not widen it.
      expect(look.left).toBe(timelineLook(groups, width, 1).left);
      const { room, left } = labelColumn(
        names.map((label) => ({ label, shortLabel: label })),
        width,
      );
      expect(look.lanes.get('i1/GB')!.lines).toEqual(laneLines(long, long, Math.min(room, left - 16)));
    }
  });

  it('leaves below the lines of a lane the room its bar and padding take, as the drawing centres them', () => {
    const middle = CHART_LAYOUT.lanePadding + CHART_LAYOUT.bar / 2;
    for (const scale of [1, 1.19]) {
      const look = timelineLook(withParty, 760, scale);
      for (const lane of look.lanes.values())
        expect(lane.below).toBeCloseTo(Math.max(0, lane.height - 2 * middle * scale), 6);
      // A lane of two lines or more has room below its band; none is negative.
      expect([...look.lanes.values()].some((lane) => lane.below > 0)).toBe(true);
    }
  });

  it("gives a state's lane its code where its one-word name does not fit, never a letter", () => {
    const kazakhstan: GroupSpec = {
      id: 'i1/KZ',
      order: 1,
      instrument: 'i1',
      kind: 'party',
      label: 'Kazakhstan',
      shortLabel: 'KZ',
    };
    const look = timelineLook([...groups, kazakhstan], 360, 1);
    expect(look.lanes.get('i1/KZ')!.lines).toEqual(['KZ']);
  });
});
