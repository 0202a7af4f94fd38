import { CONTENT_CHECKED_ON } from './content-model.ts';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { partyInput } from '../../src/lib/chart/chart-lanes.ts';
import { instrumentModel } from '../../src/lib/model/instrument-summary.ts';
import { dataJsonSchema, PARTIES_SCHEMA_POINTER } from '../../src/lib/open-data/data-schema.ts';
import { partiesExport } from '../../src/lib/open-data/parties-export.ts';
import { actingStates, stateSections } from '../../src/lib/party/acting-states.ts';
import { namesParty } from '../../src/lib/party/party-events.ts';
import { partyPage } from '../../src/lib/party/party-page.ts';
import { partyName } from '../../src/lib/model/parties.ts';
import { formatDate } from '../../src/lib/model/dates.ts';
import { partyFromSlug, partyPath } from '../../src/lib/site/routes.ts';
import { STATUS_GROUPS } from '../../src/lib/model/statuses.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { readContentFiles } from '../../src/node/content-files.ts';
import { BILATERAL, event, model } from './hand-made.ts';

const AS_OF = '2026-11-22';
const VERSION = '2026-11-22-abcdef0';
const SITE = 'https://example.org/';
const { instruments } = validateContent(readContentFiles(process.cwd(), 'content/treaties'), CONTENT_CHECKED_ON);
const models = instruments.map((i) => instrumentModel(i.id, i.data, AS_OF));
const states = actingStates(models);
const withPages = new Set(states.map((s) => s.party));

describe('routes', () => {
  it("partyPath('RU') is '/parties/ru/', and partyFromSlug('ru') reads it back", () => {
    expect(partyPath('RU')).toBe('/parties/ru/');
    expect(partyFromSlug('ru')).toBe('RU');
  });

  it("partyPath('nato-allies') is undefined: a group of parties has no page", () => {
    expect(partyPath('nato-allies')).toBeUndefined();
    expect(partyPath('all-parties')).toBeUndefined();
    expect(partyFromSlug('nato-allies')).toBeUndefined();
  });
});

describe('actingStates(models)', () => {
  it('actingStates(content) lists every state an event names, and no group', () => {
    const named = new Set(
      models.flatMap((m) => m.data.events.flatMap((e) => [...e.parties, ...(e.predecessor ? [e.predecessor] : [])])),
    );
    const expected = [...named].filter((p) => p !== 'all-parties' && p !== 'nato-allies').sort();
    expect(states.map((s) => s.party).sort()).toEqual(expected);
  });

  it('actingStates(content) counts for Russia the events that name it, in the instruments it acted in', () => {
    const russia = states.find((s) => s.party === 'RU')!;
    expect(russia.events).toBe(models.reduce((n, m) => n + m.data.events.filter((e) => namesParty(e, 'RU')).length, 0));
    expect(russia.instruments).toContain('cfe');
    expect(russia.historical).toBe(false);
  });

  it('stateSections(states) puts the Soviet Union and Czechoslovakia among the states that no longer exist', () => {
    const [current, historical] = stateSections(states);
    expect(historical!.states.map((s) => s.party)).toEqual(expect.arrayContaining(['SU', 'CS']));
    expect(current!.states.map((s) => s.party)).not.toContain('SU');
  });
});

describe('partyPage(models, party, asOf, withPages)', () => {
  it("partyPage(content, 'SU') links to Russia as its continuing state, and Russia's page links back", () => {
    expect(partyPage(models, 'SU', AS_OF, withPages).relations[0]).toEqual({
      label: 'Continued by',
      parties: [{ name: 'Russia', href: '/parties/ru/' }],
    });
    expect(partyPage(models, 'RU', AS_OF, withPages).relations).toContainEqual({
      label: 'Continues',
      parties: [{ name: 'Soviet Union', href: '/parties/su/' }],
    });
  });

  it("partyPage(content, 'CS') names Czechia and Slovakia as its successors, and Czechia's page names Czechoslovakia", () => {
    expect(partyPage(models, 'CS', AS_OF, withPages).relations).toContainEqual({
      label: 'Successor states',
      parties: [
        { name: 'Czechia', href: '/parties/cz/' },
        { name: 'Slovakia', href: '/parties/sk/' },
      ],
    });
    expect(partyPage(models, 'CZ', AS_OF, withPages).relations).toContainEqual({
      label: 'Successor of',
      parties: [{ name: 'Czechoslovakia', href: '/parties/cs/' }],
    });
  });

  it("partyPage(content, 'RU') gives the CFE Treaty's key dates and says Russia withdrew", () => {
    const cfe = partyPage(models, 'RU', AS_OF, withPages).instruments.find((row) => row.id === 'cfe');
    expect(cfe).toMatchObject({
      joined: 'Ratified 3 September 1992',
      inForce: 'In force 9 November 1992',
      ended: 'Withdrawn 7 November 2023',
      status: 'withdrawn',
      href: '/treaties/cfe/',
    });
  });

  it("partyPage(content, state) dates each expiry on its own day, as the treaty's page and the event list do", () => {
    const ended = (party: 'US' | 'RU' | 'BY' | 'SU', id: string) =>
      partyPage(models, party, AS_OF, withPages).instruments.find((r) => r.id === id)?.ended;
    expect([ended('US', 'salt-i'), ended('US', 'start-i'), ended('US', 'new-start')]).toEqual([
      'Expired 3 October 1977',
      'Expired 5 December 2009',
      'Expired 5 February 2026',
    ]);
    expect([ended('SU', 'salt-i'), ended('RU', 'start-i'), ended('RU', 'new-start'), ended('BY', 'start-i')]).toEqual([
      'Expired 3 October 1977',
      'Expired 5 December 2009',
      'Expired 5 February 2026',
      'Expired 5 December 2009',
    ]);
  });

  it('partyPage(content, state) ends a state with its instrument on the day the instrument itself ended, for every state', () => {
    for (const { party } of states)
      for (const row of partyPage(models, party, AS_OF, withPages).instruments) {
        const instrument = models.find((m) => m.id === row.id)!;
        if (row.status !== instrument.status || !instrument.keyDates.ended) continue;
        expect(row.ended, `${party} ${row.id}`).toMatch(new RegExp(` ${formatDate(instrument.keyDates.ended)}$`));
      }
  });

  it("partyPage(content, 'RU') answers as of the day: the Vienna Document in force, the CFE Treaty ended", () => {
    const groups = partyPage(models, 'RU', AS_OF, withPages).asOf.groups;
    const titled = (title: string) => groups.find((g) => g.title === title)?.entries.map((e) => e.shortName) ?? [];
    expect(titled('In force or in effect')).toContain('Vienna Document');
    expect(titled('Ended')).toContain('CFE Treaty');
  });

  it('partyPage(content, state) lists every event that names the state, once, for every state', () => {
    for (const { party } of states) {
      const page = partyPage(models, party, AS_OF, withPages);
      const listed = page.years.flatMap((y) => y.events.map((e) => e.anchor));
      const expected = models.flatMap((m) => m.data.events.flatMap((e) => (namesParty(e, party) ? [e.id] : [])));
      expect([...listed].sort(), party).toEqual([...expected].sort());
      expect(page.eventCount).toBe(expected.length);
    }
  });
});

describe('partyInput(models, party, asOf)', () => {
  it("partyInput(content, 'RU') has one lane per instrument in which Russia has a lane, each with Russia's own intervals", () => {
    const input = partyInput(models, 'RU', AS_OF);
    expect(input.lanes.map((l) => l.key)).toEqual(
      models.filter((m) => m.lifecycle.lanes.some((l) => l.party === 'RU')).map((m) => m.id),
    );
    const cfe = input.lanes.find((l) => l.key === 'cfe')!;
    expect(cfe.intervals.map((i) => i.status)).toEqual(['ratified', 'in-force', 'suspended', 'withdrawn']);
    expect(cfe.href).toBe('/treaties/cfe/');
    expect(cfe.events.every((e) => e.parties.includes('RU') || e.href.startsWith('#cfe-'))).toBe(true);
  });

  it("partyInput(content, 'SU') ends the Soviet Union's lanes at the successions", () => {
    const abm = partyInput(models, 'SU', AS_OF).lanes.find((l) => l.key === 'abm')!;
    expect(abm.intervals.at(-1)).toMatchObject({ status: 'dissolved', to: null });
  });
});

describe('partiesExport(models, states, asOf, site)', () => {
  const data = JSON.parse(JSON.stringify(partiesExport(models, states, AS_OF, SITE, '2026-11-22-abcdef0')));
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(dataJsonSchema(SITE));
  const validate = ajv.getSchema(`${new URL('/data/schema.json', SITE).href}${PARTIES_SCHEMA_POINTER}`)!;

  it('partiesExport validates against $defs.parties of /data/schema.json', () => {
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('partiesExport that breaks the schema is refused by it', () => {
    const broken = structuredClone(data);
    broken.parties[0].instruments[0].intervals[0].status = 'vanished';
    expect(validate(broken)).toBe(false);
  });

  it("partiesExport gives Russia's CFE intervals as the lifecycle model derives them", () => {
    const russia = data.parties.find((p: { code: string }) => p.code === 'RU');
    const cfe = russia.instruments.find((i: { id: string }) => i.id === 'cfe');
    const lane = models.find((m) => m.id === 'cfe')!.lifecycle.lanes.find((l) => l.party === 'RU')!;
    expect(cfe.intervals).toEqual(lane.intervals.map(({ status, from, to }) => ({ status, from, to })));
    expect(cfe.status).toBe('withdrawn');
    expect(data.parties.find((p: { code: string }) => p.code === 'SU').continuedBy).toBe('RU');
  });
});

describe('atomFeed(models, asOf, site) and party pages', () => {
  it("atomFeed links each entry to the page of every state that acted, and never to a group's", async () => {
    const { atomFeed } = await import('../../src/lib/open-data/atom-feed.ts');
    const xml = atomFeed(models, AS_OF, SITE, VERSION);
    const related = [...xml.matchAll(/<link rel="related" type="text\/html" href="([^"]+)"/g)].map((m) => m[1]);
    expect(related.length).toBeGreaterThan(0);
    for (const href of related) expect(href).toMatch(/^https:\/\/example\.org\/parties\/[a-z]{2}\/$/);
    expect(related).toContain('https://example.org/parties/ru/');
  });
});

describe('partyPage(models, party, asOf, withPages) on hand-made instruments', () => {
  const DAY = '2026-01-01';
  const ex = model('ex', BILATERAL, DAY);
  const cz = model(
    'cz',
    [event('1990', 'signed', ['CS', 'all-parties']), event('1993-01-01', 'succeeded', ['CZ'], { predecessor: 'CS' })],
    DAY,
  );
  const vd = model('vd', [event('1990', 'adopted', ['all-parties']), event('1991', 'statement', ['RU'])], DAY, {
    kind: 'political',
    shortName: 'VD',
  });
  const said = model('sd', [event('2000', 'statement', ['RU'])], DAY, { shortName: 'Said' });
  const pages = new Set(['RU', 'SU', 'US', 'CS'] as const);

  it("partyPage(…, 'RU') gives Russia's place in each instrument: its first step, entry into force, end and status", () => {
    const page = partyPage([ex], 'RU', DAY, pages);
    expect([page.party, page.name, page.eventCount]).toEqual(['RU', partyName('RU'), 4]);
    expect(page.instruments).toEqual([
      {
        id: 'ex',
        shortName: 'Examples',
        name: 'Treaty on Examples',
        href: '/treaties/ex/',
        joined: 'Succession 25 December 1991',
        inForce: 'In force 9 November 1992',
        ended: 'Withdrawn 7 November 2023',
        status: 'withdrawn',
        statusLabel: 'Withdrawn',
        statusInSentence: 'withdrawn',
      },
    ]);
    expect(page.asOf).toEqual({
      day: DAY,
      groups: [
        {
          title: STATUS_GROUPS.ended.label,
          entries: [{ shortName: 'Examples', href: '/treaties/ex/', detail: 'withdrawn' }],
        },
      ],
    });
  });

  it("partyPage(…, 'RU') lists Russia's events by year, each anchored by its permanent id", () => {
    const { years } = partyPage([ex], 'RU', DAY, pages);
    expect(
      years.map((y) => [
        y.year,
        y.events.map((e) => [e.anchor, e.instrument, e.instrumentName, e.instrumentHref, e.type]),
      ]),
    ).toEqual([
      [1991, [[ex.data.events[1]!.id, 'ex', 'Examples', '/treaties/ex/', 'succeeded']]],
      [1992, [[ex.data.events[3]!.id, 'ex', 'Examples', '/treaties/ex/', 'ratified']]],
      [2007, [[ex.data.events[5]!.id, 'ex', 'Examples', '/treaties/ex/', 'suspended']]],
      [2023, [[ex.data.events[6]!.id, 'ex', 'Examples', '/treaties/ex/', 'withdrawn']]],
    ]);
  });

  it("partyPage(…, 'RU') says Russia continues the Soviet Union, and the Soviet Union's page says it is continued by Russia", () => {
    expect(partyPage([ex], 'RU', DAY, pages).relations).toEqual([
      { label: expect.any(String), parties: [{ name: partyName('SU'), href: '/parties/su/' }] },
    ]);
    const su = partyPage([ex], 'SU', DAY, new Set(['SU'] as const));
    // Without a page of its own, Russia is named, not linked.
    expect(su.relations).toEqual([{ label: expect.any(String), parties: [{ name: partyName('RU') }] }]);
    expect(su.relations[0]!.label).not.toBe(partyPage([ex], 'RU', DAY, pages).relations[0]!.label);
  });

  it("partyPage(…, 'SU') dates the Soviet Union's end at its dissolution, and it never bound it in force", () => {
    const [row] = partyPage([ex], 'SU', DAY, pages).instruments;
    expect(row).toMatchObject({
      joined: 'Signed 19 November 1990',
      inForce: '',
      ended: 'State dissolved 25 December 1991',
      status: 'dissolved',
    });
  });

  it('partyPage names the successors of a state that split, and the state each succeeded', () => {
    const cs = partyPage([cz], 'CS', DAY, pages);
    const czech = partyPage([cz], 'CZ', DAY, pages);
    expect(cs.relations).toEqual([{ label: expect.any(String), parties: [{ name: partyName('CZ') }] }]);
    expect(czech.relations).toEqual([
      { label: expect.any(String), parties: [{ name: partyName('CS'), href: '/parties/cs/' }] },
    ]);
    expect(new Set([cs.relations[0]!.label, czech.relations[0]!.label]).size).toBe(2);
  });

  it('partyPage shows a political document in effect, and leaves out of the groups an instrument the state has no status in', () => {
    const page = partyPage([vd, said], 'RU', DAY, pages);
    expect(page.instruments.map((r) => [r.id, r.joined, r.ended, r.status, r.statusLabel])).toEqual([
      ['vd', 'Adopted 1990', '', 'in-force', 'In effect'],
      ['sd', '', '', 'not-signed', 'Not signed'],
    ]);
    // The date it took effect; its words ("In force", not "In effect", for a political document) are left unpinned.
    expect(page.instruments.map((r) => r.inForce.endsWith(' 1990'))).toEqual([true, false]);
    expect(page.instruments[1]!.inForce).toBe('');
    expect(page.asOf.groups).toEqual([
      {
        title: STATUS_GROUPS['in-force'].label,
        entries: [{ shortName: 'VD', href: '/treaties/vd/', detail: 'in effect' }],
      },
    ]);
  });

  it("partyPage words each instrument's status by its own kind: a political document after a treaty is 'in effect'", () => {
    const page = partyPage([ex, vd], 'RU', '2000-01-01', pages);
    expect(page.asOf.groups.flatMap((g) => g.entries.map((e) => [e.shortName, e.detail]))).toEqual([
      ['Examples', 'in force'],
      ['VD', 'in effect'],
    ]);
  });

  it('partyPage names the successors of a state by name, whatever the order of their successions', () => {
    const split = model(
      'sp',
      [
        event('1990', 'ratified', ['CS']),
        event('1993-01-01', 'succeeded', ['SK'], { predecessor: 'CS' }),
        event('1993-01-02', 'succeeded', ['CZ'], { predecessor: 'CS' }),
      ],
      DAY,
    );
    const names = [partyName('CZ'), partyName('SK')].sort((a, b) => a.localeCompare(b, 'en-GB'));
    expect(partyPage([split], 'CS', DAY, pages).relations.map((r) => r.parties.map((p) => p.name))).toEqual([names]);
  });

  it('partyPage leaves out instruments without a lane of the state, and counts the rest in its description', () => {
    const page = partyPage([cz, ex, said], 'RU', DAY, pages);
    expect(page.instruments.map((r) => r.id)).toEqual(['ex', 'sd']);
    expect(page.eventCount).toBe(5);
    expect(page.description).toContain(partyName('RU'));
    expect(page.description).toContain('5 events');
    expect(page.description).toContain('1 January 2026');
    // The count is of those covered here, not of every instrument in the world.
    expect(page.description).toContain(
      'has steps of its own recorded in 2 of the 3 arms-control instruments covered here',
    );
  });
});
