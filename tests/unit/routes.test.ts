import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  inEdition,
  PARTIES_PATH,
  partyEmbedPath,
  partyFromSlug,
  partyOembedPath,
  partyPath,
  partySlug,
  timelineEmbedPath,
  timelinePath,
  treatyEventPath,
  treatyPath,
} from '../../src/lib/site/routes.ts';

describe('timelinePath(page) and timelineEmbedPath(page)', () => {
  it("timelinePath(1) is '/' and timelinePath(2) '/timeline/2/'; their embeds are '/embed/' and '/embed/timeline/2/'", () => {
    expect([timelinePath(1), timelinePath(2), timelinePath(10)]).toEqual(['/', '/timeline/2/', '/timeline/10/']);
    expect([timelineEmbedPath(1), timelineEmbedPath(2)]).toEqual(['/embed/', '/embed/timeline/2/']);
  });
});

describe('treatyPath(id) and treatyEventPath(id, eventId)', () => {
  it("treatyPath('inf') is '/treaties/inf/' and treatyEventPath('inf', 'inf-1987-12-08-signed') names the event by its id", () => {
    expect(treatyPath('inf')).toBe('/treaties/inf/');
    expect(treatyEventPath('inf', 'inf-1987-12-08-signed')).toBe('/treaties/inf/#inf-1987-12-08-signed');
  });
});

describe('partySlug(party) and partyFromSlug(slug)', () => {
  it("partySlug('RU') is 'ru', and partySlug('all-parties') is undefined", () => {
    expect(partySlug('RU')).toBe('ru');
    expect(partySlug('SU')).toBe('su');
    expect(partySlug('all-parties')).toBeUndefined();
    expect(partySlug('nato-allies')).toBeUndefined();
  });

  it("partyFromSlug('ru') is 'RU'; partyFromSlug('RU'), partyFromSlug('nato-allies') and partyFromSlug('xx') are undefined", () => {
    expect(partyFromSlug('ru')).toBe('RU');
    expect(partyFromSlug('cs')).toBe('CS');
    expect(partyFromSlug('RU')).toBeUndefined();
    expect(partyFromSlug('nato-allies')).toBeUndefined();
    expect(partyFromSlug('all-parties')).toBeUndefined();
    expect(partyFromSlug('xx')).toBeUndefined();
  });
});

describe('partyPath, partyEmbedPath and partyOembedPath(party)', () => {
  it("partyPath('US'), partyEmbedPath('US') and partyOembedPath('US') are the state's three addresses", () => {
    expect(PARTIES_PATH).toBe('/parties/');
    expect(partyPath('US')).toBe('/parties/us/');
    expect(partyEmbedPath('US')).toBe('/embed/parties/us/');
    expect(partyOembedPath('US')).toBe('/oembed/parties/us.json');
  });

  it("partyPath, partyEmbedPath and partyOembedPath('all-parties') are undefined: a group has no page", () => {
    expect(partyPath('all-parties')).toBeUndefined();
    expect(partyEmbedPath('all-parties')).toBeUndefined();
    expect(partyOembedPath('nato-allies')).toBeUndefined();
  });
});

describe('routes.ts decides every site path', () => {
  /** Files that still write a path of their own: being rewritten elsewhere, until the headless explorer lands. */
  const PENDING = ['src/lib/explorer/lane-pages.ts'];
  /** A site path in a string: '/treaties/…', "/data/…", `/embed/…`, '/feed.xml', '/embed.js'. */
  const PATH =
    /['"`]\/(treaties|parties|states|data|embed|oembed|events|timeline|changes|about)[/.'"`]|['"`]\/(feed\.xml|embed\.js)['"`]/;

  it('no file in src but routes.ts writes a site path in a string (comments aside)', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .map((file) => `src/${file}`)
      .filter((file) => /\.(ts|astro)$/.test(file) && file !== 'src/lib/site/routes.ts' && !PENDING.includes(file));
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, n) => ({ where: `${file}:${n + 1}`, line }))
        .filter(({ line }) => !/^\s*(\*|\/\/|\/\*)/.test(line) && PATH.test(line))
        .map(({ where, line }) => `${where}: ${line.trim()}`),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });
});

describe('inEdition(path, root): a link of the English content, as an edition links it', () => {
  it("leads a page's path under the edition's root, and leaves English's, other sites' and its own as they are", () => {
    expect(inEdition('/treaties/cfe/', '/de')).toBe('/de/treaties/cfe/');
    expect(inEdition('/treaties/cfe/#cfe-2023-11-07-withdrawn-ru', '/ru')).toBe(
      '/ru/treaties/cfe/#cfe-2023-11-07-withdrawn-ru',
    );
    expect(inEdition('/', '/pl')).toBe('/pl/');
    expect(inEdition('/treaties/cfe/', '')).toBe('/treaties/cfe/');
    expect(inEdition('/de/treaties/cfe/', '/de')).toBe('/de/treaties/cfe/');
    expect(inEdition('https://www.osce.org/', '/de')).toBe('https://www.osce.org/');
    expect(inEdition('//example.org/x', '/de')).toBe('//example.org/x');
    expect(inEdition('#notes', '/de')).toBe('#notes');
  });

  it('leaves what the site publishes once (the open data, its releases, the feed) at its one address', () => {
    expect(inEdition('/data/treaties.json', '/de')).toBe('/data/treaties.json');
    expect(inEdition('/data/releases/2026-12-07-3dd934a/treaties.json', '/fr')).toBe(
      '/data/releases/2026-12-07-3dd934a/treaties.json',
    );
    expect(inEdition('/changes.xml', '/uk')).toBe('/changes.xml');
    // A page whose path only begins like a published file is a page.
    expect(inEdition('/data-policy/', '/de')).toBe('/de/data-policy/');
  });
});
