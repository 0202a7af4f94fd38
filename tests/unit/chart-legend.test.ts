import { describe, expect, it } from 'vitest';
import { chartLegend, legendMarkup } from '../../src/lib/chart/chart-legend.ts';
import type { ChartBar, ChartMarker, LifecycleChart } from '../../src/lib/chart/lifecycle-chart.ts';
import type { EventType } from '../../src/lib/model/event-types.ts';
import type { Status } from '../../src/lib/model/statuses.ts';

const bar = (status: Status, contested = false): ChartBar => ({ x: 0, width: 10, status, title: status, contested });
const marker = (types: EventType[]): ChartMarker => ({
  x: 0,
  events: types.map((_, n) => n),
  type: types[0]!,
  types,
  glyph: '',
  labelX: 0,
  row: -1,
  description: '',
  href: '#',
  last: '2000',
  contested: false,
});
/** A chart with only what the legend reads: each lane's bars and markers. */
const chart = (...lanes: { bars: ChartBar[]; markers: ChartMarker[] }[]) =>
  ({
    lanes: lanes.map((l, n) => ({ key: String(n), lines: [], label: '', y: 0, height: 0, ...l })),
  }) as unknown as LifecycleChart;

describe('chartLegend(chart)', () => {
  it('chartLegend lists only the statuses and event types drawn, in the order of the vocabularies', () => {
    const legend = chartLegend(
      chart(
        { bars: [bar('withdrawn'), bar('in-force')], markers: [marker(['withdrawn'])] },
        { bars: [bar('in-force')], markers: [marker(['entered-into-force', 'signed'])] },
      ),
    );
    expect(legend).toEqual({
      statuses: [
        { status: 'in-force', statuses: ['in-force'], label: 'In force' },
        { status: 'withdrawn', statuses: ['withdrawn'], label: 'Withdrawn' },
      ],
      types: [
        { type: 'signed', label: 'Signed', glyph: '✍' },
        { type: 'entered-into-force', label: 'Entered into force', glyph: '●' },
        { type: 'withdrawn', label: 'Withdrawn', glyph: '⨯' },
      ],
    });
  });

  it('chartLegend gives statuses drawn alike (the same colour and pattern) one entry, their labels joined', () => {
    const legend = chartLegend(
      chart({ bars: [bar('terminated'), bar('signed'), bar('expired'), bar('not-in-force')], markers: [] }),
    );
    expect(legend.statuses).toEqual([
      { status: 'not-in-force', statuses: ['not-in-force', 'signed'], label: 'Not in force / signed, not ratified' },
      { status: 'expired', statuses: ['expired'], label: 'Expired' },
      { status: 'terminated', statuses: ['terminated'], label: 'Terminated' },
    ]);
    expect(legend.types).toEqual([]);
  });

  it('chartLegend(chart without lanes) is empty', () => {
    expect(chartLegend(chart())).toEqual({ statuses: [], types: [] });
  });
});

describe('legendMarkup(chart)', () => {
  it('legendMarkup draws a swatch per status entry and a glyph per event type', () => {
    expect(legendMarkup(chart({ bars: [bar('suspended')], markers: [marker(['suspended'])] })).html).toBe(
      '<ul class="legend" aria-label="Legend">' +
        '<li><span class="swatch status-suspended" aria-hidden="true"></span>Suspended</li>' +
        '<li><span class="glyph" aria-hidden="true">‖</span>Suspended</li>' +
        '</ul>',
    );
  });

  it('legendMarkup explains dashed bars only when a bar is contested, and counted markers only when a marker holds several events', () => {
    const plain = legendMarkup(chart({ bars: [bar('in-force')], markers: [marker(['signed'])] })).html;
    expect(plain).not.toContain('contested');
    expect(plain).not.toContain('glyph count');
    // One contested bar among others, and one counted marker among single ones, are enough.
    const both = legendMarkup(
      chart(
        { bars: [bar('in-force')], markers: [marker(['signed'])] },
        {
          bars: [bar('in-force'), bar('suspended', true)],
          markers: [marker(['signed']), marker(['signed', 'ratified'])],
        },
      ),
    ).html;
    expect(both).toContain('<li><span class="swatch contested" aria-hidden="true"></span>');
    expect(both).toContain('<li><span class="glyph count" aria-hidden="true">3</span>');
    expect(both.match(/<li>/g)).toHaveLength(6);
  });
});
