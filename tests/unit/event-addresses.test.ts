import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventView } from '../../src/lib/model/event-list.ts';
import {
  anchorsByEvent,
  crossOldAnchors,
  idResolver,
  legacyEventId,
  legacyForPage,
  legacyLookup,
  treatyOldAnchors,
  type LegacyIndex,
} from '../../src/lib/site/event-addresses.ts';
import { PUBLISHED_IDS_FILE, validateContent } from '../../src/lib/content/validate-content.ts';
import { readContentFiles, readPublishedIds } from '../../src/node/content-files.ts';
import { AS_OF, CONTENT_CHECKED_ON, contentInstruments } from './content-model.ts';
import { event, instrument } from './hand-made.ts';

const FIXTURE = 'tests/fixtures/valid/example-bilateral.md';
const text = readFileSync(FIXTURE, 'utf8');
const file = (path: string, body: string) => ({ path, text: body });

/** The fixture with an earlier event written in before its first: what adding a forgotten step does to a file. */
const inserted = text.replace(
  /\nevents:\n/,
  `\nevents:\n  - id: example-bilateral-1990-10-01-statement-us\n    date: "1990-10-01"\n    type: statement\n    parties: [US]\n    description: "A step found later."\n    sources:\n      - { title: "Example", publisher: "Example", url: "https://example.org/later" }\n`,
);

describe('permanent event ids', () => {
  const before = validateContent([file(FIXTURE, text)], AS_OF).instruments[0]!;
  const after = validateContent([file(FIXTURE, inserted)], AS_OF).instruments[0]!;

  it('an event keeps its id and anchor when an earlier event is inserted before it in the file', () => {
    expect(after.data.events).toHaveLength(before.data.events.length + 1);
    before.data.events.forEach((e, i) => {
      expect(after.data.events[i + 1]!.id).toBe(e.id);
      expect(eventView(after.data, i + 1).anchor).toBe(eventView(before.data, i).anchor);
    });
  });

  it('an old index address still leads to the event it meant, not to the one now at that index', () => {
    const legacy: LegacyIndex = { release: 'test', instruments: { x: before.data.events.map((e) => e.id) } };
    const resolve = idResolver([{ id: 'x', data: after.data }]);
    expect(legacyEventId(legacy, 'x:0')).toBe(before.data.events[0]!.id);
    expect(resolve(legacyEventId(legacy, 'x:0')!)).toMatchObject({ kind: 'event', index: 1 });
    const anchors = treatyOldAnchors('x', legacy, {}, resolve);
    expect(anchors[0]).toEqual({
      anchor: 'event-0',
      to: { kind: 'event', instrument: 'x', index: 1, id: before.data.events[0]!.id },
    });
    const page = [{ id: 'x', events: after.data.events.map((e) => ({ anchor: e.id })) }];
    const table = legacyForPage(legacy, page, resolve);
    expect(table.x).toEqual(before.data.events.map((e) => e.id));
    expect(legacyLookup(table, page)('x:0')).toBe(before.data.events[0]!.id);
    expect(
      legacyLookup(legacyForPage(legacy, [{ id: 'x', events: page[0]!.events.slice(1) }], resolve), page)('x:0'),
    ).toBe(page[0]!.events[0]!.anchor);
  });

  it('validateContent refuses an id used twice across files, naming both places', () => {
    const other = text.replace('example-bilateral-1991-12-25-succeeded-2', 'example-bilateral-1990-11-19-signed-1');
    const { problems } = validateContent([file(FIXTURE, text), file('content/treaties/copy.md', other)], AS_OF);
    expect(problems.map((p) => [p.file, p.field])).toContainEqual(['content/treaties/copy.md', 'events[0].id']);
    expect(problems.find((p) => p.field === 'events[0].id')?.message).toMatch(
      /^the id "example-bilateral-1990-11-19-signed-1" is already taken/,
    );
  });

  it('validateContent fails on a published id that no longer resolves, and accepts it as an alias or a removed event', () => {
    const published = {
      'example-bilateral-1990-11-19-signed-1': 'example-bilateral',
      'gone-1990': 'example-bilateral',
    };
    const { problems } = validateContent([file(FIXTURE, text)], AS_OF, published);
    expect(problems).toEqual([expect.objectContaining({ file: PUBLISHED_IDS_FILE, field: 'gone-1990', line: 3 })]);
    expect(problems[0]!.message).toMatch(/^the published event id "gone-1990" no longer resolves/);
    const aliased = text.replace(
      'id: example-bilateral-1990-11-19-signed-1\n',
      'id: example-bilateral-1990-11-19-signed-1\n    aliases: [gone-1990]\n',
    );
    expect(validateContent([file(FIXTURE, aliased)], AS_OF, published).problems).toEqual([]);
    const removed = text.replace(
      '\nevents:\n',
      '\nremovedEvents:\n  - id: gone-1990\n    note: "Recorded twice."\nevents:\n',
    );
    expect(validateContent([file(FIXTURE, removed)], AS_OF, published).problems).toEqual([]);
  });

  it('eventSchema refuses an id in the form of an old index anchor', () => {
    const bad = text.replace('example-bilateral-1990-11-19-signed-1', 'inf-event-3');
    expect(validateContent([file(FIXTURE, bad)], AS_OF).problems[0]?.message).toMatch(/form of an old index anchor/);
  });
});

describe('the addresses of the real content', () => {
  const published = readPublishedIds(process.cwd())!;
  const legacy = JSON.parse(readFileSync('content/ids/legacy-index.json', 'utf8')) as LegacyIndex;
  const resolve = idResolver(contentInstruments);

  it('every id ever published resolves, and content/ids/published.json lists every id the content has (npm run ids)', () => {
    const { problems } = validateContent(
      readContentFiles(process.cwd(), 'content/treaties'),
      CONTENT_CHECKED_ON,
      published,
    );
    expect(problems).toEqual([]);
    for (const { data } of contentInstruments)
      for (const e of data.events)
        for (const name of [e.id, ...(e.aliases ?? [])]) expect(published, name).toHaveProperty([name]);
  });

  it('every index anchor of the last release with them leads to an event or a removed event’s note', () => {
    for (const [instrument, ids] of Object.entries(legacy.instruments)) {
      ids.forEach((id, index) => expect(resolve(id), `${instrument}:${index}`).toBeDefined());
      expect(treatyOldAnchors(instrument, legacy, published, resolve).length).toBeGreaterThanOrEqual(ids.length);
    }
    const cross = crossOldAnchors(legacy, resolve);
    expect(cross).toHaveLength(Object.values(legacy.instruments).flat().length);
    expect([...anchorsByEvent(cross).values()].flat()).toHaveLength(cross.filter((a) => a.to.kind === 'event').length);
  });

  it('idResolver(instrument()) resolves an event by its id and its aliases', () => {
    const data = instrument([event('2000', 'signed', ['US'], { id: 'a-2000', aliases: ['old-a'] })]);
    const at = idResolver([{ id: 'a', data }]);
    expect(at('a-2000')).toEqual({ kind: 'event', instrument: 'a', index: 0, id: 'a-2000' });
    expect(at('old-a')).toEqual(at('a-2000'));
    expect(at('none')).toBeUndefined();
  });
});
