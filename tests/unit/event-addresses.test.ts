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

describe('where each kind of old address leads', () => {
  /**
   * Instrument a: a-1 (which took in a-old), a-2, and a removed a-gone; instrument b: b-1, an event first
   * published on a's page and since moved to b's, and b-2.
   */
  const content = [
    {
      id: 'a',
      data: instrument(
        [
          event('2000', 'signed', ['US'], { id: 'a-1', aliases: ['a-old'] }),
          event('2001', 'ratified', ['US'], { id: 'a-2' }),
        ],
        { removedEvents: [{ id: 'a-gone', note: 'Recorded twice.' }] },
      ),
    },
    {
      id: 'b',
      data: instrument([
        event('2000', 'signed', ['RU'], { id: 'b-1' }),
        event('2001', 'signed', ['RU'], { id: 'b-2' }),
      ]),
    },
  ];
  const resolve = idResolver(content);
  const a1 = { kind: 'event', instrument: 'a', index: 0, id: 'a-1' } as const;
  const b1 = { kind: 'event', instrument: 'b', index: 0, id: 'b-1' } as const;
  const gone = { kind: 'removed', instrument: 'a', note: 'Recorded twice.' } as const;
  /** The last release with index anchors: a's third index meant an event that no name leads to any more. */
  const legacy: LegacyIndex = { release: 'test', instruments: { a: ['a-1', 'a-gone', 'a-lost'], b: ['b-1'] } };

  it("idResolver leads a removed event's id to its note, on the page of its instrument", () => {
    expect([resolve('a-gone'), resolve('a-old'), resolve('b-1'), resolve('a-lost')]).toEqual([gone, a1, b1, undefined]);
  });

  it('legacyEventId reads only a whole "instrument:index" address of an instrument the table has', () => {
    const table: LegacyIndex = {
      release: 'test',
      instruments: { inf: Array.from({ length: 12 }, (_, i) => `inf-${i}`) },
    };
    expect(
      ['inf:0', 'inf:11', 'inf:12', 'x:0', 'see inf:3', 'inf:3x', 'inf:', ':3'].map((v) => legacyEventId(table, v)),
    ).toEqual(['inf-0', 'inf-11', undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('treatyOldAnchors: a page answers its index anchors, and the ids first published on it that now name something else', () => {
    const published = { 'a-1': 'a', 'a-old': 'a', 'a-gone': 'a', 'b-1': 'a', 'b-2': 'b', 'a-lost': 'a' };
    expect(treatyOldAnchors('a', legacy, published, resolve)).toEqual([
      { anchor: 'event-0', to: a1 },
      { anchor: 'event-1', to: gone },
      { anchor: 'a-old', to: a1 },
      { anchor: 'a-gone', to: gone },
      { anchor: 'b-1', to: b1 },
    ]);
    // b-1 was first published on a's page: b's own page need not answer it; no index anchors were ever on c's.
    expect(treatyOldAnchors('b', legacy, published, resolve)).toEqual([{ anchor: 'event-0', to: b1 }]);
    expect(treatyOldAnchors('c', legacy, published, resolve)).toEqual([]);
  });

  it('crossOldAnchors names each index anchor by its instrument, leaving out those that lead nowhere', () => {
    const cross = crossOldAnchors(legacy, resolve);
    expect(cross).toEqual([
      { anchor: 'a-event-0', to: a1 },
      { anchor: 'a-event-1', to: gone },
      { anchor: 'b-event-0', to: b1 },
    ]);
    expect(Object.fromEntries(anchorsByEvent([...cross, { anchor: 'a-old', to: a1 }]))).toEqual({
      'a-1': ['a-event-0', 'a-old'],
      'b-1': ['b-event-0'],
    });
  });

  describe('legacyForPage and legacyLookup: the old "instrument:index" addresses, as a page hands them to the browser', () => {
    const page = (id: string, ...anchors: string[]) => ({ id, events: anchors.map((anchor) => ({ anchor })) });

    it('keeps only a count where the old indices still meet the same events, the ids otherwise', () => {
      const unchanged: LegacyIndex = { release: 'test', instruments: { a: ['a-1', 'a-2'], b: ['b-1', 'b-2'] } };
      const instruments = [page('a', 'a-1', 'a-2', 'a-3'), page('b', 'b-1', 'b-0', 'b-2'), page('c', 'c-1')];
      const table = legacyForPage(unchanged, instruments, resolve);
      // a: an event added at the end; b: one inserted before its second; c: no index anchors were ever published.
      expect(table).toEqual({ a: 2, b: ['b-1', 'b-2'] });
      const lookup = legacyLookup(table, instruments);
      expect(['a:0', 'a:1', 'a:2', 'b:0', 'b:1', 'b:2', 'c:0', 'a', 'a:x'].map(lookup)).toEqual([
        'a-1',
        'a-2',
        undefined,
        'b-1',
        'b-2',
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    });

    it('leads an old index whose event was removed, or that no name leads to any more, to nothing', () => {
      const instruments = [page('a', 'a-1')];
      const table = legacyForPage(legacy, instruments, resolve);
      // Only the page's own instruments: b is not on it.
      expect(table).toEqual({ a: ['a-1', '', ''] });
      expect(['a:0', 'a:1', 'a:2', 'b:0'].map(legacyLookup(table, instruments))).toEqual([
        'a-1',
        undefined,
        undefined,
        undefined,
      ]);
    });

    it('reads nothing from a table out of step with the page, nor from anything but a whole address', () => {
      expect(['a:0', 'a:1', 'b:0'].map(legacyLookup({ a: 3, b: 1 }, [page('a', 'a-1')]))).toEqual([
        'a-1',
        undefined,
        undefined,
      ]);
      const inf = page('inf', ...Array.from({ length: 12 }, (_, i) => `inf-${i}`));
      expect(['see inf:1', 'inf:1x', 'inf:10'].map(legacyLookup({ inf: 12 }, [inf]))).toEqual([
        undefined,
        undefined,
        'inf-10',
      ]);
    });
  });
});
