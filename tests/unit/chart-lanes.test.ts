import { describe, expect, it } from 'vitest';
import { lifecycleInput, overviewInput, partyInput } from '../../src/lib/chart/chart-lanes.ts';
import { partyName } from '../../src/lib/model/parties.ts';
import { layoutChart } from '../../src/lib/chart/lifecycle-chart.ts';
import { BILATERAL, event, model } from './hand-made.ts';

const AS_OF = '2026-01-01';
const bilateral = model('ex', BILATERAL, AS_OF);
const contested = model(
  'ns',
  [
    event('2010-04-08', 'signed', ['US', 'RU']),
    event('2011-02-05', 'entered-into-force', ['all-parties']),
    event('2011-02-05', 'ratified', ['US', 'RU']),
    event('2023-02-28', 'suspended', ['RU'], { contestedBy: ['US'] }),
  ],
  AS_OF,
  { shortName: 'New START' },
);
const political = model('vd', [event('1990-11-17', 'adopted', ['all-parties'])], AS_OF, {
  kind: 'political',
  name: 'Vienna Document',
});

describe('lifecycleInput(model, asOf, eventHref)', () => {
  it('lifecycleInput(bilateral) has a lane for the whole treaty and one per party, each with the events its party acted in', () => {
    const input = lifecycleInput(bilateral, AS_OF);
    expect(input.asOf).toBe(AS_OF);
    expect(input.lanes.map((l) => [l.key, l.party, l.label, l.shortLabel, l.href, l.instrument, l.labelled])).toEqual([
      ['all-parties', 'all-parties', 'Whole treaty', 'All', undefined, 'ex', true],
      ['US', 'US', 'United States', 'US', '/parties/us/', 'ex', true],
      ['SU', 'SU', 'Soviet Union', 'SU', '/parties/su/', 'ex', true],
      ['RU', 'RU', 'Russia', 'RU', '/parties/ru/', 'ex', true],
    ]);
    // The entry into force for all parties is drawn on the whole's lane only; the succession on Russia's, not the Soviet Union's.
    expect(input.lanes.map((l) => l.events.map((e) => e.index))).toEqual([[4], [0, 2], [0], [1, 3, 5, 6]]);
    expect(input.summary).toBe(
      'Lifecycle of the Treaty on Examples: 4 lanes (the instrument as a whole and each party that acted), 7 events, as of 1 January 2026.',
    );
  });

  it('lifecycleInput gives each event its line, parties, link and whether it is contested', () => {
    const input = lifecycleInput(contested, AS_OF, (eventId) => `/x/${eventId}`);
    expect(input.lanes[2]!.events.at(-1)).toEqual({
      index: 3,
      date: '2023-02-28',
      type: 'suspended',
      parties: ['RU'],
      line: '28 February 2023: Suspended — Russia, contested by United States',
      href: `/x/${contested.data.events[3]!.id}`,
      contested: true,
    });
    expect(input.lanes[0]!.events).toEqual([
      {
        index: 1,
        date: '2011-02-05',
        type: 'entered-into-force',
        parties: ['all-parties'],
        line: '5 February 2011: Entered into force — All parties',
        href: `/x/${contested.data.events[1]!.id}`,
        contested: false,
      },
    ]);
    expect(lifecycleInput(contested, AS_OF).lanes[0]!.events[0]!.href).toBe(`#${contested.data.events[1]!.id}`);
  });

  it('lifecycleInput names who contests the step that began an interval, and nothing for the others', () => {
    const russia = lifecycleInput(contested, AS_OF).lanes[2]!;
    expect(russia.intervals).toEqual([
      { status: 'signed', from: '2010-04-08', to: '2011-02-05' },
      { status: 'in-force', from: '2011-02-05', to: '2023-02-28' },
      { status: 'suspended', from: '2023-02-28', to: null, contestedBy: 'United States' },
    ]);
  });

  it("lifecycleInput draws an expiry from the next day, and its bars say the expiry's own day", () => {
    const expired = model(
      'ns',
      [event('2011-02-05', 'entered-into-force', ['all-parties']), event('2026-02-05', 'expired', ['all-parties'])],
      '2026-06-01',
    );
    const [whole] = lifecycleInput(expired, '2026-06-01').lanes;
    expect(whole!.intervals).toEqual([
      { status: 'in-force', from: '2011-02-05', to: '2026-02-06', statedTo: '2026-02-05' },
      { status: 'expired', from: '2026-02-06', to: null, statedFrom: '2026-02-05' },
    ]);
    const chart = layoutChart([whole!], { width: 800, asOf: '2026-06-01' });
    expect(chart.lanes[0]!.bars.map((b) => b.title)).toEqual([
      'Whole treaty: In force, 5 February 2011 to 5 February 2026',
      'Whole treaty: Expired, since 5 February 2026',
    ]);
  });

  it("lifecycleInput(political document with one lane) says 'Whole document' and '1 lane'", () => {
    const input = lifecycleInput(political, AS_OF);
    expect(input.lanes.map((l) => l.label)).toEqual(['Whole document']);
    // The event count is left out here: the summary says "1 events" (reported, not pinned).
    expect(input.summary).toMatch(/^Lifecycle of the Vienna Document: 1 lane \(the instrument as a whole\), /);
  });
});

describe('overviewInput(models, asOf, eventHref)', () => {
  it('overviewInput draws one unlabelled lane per instrument with all its events, linked to its page', () => {
    const input = overviewInput([bilateral, political], AS_OF);
    expect(input.lanes.map((l) => [l.key, l.instrument, l.party, l.label, l.shortLabel, l.href, l.labelled])).toEqual([
      ['ex', 'ex', 'all-parties', 'Examples', 'Examples', '/treaties/ex/', false],
      ['vd', 'vd', 'all-parties', 'Examples', 'Examples', '/treaties/vd/', false],
    ]);
    expect(input.lanes[0]!.events.map((e) => [e.index, e.href])).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((i) => [i, `#${bilateral.data.events[i]!.id}`]),
    );
    expect(input.lanes[0]!.intervals).toEqual([
      { status: 'not-in-force', from: '1990-11-19', to: '1992-11-09' },
      { status: 'in-force', from: '1992-11-09', to: null },
    ]);
    expect(input.summary).toBe(
      'Timeline of 2 instruments and 8 events, as of 1 January 2026: one lane per instrument, coloured by its status.',
    );
    expect(overviewInput([political], AS_OF, (id, e) => `/${id}/${e}`).lanes[0]!.events[0]!.href).toBe(
      `/vd/${political.data.events[0]!.id}`,
    );
  });
});

describe('partyInput(models, party, asOf, eventHref)', () => {
  it("partyInput(models, 'SU') has one lane per instrument the party has a lane in, with the events that name it", () => {
    const input = partyInput([political, bilateral], 'SU', AS_OF);
    expect(input.lanes.map((l) => [l.key, l.instrument, l.party, l.label, l.href, l.labelled])).toEqual([
      ['ex', 'ex', 'SU', 'Examples', '/treaties/ex/', true],
    ]);
    // The succession names the Soviet Union as its predecessor.
    expect(input.lanes[0]!.events.map((e) => [e.index, e.href])).toEqual([
      [0, `#${bilateral.data.events[0]!.id}`],
      [1, `#${bilateral.data.events[1]!.id}`],
    ]);
    expect(input.lanes[0]!.intervals).toEqual([
      { status: 'signed', from: '1990-11-19', to: '1991-12-25' },
      { status: 'dissolved', from: '1991-12-25', to: null },
    ]);
    expect(input.summary).toBe(
      'Soviet Union in 1 instrument: one lane with its status over time, 2 events, as of 1 January 2026.',
    );
  });

  it("partyInput(models, 'RU') leaves out the group events on Russia's lane and counts the instruments", () => {
    const input = partyInput([bilateral, contested], 'RU', AS_OF, (id, eventId) => `${id}:${eventId}`);
    expect(input.lanes.map((l) => l.events.map((e) => e.href))).toEqual([
      [1, 3, 5, 6].map((i) => `ex:${bilateral.data.events[i]!.id}`),
      [0, 2, 3].map((i) => `ns:${contested.data.events[i]!.id}`),
    ]);
    expect(input.summary).toBe(
      'Russia in 2 instruments: one lane each with its status over time, 7 events, as of 1 January 2026.',
    );
  });
});

describe('lifecycleInput(model, asOf) for groups and several contesting parties', () => {
  const allies = model(
    'al',
    [
      event('2000', 'signed', ['US', 'nato-allies']),
      event('2001', 'suspended', ['nato-allies'], { contestedBy: ['RU', 'BY'] }),
      event('2002', 'suspended', ['US'], { contestedBy: ['RU', 'BY'] }),
    ],
    AS_OF,
  );

  it('lifecycleInput gives a group of parties its name as its short label, and no page', () => {
    const lane = lifecycleInput(allies, AS_OF).lanes.find((l) => l.party === 'nato-allies')!;
    expect([lane.shortLabel, lane.label, lane.href]).toEqual([
      partyName('nato-allies'),
      partyName('nato-allies'),
      undefined,
    ]);
  });

  it('lifecycleInput draws a group of states no status, only its joint acts', () => {
    const lane = lifecycleInput(allies, AS_OF).lanes.find((l) => l.party === 'nato-allies')!;
    expect(lane.intervals).toEqual([]);
    expect(lane.events.map((e) => e.date)).toEqual(['2000', '2001']);
  });

  it('lifecycleInput names every party that contests a step, joined by commas', () => {
    const lane = lifecycleInput(allies, AS_OF).lanes.find((l) => l.party === 'US')!;
    expect(lane.intervals.at(-1)).toEqual({
      status: 'suspended',
      from: '2002',
      to: null,
      contestedBy: `${partyName('RU')}, ${partyName('BY')}`,
    });
  });
});
