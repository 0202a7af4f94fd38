import { describe, expect, it } from 'vitest';
import { DAY_MS, dateToTime } from '../../src/lib/model/dates.ts';
import { explorerData, splitForBrowser } from '../../src/lib/explorer/explorer-data.ts';
import { timelineBands, timelineGroups, timelineMarkers } from '../../src/lib/explorer/timeline-items.ts';
import { BILATERAL, event, model } from './hand-made.ts';

const AS_OF = '2026-01-01';
const { data } = splitForBrowser(
  explorerData(
    [
      model('ex', BILATERAL, AS_OF),
      model('ns', [event('2010-04-08', 'signed', ['US', 'RU'])], AS_OF, {
        shortName: 'New START',
        name: 'New START Treaty',
      }),
    ],
    AS_OF,
  ),
);

describe('the explorer timeline’s items', () => {
  it('timelineGroups gives each instrument shown a lane that opens into its parties’ lanes, open where asked', () => {
    const groups = timelineGroups(data, {}, new Set(['ns']));
    expect(groups.map((g) => [g.id, g.kind, g.label, g.order])).toEqual([
      ['ex', 'instrument', 'Examples', 0],
      ['ex|US', 'party', 'United States', 0],
      ['ex|SU', 'party', 'Soviet Union', 1],
      ['ex|RU', 'party', 'Russia', 2],
      ['ns', 'instrument', 'New START', 1],
      ['ns|US', 'party', 'United States', 1000],
      ['ns|RU', 'party', 'Russia', 1001],
    ]);
    expect(groups[0]).toMatchObject({
      title: 'Treaty on Examples',
      nestedGroups: ['ex|US', 'ex|SU', 'ex|RU'],
      showNested: false,
    });
    expect(groups[4]).toMatchObject({ showNested: true });
    expect(timelineGroups(data, { instruments: ['ns'] }, new Set()).map((g) => g.id)).toEqual(['ns', 'ns|US', 'ns|RU']);
  });

  it('timelineBands draws every status but "not signed", up to the data’s day for the one that holds', () => {
    const bands = timelineBands(data, { instruments: ['ex'] });
    expect(
      bands
        .filter((b) => b.group === 'ex|RU')
        .map((b) => [
          b.status,
          new Date(b.start).toISOString().slice(0, 10),
          new Date(b.end).toISOString().slice(0, 10),
        ]),
    ).toEqual([
      ['signed', '1991-12-25', '1992-11-09'],
      ['in-force', '1992-11-09', '2007-12-12'],
      ['suspended', '2007-12-12', '2023-11-07'],
      ['withdrawn', '2023-11-07', AS_OF],
    ]);
    expect(bands.some((b) => b.status === 'not-signed')).toBe(false);
    expect(new Set(bands.map((b) => b.id)).size).toBe(bands.length);
  });

  it('timelineMarkers gives each event a marker, merging those closer than the gap, and names every event it stands for', () => {
    const apart = timelineMarkers(data, { instruments: ['ex'] }, DAY_MS);
    const own = apart.filter((m) => m.group === 'ex');
    // Same-day events share a marker even at the closest zoom: the three steps of 9 November 1992.
    expect(own.map((m) => m.events)).toEqual([[0], [1], [2, 3, 4], [5], [6]]);
    expect(own.flatMap((m) => m.events).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(own[0]).toMatchObject({ id: 'ex:0', text: '✍', className: 'event type-signed' });
    const merged = timelineMarkers(data, { instruments: ['ex'] }, 20_000 * DAY_MS).filter((m) => m.group === 'ex');
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ id: 'ex:0+1+2+3+4+5+6', text: '7', className: 'event cluster' });
    expect(merged[0]!.ariaLabel).toContain('7 events');
    expect(merged[0]!.title.split('; ')).toHaveLength(7);
    // Every event is in exactly one marker of its instrument's lane, whatever the gap.
    for (const gap of [DAY_MS, 365 * DAY_MS, 5000 * DAY_MS])
      expect(
        timelineMarkers(data, {}, gap)
          .filter((m) => m.group === 'ns')
          .flatMap((m) => m.events),
      ).toEqual([0]);
  });
  it('timelineMarkers marks a marker that stands for a contested step, alone or merged, as the drawing does', () => {
    const { data: contested } = splitForBrowser(
      explorerData(
        [
          model(
            'ct',
            [
              event('2010-04-08', 'signed', ['US', 'RU']),
              event('2023-02-21', 'suspended', ['RU'], { contestedBy: ['US'] }),
            ],
            AS_OF,
          ),
        ],
        AS_OF,
      ),
    );
    const russia = (gap: number) => timelineMarkers(contested, {}, gap).filter((m) => m.group === 'ct|RU');
    expect(russia(DAY_MS).map((m) => m.className)).toEqual(['event type-signed', 'event type-suspended contested']);
    expect(russia(20_000 * DAY_MS).map((m) => m.className)).toEqual(['event cluster contested']);
    expect(timelineMarkers(data, {}, DAY_MS).some((m) => m.className.includes('contested'))).toBe(false);
  });
  it('timelineMarkers and timelineBands(data, { asof }) draw nothing after the as-of day, as chartView does', () => {
    const asof = '2008-01-01';
    const own = timelineMarkers(data, { instruments: ['ex'], asof }, DAY_MS).filter((m) => m.group === 'ex');
    expect(own.flatMap((m) => m.events)).toEqual([0, 1, 2, 3, 4, 5]);
    const russia = timelineBands(data, { instruments: ['ex'], asof }).filter((b) => b.group === 'ex|RU');
    expect(russia.map((b) => [b.status, new Date(b.end).toISOString().slice(0, 10)])).toEqual([
      ['signed', '1992-11-09'],
      ['in-force', '2007-12-12'],
      ['suspended', asof],
    ]);
  });
  it('timelineMarkers(data, view, gap, window) merges the events inside the window among themselves, as the layout function does', () => {
    // The three steps of 9 November 1992 and the suspension of 2007 would merge at this gap; a window from 1995 parts them.
    const gap = 20_000 * DAY_MS;
    const window = [dateToTime('1995-01-01'), dateToTime(AS_OF)] as const;
    const own = timelineMarkers(data, { instruments: ['ex'] }, gap, window).filter((m) => m.group === 'ex');
    expect(own.map((m) => m.events)).toEqual([[5, 6]]);
    expect(timelineMarkers(data, { instruments: ['ex'] }, 1000 * DAY_MS, window).map((m) => m.events)).toContainEqual([
      0, 1,
    ]);
  });

  it('timelineGroups, timelineBands and timelineMarkers(data, { party, asof }) leave out an instrument the party had not acted in, as chartView does', () => {
    const view = { party: ['RU'] as const, asof: '2000-01-01' } as const;
    const state = { party: [...view.party], asof: view.asof };
    expect(timelineGroups(data, state, new Set()).map((g) => g.instrument)).not.toContain('ns');
    expect(timelineGroups(data, state, new Set()).map((g) => g.id)).toContain('ex');
    expect(timelineBands(data, state).map((b) => b.group)).not.toContain('ns');
    expect(timelineMarkers(data, state, DAY_MS).map((m) => m.instrument)).toEqual(expect.arrayContaining(['ex']));
    expect(timelineMarkers(data, state, DAY_MS).map((m) => m.instrument)).not.toContain('ns');
    // Russia signed New START in 2010: from then on its lane is drawn.
    expect(timelineGroups(data, { party: ['RU'] }, new Set()).map((g) => g.id)).toContain('ns');
    expect(timelineBands(data, { party: ['RU'] }).map((b) => b.group)).toContain('ns');
  });
});
