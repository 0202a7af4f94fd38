import { afterEach, describe, expect, it, vi } from 'vitest';
import { getAbsoluteLocaleUrl, getRelativeLocaleUrl } from 'astro/virtual-modules/i18n.js';
import { EDITIONS, type Edition } from '../../src/lib/i18n/locale.ts';

/** routes.ts as the build of `edition` has it: its constant set as astro.config.mjs sets it, the module loaded anew. */
async function routesOf(edition: Edition) {
  vi.stubGlobal('__LOCALE__', edition);
  vi.resetModules();
  return import('../../src/lib/site/routes.ts');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("routes.ts in each edition's build", () => {
  it("every page path of an edition's build is where Astro's i18n routing (getRelativeLocaleUrl) puts the English page in it", async () => {
    const english = await routesOf('en');
    const pages = (r: typeof english) => [
      r.timelinePath(1),
      r.timelinePath(2),
      r.eventsPath(1),
      r.TREATIES_PATH,
      r.treatyPath('cfe'),
      r.PARTIES_PATH,
      r.partyPath('RU')!,
      r.ABOUT_PATH,
      r.CHANGES_PATH,
      r.RELEASES_PATH,
      r.EXPLORER_EMBED_PATH,
      r.timelineEmbedPath(2),
      r.treatyEmbedPath('cfe'),
      r.treatyCardPath('cfe'),
      r.partyEmbedPath('DE')!,
    ];
    const paths = pages(english);
    for (const edition of EDITIONS) {
      const routes = await routesOf(edition);
      expect(pages(routes), edition).toEqual(paths.map((path) => getRelativeLocaleUrl(edition, path)));
      expect(getAbsoluteLocaleUrl(edition, routes.treatyPath('cfe').slice(routes.editionRoot(edition).length))).toBe(
        `https://example.org${routes.treatyPath('cfe')}`,
      );
    }
  });

  it("an edition's data and files for its pages are under its root; the open data, its feeds and the embeds' script are the site's one", async () => {
    const german = await routesOf('de');
    expect([
      german.explorerTextsPath(1),
      german.explorerChartPath(1),
      german.COMPARE_DATA_PATH,
      german.treatyOembedPath('cfe'),
      german.picturePath({ treaty: 'cfe' }, 'png'),
      german.socialImagePath('site'),
      german.SEARCH_INDEX_PATH,
    ]).toEqual([
      '/de/data/explorer/1.json',
      '/de/data/explorer/chart/1.json',
      '/de/data/compare.json',
      '/de/oembed/treaties/cfe.json',
      '/de/pictures/treaties/cfe.png',
      '/de/social/site.png',
      '/de/pagefind/',
    ]);
    expect([german.DATA_PATHS.treaties, german.releaseFilePath('v', 'events.csv'), german.EMBED_SCRIPT_PATH]).toEqual([
      '/data/treaties.json',
      '/data/releases/v/events.csv',
      '/embed.js',
    ]);
    expect(german.SEARCH_INDEX_DIR).toBe('/pagefind/');
  });
});
