import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { partyInput } from '../../src/lib/chart/chart-lanes.ts';
import { instrumentModel } from '../../src/lib/instrument-summary.ts';
import { dataJsonSchema, PARTIES_SCHEMA_POINTER } from '../../src/lib/open-data/data-schema.ts';
import { partiesExport } from '../../src/lib/open-data/parties-export.ts';
import { actingStates, stateSections } from '../../src/lib/party/acting-states.ts';
import { namesParty } from '../../src/lib/party/party-events.ts';
import { partyPage } from '../../src/lib/party/party-page.ts';
import { partyFromSlug, partyPath } from '../../src/lib/routes.ts';
import { validateContent } from '../../src/lib/validate-content.ts';
import { readContentFiles } from '../../src/node/content-files.ts';

const AS_OF = '2026-11-22';
const SITE = 'https://example.org/';
const { instruments } = validateContent(readContentFiles(process.cwd(), 'content/treaties'), AS_OF);
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

  it("partyPage(content, 'CS') names the Czech Republic and Slovakia as its successors, and the Czech Republic's page names Czechoslovakia", () => {
    expect(partyPage(models, 'CS', AS_OF, withPages).relations).toContainEqual({
      label: 'Successor states',
      parties: [
        { name: 'Czech Republic', href: '/parties/cz/' },
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

  it("partyPage(content, 'RU') answers as of the day: the Vienna Document in force, the CFE Treaty ended", () => {
    const groups = partyPage(models, 'RU', AS_OF, withPages).asOf.groups;
    const titled = (title: string) => groups.find((g) => g.title === title)?.entries.map((e) => e.shortName) ?? [];
    expect(titled('In force')).toContain('Vienna Document');
    expect(titled('Ended')).toContain('CFE Treaty');
  });

  it('partyPage(content, state) lists every event that names the state, once, for every state', () => {
    for (const { party } of states) {
      const page = partyPage(models, party, AS_OF, withPages);
      const listed = page.years.flatMap((y) => y.events.map((e) => e.anchor));
      const expected = models.flatMap((m) =>
        m.data.events.flatMap((e, index) => (namesParty(e, party) ? [`${m.id}-event-${index}`] : [])),
      );
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
    expect(cfe.events.every((e) => e.parties.includes('RU') || e.href.startsWith('#cfe-event-'))).toBe(true);
  });

  it("partyInput(content, 'SU') ends the Soviet Union's lanes at the successions", () => {
    const abm = partyInput(models, 'SU', AS_OF).lanes.find((l) => l.key === 'abm')!;
    expect(abm.intervals.at(-1)).toMatchObject({ status: 'dissolved', to: null });
  });
});

describe('partiesExport(models, states, asOf, site)', () => {
  const data = JSON.parse(JSON.stringify(partiesExport(models, states, AS_OF, SITE)));
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
    const xml = atomFeed(models, AS_OF, SITE);
    const related = [...xml.matchAll(/<link rel="related" type="text\/html" href="([^"]+)"/g)].map((m) => m[1]);
    expect(related.length).toBeGreaterThan(0);
    for (const href of related) expect(href).toMatch(/^https:\/\/example\.org\/parties\/[a-z]{2}\/$/);
    expect(related).toContain('https://example.org/parties/ru/');
  });
});
