import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EDITIONS } from '../../src/lib/i18n/locale.ts';
import {
  ABOUT_PATH,
  CHANGES_FEED_PATH,
  CHANGES_PATH,
  COMPARE_DATA_PATH,
  DATA_PATHS,
  editionRoot,
  EMBED_SCRIPT_PATH,
  eventsPath,
  EXPLORER_EMBED_PATH,
  EXPLORER_OEMBED_PATH,
  explorerChartPath,
  explorerTextsPath,
  inEdition,
  isEmbedPath,
  issuesUrl,
  ONE_PER_SITE,
  PARTIES_PATH,
  picturePath,
  RELEASES_PATH,
  releaseFilePath,
  ROBOTS_PATH,
  SEARCH_RECORDS_PATH,
  SITEMAP_PATH,
  socialImagePath,
  TREATIES_PATH,
  treatyCardPath,
  treatyEmbedPath,
  treatyOembedPath,
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
    expect(inEdition('/de', '/de')).toBe('/de');
  });

  it('leaves what the site publishes once (the open data, its releases, the feed) at its one address', () => {
    expect(inEdition('/data/treaties.json', '/de')).toBe('/data/treaties.json');
    expect(inEdition('/data/releases/2026-12-07-3dd934a/treaties.json', '/fr')).toBe(
      '/data/releases/2026-12-07-3dd934a/treaties.json',
    );
    expect(inEdition('/changes.xml', '/uk')).toBe('/changes.xml');
    // A page whose path only begins like a published file is a page.
    expect(inEdition('/data-policy/', '/de')).toBe('/de/data-policy/');
    expect(inEdition('/feed.xml-guide/', '/de')).toBe('/de/feed.xml-guide/');
    expect(inEdition('/data/treaties.json?v=2', '/de')).toBe('/data/treaties.json?v=2');
  });
});

/** The path a file of src/pages is written at, as Astro routes it: index.astro is its folder, x.astro is /x/, x.json.ts is /x.json. */
const PAGES = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(astro|ts)$/.test(file))
  .map((file) => {
    const path = `/${file.replace(/\.astro$/, '/').replace(/\.ts$/, '')}`.replace(/(^|\/)index\/$/, '$1');
    const pattern = new RegExp(`^${path.replace(/\./g, '\\.').replace(/\[(\w+)\]/g, '(?<$1>[^/]+)')}$`);
    return { file, pattern };
  });

/** The file of src/pages a link leads to, and the parameters it hands it; undefined for none or several. */
function page(link: string): { file: string; params: Record<string, string> } | undefined {
  const path = link.split(/[?#]/)[0]!;
  const found = PAGES.flatMap(({ file, pattern }) => {
    const match = pattern.exec(path);
    return match ? [{ file, params: { ...match.groups } }] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

describe("every address routes.ts gives is one a file of src/pages writes (English's, at the root)", () => {
  it('each page, data file and picture is written by the file of src/pages it names, with the parameters given', () => {
    const cases: [string, string, Record<string, string>][] = [
      [timelinePath(1), 'index.astro', {}],
      [timelinePath(2), 'timeline/[page].astro', { page: '2' }],
      [ABOUT_PATH, 'about.astro', {}],
      [eventsPath(1), 'events/index.astro', {}],
      [eventsPath(3), 'events/[page].astro', { page: '3' }],
      [TREATIES_PATH, 'treaties/index.astro', {}],
      [treatyEventPath('cfe', 'cfe-1990-11-19-signed'), 'treaties/[id].astro', { id: 'cfe' }],
      [partyPath('RU')!, 'parties/[code].astro', { code: 'ru' }],
      [CHANGES_PATH, 'changes/index.astro', {}],
      [RELEASES_PATH, 'data/releases/index.astro', {}],
      [
        releaseFilePath('2026-12-07-3f9a1c2', 'events.csv'),
        'data/releases/[version]/events.csv.ts',
        {
          version: '2026-12-07-3f9a1c2',
        },
      ],
      [COMPARE_DATA_PATH, 'data/compare.json.ts', {}],
      [explorerTextsPath(2), 'data/explorer/[page].json.ts', { page: '2' }],
      [explorerChartPath(3), 'data/explorer/chart/[page].json.ts', { page: '3' }],
      [EXPLORER_EMBED_PATH, 'embed/index.astro', {}],
      [timelineEmbedPath(2), 'embed/timeline/[page].astro', { page: '2' }],
      [treatyEmbedPath('cfe'), 'embed/treaties/[id].astro', { id: 'cfe' }],
      [treatyCardPath('cfe'), 'embed/treaties/[id]/card.astro', { id: 'cfe' }],
      [partyEmbedPath('RU')!, 'embed/parties/[code].astro', { code: 'ru' }],
      [EXPLORER_OEMBED_PATH, 'oembed/explorer.json.ts', {}],
      [treatyOembedPath('cfe'), 'oembed/treaties/[id].json.ts', { id: 'cfe' }],
      [partyOembedPath('RU')!, 'oembed/parties/[code].json.ts', { code: 'ru' }],
      [socialImagePath('site'), 'social/site.png.ts', {}],
      [socialImagePath({ treaty: 'cfe' }), 'social/treaties/[id].png.ts', { id: 'cfe' }],
      [socialImagePath({ party: 'RU' }), 'social/parties/[slug].png.ts', { slug: 'ru' }],
      [picturePath({ treaty: 'cfe' }, 'png'), 'pictures/treaties/[file].ts', { file: 'cfe.png' }],
      [picturePath({ party: 'RU' }, 'svg'), 'pictures/parties/[file].ts', { file: 'ru.svg' }],
      [picturePath({ timeline: 2 }, 'png'), 'pictures/timeline/[file].ts', { file: '2.png' }],
      [SEARCH_RECORDS_PATH, 'search-records.json.ts', {}],
    ];
    for (const [link, file, params] of cases) expect(page(link), link).toEqual({ file, params });
  });

  it('what the site publishes once is each written by a file of src/pages or public/', () => {
    const published = ONE_PER_SITE.map((path) => path.replace(/\*$/, '2026-12-07-3f9a1c2/treaties.json'));
    const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
    expect(published.filter((path) => !page(path) && !isFile(`public${path}`))).toEqual([]);
    expect(
      [EMBED_SCRIPT_PATH, SITEMAP_PATH, ROBOTS_PATH, CHANGES_FEED_PATH, DATA_PATHS.feed].map(
        (path) => page(path)?.file,
      ),
    ).toEqual(['embed.js.ts', 'sitemap.xml.ts', 'robots.txt.ts', 'changes.xml.ts', 'feed.xml.ts']);
  });
});

describe('isEmbedPath(path): the paths that alone may be framed', () => {
  it("holds for every embed's path, in every edition, and for no other page", () => {
    const embeds = [
      EXPLORER_EMBED_PATH,
      timelineEmbedPath(2),
      treatyEmbedPath('cfe'),
      treatyCardPath('cfe'),
      partyEmbedPath('RU')!,
    ];
    const pages = [timelinePath(1), treatyPath('cfe'), partyPath('RU')!, ABOUT_PATH, eventsPath(2)];
    for (const edition of EDITIONS) {
      const root = editionRoot(edition);
      for (const path of embeds) expect(isEmbedPath(`${root}${path}`), path).toBe(true);
      expect(isEmbedPath(`${root}/embed`)).toBe(true);
      for (const path of pages) expect(isEmbedPath(`${root}${path}`), `${root}${path}`).toBe(false);
    }
    for (const path of ['/embedded/', '/treaties/embed/', '/xx/embed/', '/embed.js', 'embed/'])
      expect(isEmbedPath(path), path).toBe(false);
  });
});

describe('editionRoot(edition)', () => {
  it("puts English's pages at the root and every other edition's under its code", () => {
    expect(EDITIONS.map(editionRoot)).toEqual(EDITIONS.map((edition) => (edition === 'en' ? '' : `/${edition}`)));
  });
});

describe("routes.ts in a build of another edition (the build's constant __EDITION_ROOT__)", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("puts every page under the edition's root, and what the site publishes once at its one address", async () => {
    vi.stubGlobal('__EDITION_ROOT__', '/fr');
    vi.resetModules();
    const fr = await import('../../src/lib/site/routes.ts');
    const pages = [
      fr.ABOUT_PATH,
      fr.CHANGES_PATH,
      fr.COMPARE_DATA_PATH,
      fr.EXPLORER_OEMBED_PATH,
      fr.RELEASES_PATH,
      fr.eventsPath(1),
      fr.explorerTextsPath(1),
      fr.treatyOembedPath('cfe'),
      fr.socialImagePath('site'),
      fr.picturePath({ timeline: 1 }, 'svg'),
    ];
    expect(pages.map((path) => path.slice(0, 4))).toEqual(pages.map(() => '/fr/'));
    expect(pages.map((path) => page(path.slice(3))?.file)).toEqual([
      'about.astro',
      'changes/index.astro',
      'data/compare.json.ts',
      'oembed/explorer.json.ts',
      'data/releases/index.astro',
      'events/index.astro',
      'data/explorer/[page].json.ts',
      'oembed/treaties/[id].json.ts',
      'social/site.png.ts',
      'pictures/timeline/[file].ts',
    ]);
    expect(fr.SEARCH_INDEX_PATH).toBe(`/fr${fr.SEARCH_INDEX_DIR}`);
    expect(fr.SEARCH_INDEX_DIR).toBe('/pagefind/');
    expect(fr.releaseFilePath('v1', 'treaties.json')).toBe('/data/releases/v1/treaties.json');
    expect(fr.inEdition('/treaties/cfe/')).toBe('/fr/treaties/cfe/');
  });
});

describe('issuesUrl(repository)', () => {
  it("is the repository's /issues, whatever slashes end its address", () => {
    for (const repository of ['https://github.com/o/r', 'https://github.com/o/r/', 'https://gitlab.com/g/s/r//'])
      expect(issuesUrl(repository)).toBe(`${repository.replace(/\/+$/, '')}/issues`);
    expect(issuesUrl('https://github.com/o/r/')).toBe('https://github.com/o/r/issues');
  });
});
