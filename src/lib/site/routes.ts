/**
 * The site's addresses, decided in one place: pages, embeds and data link through these helpers. The pages
 * of a build's edition (and the data only they fetch) are under its root, where Astro's i18n routing puts
 * that edition (I18N in locale.ts): English's at `/`, German's at `/de/`. The open data, its releases and
 * feeds, and the embeds' script are one for the whole site, at the root, whatever the edition.
 */
import { EDITION, EDITIONS, I18N, type Edition } from '../i18n/locale.ts';
import { PARTIES, PARTY_IDS, type PartyId } from '../model/parties.ts';

/**
 * Where an edition's pages are: nothing before them for the default edition, `/<code>` for every other, as
 * Astro's routing without `prefixDefaultLocale` addresses them (tests/unit/edition-routes.test.ts holds the two equal).
 */
export function editionRoot(edition: Edition): string {
  return edition === I18N.defaultLocale && !I18N.routing.prefixDefaultLocale ? '' : `/${edition}`;
}

declare const __EDITION_ROOT__: string | undefined;

/**
 * This build's edition's root: every page path below starts with it. The build hands it in as a constant
 * (astro.config.mjs, from editionRoot), which the bundler folds, so that no script carries the routing.
 */
const ROOT: string = typeof __EDITION_ROOT__ === 'string' ? __EDITION_ROOT__ : editionRoot(EDITION);

/**
 * A path of the site as this build's edition (`root`, this build's by default) links it: a page's path under
 * the edition's root ('/treaties/cfe/' → '/de/treaties/cfe/'), what the site publishes once (ONE_PER_SITE)
 * and any other address as it is. For links written in the English content, such as the narratives'.
 */
export function inEdition(path: string, root: string = ROOT): string {
  if (!root || !path.startsWith('/') || path.startsWith('//') || path === root || path.startsWith(`${root}/`))
    return path;
  const once = ONE_PER_SITE.some((published) =>
    published.endsWith('*') ? path.startsWith(published.slice(0, -1)) : path.split(/[?#]/)[0] === published,
  );
  return once ? path : `${root}${path}`;
}

/** The methodology page. */
export const ABOUT_PATH = `${ROOT}/about/`;

/** The open data, each file at its one address. */
export const DATA_PATHS = {
  /** Every instrument with its events and sources. */
  treaties: '/data/treaties.json',
  /** Each state's status intervals in each instrument it acted in. */
  parties: '/data/parties.json',
  /** Every event and acting party, one a row. */
  events: '/data/events.csv',
  /** The JSON Schema of the exports. */
  schema: '/data/schema.json',
  /** The Atom feed of the latest events. */
  feed: '/feed.xml',
} as const;

/** The script a page embedding our frames loads to resize them. */
export const EMBED_SCRIPT_PATH = '/embed.js';

/** The embed of the timeline of every instrument (its first page), and its oEmbed JSON. */
export const EXPLORER_EMBED_PATH = `${ROOT}/embed/`;
export const EXPLORER_OEMBED_PATH = `${ROOT}/oembed/explorer.json`;

/** Page `page` of the explorer's timeline: the home page for page 1, then /timeline/2/… */
export function timelinePath(page: number): string {
  return page === 1 ? `${ROOT}/` : `${ROOT}/timeline/${page}/`;
}

/** The embed of page `page` of the timeline: /embed/ for page 1, then /embed/timeline/2/… */
export function timelineEmbedPath(page: number): string {
  return page === 1 ? EXPLORER_EMBED_PATH : `${EXPLORER_EMBED_PATH}timeline/${page}/`;
}

/** The index of every instrument. */
export const TREATIES_PATH = `${ROOT}/treaties/`;

/** The page of one instrument. */
export function treatyPath(id: string): string {
  return `${TREATIES_PATH}${id}/`;
}

/** An event on its instrument's page, by the event's permanent id. */
export function treatyEventPath(id: string, eventId: string): string {
  return `${TREATIES_PATH}${id}/#${eventId}`;
}

/** The table of every event of a page of the timeline: /events/ for page 1, then /events/2/… */
export function eventsPath(page: number): string {
  return page === 1 ? `${ROOT}/events/` : `${ROOT}/events/${page}/`;
}

/** What every "what changed" form compares (src/pages/data/compare.json.ts). */
export const COMPARE_DATA_PATH = `${ROOT}/data/compare.json`;

/** The words and sources of the events of an explorer page, which its panel fetches (src/pages/data/explorer/). */
export function explorerTextsPath(page: number): string {
  return `${ROOT}/data/explorer/${page}.json`;
}

/** The lanes of an explorer page's static timeline, which its zoom fetches on the first zoom or pan (src/pages/data/explorer/chart/). */
export function explorerChartPath(page: number): string {
  return `${ROOT}/data/explorer/chart/${page}.json`;
}

/** The index of every state that acted in the content. */
export const PARTIES_PATH = `${ROOT}/parties/`;

/** The path segment of a state's page: its code in lower case ("ru"); undefined for a group of parties, which has no page. */
export function partySlug(party: PartyId): string | undefined {
  return PARTIES[party].kind === 'state' ? party.toLowerCase() : undefined;
}

/** The state a path segment names, or undefined. */
export function partyFromSlug(slug: string): PartyId | undefined {
  return PARTY_IDS.find((id) => PARTIES[id].kind === 'state' && id.toLowerCase() === slug);
}

/** The page of a state ("/parties/ru/"); undefined for a group of parties. */
export function partyPath(party: PartyId): string | undefined {
  const slug = partySlug(party);
  return slug === undefined ? undefined : `${PARTIES_PATH}${slug}/`;
}

/** The embeddable chart of a state ("/embed/parties/ru/"); undefined for a group. */
export function partyEmbedPath(party: PartyId): string | undefined {
  const slug = partySlug(party);
  return slug === undefined ? undefined : `${ROOT}/embed/parties/${slug}/`;
}

/** The oEmbed JSON of a state's embed; undefined for a group. */
export function partyOembedPath(party: PartyId): string | undefined {
  const slug = partySlug(party);
  return slug === undefined ? undefined : `${ROOT}/oembed/parties/${slug}.json`;
}

/** Whether a path is an embed's, in any edition ("/embed/", "/de/embed/treaties/cfe/"): those alone may be framed. */
export function isEmbedPath(path: string): boolean {
  return EDITIONS.some((edition) => {
    const embeds = `${editionRoot(edition)}/embed`;
    return path === embeds || path.startsWith(`${embeds}/`);
  });
}

/** The embeddable chart of an instrument ("/embed/treaties/cfe/"). */
export function treatyEmbedPath(id: string): string {
  return `${ROOT}/embed/treaties/${id}/`;
}

/** An instrument's status card: its status sentence and last step, for an article's sidebar. */
export function treatyCardPath(id: string): string {
  return `${treatyEmbedPath(id)}card/`;
}

/** The picture a shared link to a page shows: /social/site.png, /social/treaties/cfe.png, /social/parties/us.png. */
export function socialImagePath(page: { treaty: string } | { party: PartyId } | 'site'): string {
  if (page === 'site') return `${ROOT}/social/site.png`;
  return 'treaty' in page
    ? `${ROOT}/social/treaties/${page.treaty}.png`
    : `${ROOT}/social/parties/${partySlug(page.party)}.png`;
}

/** The formats a chart's picture is offered in. */
export const PICTURE_FORMATS = ['png', 'svg'] as const;

/** A chart's picture, as its page shows it by default: /pictures/treaties/cfe.png, /pictures/parties/ru.svg, /pictures/timeline/1.png. */
export function picturePath(
  page: { treaty: string } | { party: PartyId } | { timeline: number },
  format: (typeof PICTURE_FORMATS)[number],
): string {
  const name =
    'treaty' in page
      ? `treaties/${page.treaty}`
      : 'party' in page
        ? `parties/${partySlug(page.party)}`
        : `timeline/${page.timeline}`;
  return `${ROOT}/pictures/${name}.${format}`;
}

/** The oEmbed JSON of an instrument's embed. */
export function treatyOembedPath(id: string): string {
  return `${ROOT}/oembed/treaties/${id}.json`;
}

/** The changes between data versions, and their feed. */
export const CHANGES_PATH = `${ROOT}/changes/`;

/** The Atom feed of the changes between data versions. */
export const CHANGES_FEED_PATH = '/changes.xml';

/** The page listing every released version of the data. */
export const RELEASES_PATH = `${ROOT}/data/releases/`;

/** A file of one released version of the data ("/data/releases/2026-12-07-3f9a1c2/treaties.json"), one for every edition. */
export function releaseFilePath(version: string, file: string): string {
  return `/data/releases/${version}/${file}`;
}

/** Where readers open an issue: the repository's issue tracker (GitHub's and GitLab's both answer at /issues). */
export function issuesUrl(repository: string): string {
  return `${repository.replace(/\/+$/, '')}/issues`;
}

/** The search's records of single events, written by the build for the indexer, which removes the file once read. */
export const SEARCH_RECORDS_PATH = '/search-records.json';

/** Where in a build's folder Pagefind writes the search index of the build's edition, and its script. */
export const SEARCH_INDEX_DIR = '/pagefind/';

/** Where readers' browsers load the edition's search index (when the reader first focuses the search box). */
export const SEARCH_INDEX_PATH = `${ROOT}${SEARCH_INDEX_DIR}`;

/** The sitemap of every edition's pages, one for the site. */
export const SITEMAP_PATH = '/sitemap.xml';

/** What crawlers read first, one for the site. */
export const ROBOTS_PATH = '/robots.txt';

/**
 * What each edition's build writes (or copies from public/) and the site publishes once, from the default
 * edition's build: the open data, its releases and feeds, the embeds' script, the files crawlers and hosts
 * read, the icon. scripts/build-editions.ts removes them from the other editions' folders; a path that ends
 * in a star stands for every folder in it (each released version).
 */
export const ONE_PER_SITE: readonly string[] = [
  ...Object.values(DATA_PATHS),
  '/data/releases/*',
  CHANGES_FEED_PATH,
  EMBED_SCRIPT_PATH,
  SITEMAP_PATH,
  ROBOTS_PATH,
  '/_headers',
  '/_redirects',
  '/favicon.svg',
];
