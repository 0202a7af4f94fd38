import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { changesFeed } from '../../src/lib/releases/changes-feed.ts';
import { changeView, eventLine, fieldValue, versionChangesView } from '../../src/lib/releases/changes-view.ts';
import { dataDiff, snapshotOf } from '../../src/lib/releases/data-diff.ts';
import { event, instrument } from './hand-made.ts';

const SITE = 'https://example.org/';
const SIGNED = event('1987-12-09', 'signed', ['US', 'SU'], { id: 'inf-signed' });
const CORRECTION = { date: '2026-12-07', note: 'The treaty text is dated 8 December <not 9> & says so.' };
const older = snapshotOf(
  [{ id: 'inf', data: instrument([SIGNED], { shortName: 'INF Treaty' }) }],
  '2026-12-01-aaaaaaa',
  '2026-12-01',
);
const newer = snapshotOf(
  [
    {
      id: 'inf',
      data: instrument(
        [
          { ...SIGNED, date: '1987-12-08', corrections: [CORRECTION] },
          event('1988-05-28', 'ratified', ['SU'], { id: 'inf-ratified-su' }),
        ],
        { shortName: 'INF Treaty' },
      ),
    },
  ],
  '2026-12-07-bbbbbbb',
  '2026-12-07',
);
const history = [dataDiff(older, newer)];

describe('versionChangesView(changes) and changeView(change)', () => {
  const view = versionChangesView(history[0]!);

  it('versionChangesView groups corrections before additions, under the version and its anchor', () => {
    expect(view.anchor).toBe('version-2026-12-07-bbbbbbb');
    expect(view.date).toBe('2026-12-07');
    expect(view.heading).toBe('Version 2026-12-07-bbbbbbb, compared with 2026-12-01-aaaaaaa');
    expect(view.groups.map((g) => [g.title, g.changes.map((c) => c.id)])).toEqual([
      ['Corrected', ['inf-signed']],
      ['Added', ['inf-ratified-su']],
    ]);
  });

  it('changeView says the corrected date in words, old → new, with the note and the day it was made', () => {
    expect(changeView(history[0]!.changes[0]!)).toEqual({
      kind: 'changed',
      id: 'inf-signed',
      instrument: 'INF Treaty',
      line: '8 December 1987: Signed — United States, Soviet Union',
      href: '/treaties/inf/#inf-signed',
      fields: [{ label: 'Date', from: '9 December 1987', to: '8 December 1987' }],
      reasons: ['The treaty text is dated 8 December <not 9> & says so. (corrected 7 December 2026)'],
    });
  });

  it('eventLine(event) words its date as every view does: "c." when approximate, "by" when known only by then', () => {
    const event = { id: 'x', date: '2004-07-07', type: 'ratified', parties: ['BY'] };
    expect(eventLine(event)).toMatch(/^7 July 2004/);
    expect(eventLine({ ...event, notAfter: true })).toMatch(/^by 7 July 2004/);
    expect(eventLine({ ...event, date: '1991', approximate: true })).toMatch(/^c\. 1991/);
  });

  it('fieldValue(field, value) says types, parties, sources and flags in words, and anything unknown as JSON', () => {
    expect(fieldValue('type', 'withdrawn')).toBe('Withdrawn');
    expect(fieldValue('parties', ['RU', 'all-parties'])).toBe('Russia, All parties');
    expect(fieldValue('approximate', true)).toBe('yes');
    expect(fieldValue('document', undefined)).toBe('(none)');
    expect(fieldValue('sources', [{ publisher: 'P', title: 'T', url: 'https://x.org/' }])).toBe(
      'P, “T”, https://x.org/.',
    );
    expect(fieldValue('somethingNew', { a: 1 })).toBe('{"a":1}');
  });
});

describe('changesFeed(history, day, siteUrl)', () => {
  const xml = changesFeed(history, '2026-12-07', SITE);
  const feed = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'entry' || name === 'link',
  }).parse(xml).feed;

  it('changesFeed is well-formed XML that parses', () => expect(XMLValidator.validate(xml)).toBe(true));

  it('changesFeed has the elements Atom requires, and one entry per event change', () => {
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const key of ['id', 'title', 'updated', 'author']) expect(feed[key]).toBeDefined();
    expect(feed.id).toBe('https://example.org/changes.xml');
    expect(feed.updated).toBe('2026-12-07T00:00:00Z');
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      'https://example.org/changes/#version-2026-12-07-bbbbbbb-changed-inf-signed',
      'https://example.org/changes/#version-2026-12-07-bbbbbbb-added-inf-ratified-su',
    ]);
  });

  it('changesFeed gives the correction its old → new value and its note, escaped, and links to the event', () => {
    const [entry] = feed.entry;
    expect(entry.title).toBe(
      'INF Treaty: corrected in version 2026-12-07-bbbbbbb — 8 December 1987: Signed — United States, Soviet Union',
    );
    expect(entry.summary).toBe(
      'Date: 9 December 1987 → 8 December 1987 · Why: The treaty text is dated 8 December <not 9> & says so. (corrected 7 December 2026)',
    );
    expect(entry.link[0]['@_href']).toBe('https://example.org/treaties/inf/#inf-signed');
    expect(entry.updated).toBe('2026-12-07T00:00:00Z');
    expect(xml).not.toContain('<not 9>');
  });

  it('changesFeed with nothing to compare has no entries and is dated by the current version', () => {
    const empty = new XMLParser().parse(changesFeed([], '2026-12-01', SITE)).feed;
    expect(empty.entry).toBeUndefined();
    expect(empty.updated).toBe('2026-12-01T00:00:00Z');
  });
});
