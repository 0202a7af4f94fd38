import { describe, expect, it } from 'vitest';
import { atomFeed, FEED_SIZE } from '../../src/lib/open-data/atom-feed.ts';
import { event, model, SOURCE } from './hand-made.ts';

const AS_OF = '2026-01-01';
const VERSION = '2026-11-22-abcdef0';
const SITE = 'https://example.org/';

const ex = model(
  'ex',
  [
    event('1990-11-19', 'signed', ['US', 'SU'], { description: 'Signed in Paris.' }),
    event('1992', 'ratified', ['US'], { approximate: true }),
    event('2007-12-12', 'suspended', ['RU'], {
      document: 'Protocol',
      sources: [{ ...SOURCE, publisher: 'Kremlin', title: 'Decree' }],
    }),
  ],
  AS_OF,
  { shortName: 'Examples' },
);
const ab = model(
  'ab',
  [event('2007-12-12', 'statement', ['nato-allies']), event('1990-11-19', 'signed', ['FR'])],
  AS_OF,
  {
    shortName: 'Abc',
  },
);

const entries = (xml: string) => [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
const ids = (xml: string) => entries(xml).map((e) => /<id>([^<]*)<\/id>/.exec(e)![1]);

describe('atomFeed(models, asOf, siteUrl)', () => {
  const xml = atomFeed([ex, ab], AS_OF, SITE, VERSION);

  it('atomFeed lists events newest first, then by instrument id, then by place in the file', () => {
    expect(ids(xml)).toEqual([
      'https://example.org/treaties/ab/#2007-12-12-statement-nato-allies',
      'https://example.org/treaties/ex/#2007-12-12-suspended-ru',
      'https://example.org/treaties/ex/#1992-ratified-us',
      'https://example.org/treaties/ab/#1990-11-19-signed-fr',
      'https://example.org/treaties/ex/#1990-11-19-signed-us-su',
    ]);
  });

  it('atomFeed names the data version in its subtitle and links to that release of the data', () => {
    expect(xml).toMatch(/<subtitle>[^<]*Data version 2026-11-22-abcdef0\.<\/subtitle>/);
    expect(xml).toContain(
      '<link rel="related" type="application/json" href="https://example.org/data/releases/2026-11-22-abcdef0/treaties.json" title="Data version 2026-11-22-abcdef0">',
    );
  });

  it('atomFeed keeps the Atom id of an entry first published under an index anchor, and links it by its permanent id', () => {
    const old = atomFeed([ex], AS_OF, SITE, VERSION, (instrument, id) =>
      id === '1992-ratified-us' ? `/treaties/${instrument}/#event-1` : undefined,
    );
    expect(ids(old)).toEqual([
      'https://example.org/treaties/ex/#2007-12-12-suspended-ru',
      'https://example.org/treaties/ex/#event-1',
      'https://example.org/treaties/ex/#1990-11-19-signed-us-su',
    ]);
    expect(entries(old)[1]).toContain('href="https://example.org/treaties/ex/#1992-ratified-us"');
  });

  it("atomFeed gives an entry its title, day, links to the event and each state's page, summary and category", () => {
    expect(entries(xml)[1]).toBe(
      '<id>https://example.org/treaties/ex/#2007-12-12-suspended-ru</id>' +
        '<title>Examples: Suspended (Protocol) — Russia, 12 December 2007</title>' +
        '<updated>2007-12-12T00:00:00Z</updated>' +
        '<link rel="alternate" type="text/html" href="https://example.org/treaties/ex/#2007-12-12-suspended-ru"></link>' +
        '<link rel="related" type="text/html" href="https://example.org/parties/ru/" title="Russia"></link>' +
        '<summary>suspended on 2007-12-12. Source: Kremlin, “Decree”.</summary>' +
        '<category term="suspended" label="Suspended"></category>',
    );
  });

  it('atomFeed writes an approximate date with "c." and a year-only date from its first day', () => {
    const entry = entries(xml)[2]!;
    expect(entry).toContain('<title>Examples: Ratified — United States, c. 1992</title>');
    expect(entry).toContain('<updated>1992-01-01T00:00:00Z</updated>');
  });

  it('atomFeed links a group of parties to no page, and every state that acted to its own', () => {
    expect(entries(xml)[0]).not.toContain('rel="related"');
    expect(entries(xml)[4]!.match(/rel="related"[^>]*href="([^"]+)"/g)).toEqual([
      'rel="related" type="text/html" href="https://example.org/parties/us/"',
      'rel="related" type="text/html" href="https://example.org/parties/su/"',
    ]);
  });

  it("atomFeed's feed has its id, the as-of day, its own and the site's links", () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><id>https://example.org/feed.xml</id>',
      ),
    ).toBe(true);
    expect(xml).toContain('<updated>2026-01-01T00:00:00Z</updated>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"></link>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://example.org/"></link>');
    expect(xml.endsWith('</feed>\n')).toBe(true);
  });

  it('atomFeed carries the latest FEED_SIZE events only', () => {
    const many = model(
      'many',
      Array.from({ length: FEED_SIZE + 5 }, (_, n) => event(String(1950 + n), 'statement', ['US'])),
      AS_OF,
    );
    const feed = atomFeed([many], AS_OF, SITE, VERSION);
    expect(FEED_SIZE).toBe(50);
    expect(entries(feed)).toHaveLength(50);
    expect(ids(feed)[0]).toBe(`https://example.org/treaties/many/#${1950 + FEED_SIZE + 4}-statement-us`);
    expect(ids(feed).at(-1)).toBe('https://example.org/treaties/many/#1955-statement-us');
  });
});
