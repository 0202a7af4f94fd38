/**
 * What one search result shows, from what Pagefind returns for it: pure, so that the browser's panel
 * (src/client/search-panel.ts) only draws it.
 */
import { t } from '../i18n/strings.ts';

/** The part of Pagefind's result data (`await result.data()`) a result is drawn from. */
export interface PagefindResultData {
  /** The page, or the event's anchor on its instrument's page. */
  url: string;
  /** The matching words with `<mark>` around each hit, HTML-escaped. */
  excerpt: string;
  /** The page's or the record's meta: `title`, `kind`, and for an event `instrument` and `description`. */
  meta: Record<string, string | undefined>;
}

/** One result as the panel draws it. */
export interface SearchResultView {
  /** Where the result leads. */
  href: string;
  /** The link's words: the event on one line, or the page's heading. */
  title: string;
  /** The line under it: the event's instrument, or what kind of page it is. */
  detail: string;
  /** The event's description, as its authors wrote it; undefined for a page. */
  description?: string;
  /** For a page, the matching words with Pagefind's `<mark>` HTML; undefined for an event. */
  excerpt?: string;
}

/** The result view of one Pagefind result. */
export function searchResultView(data: PagefindResultData): SearchResultView {
  const { meta } = data;
  const title = meta.title ?? data.url;
  if (meta.kind === 'event')
    return { href: data.url, title, detail: meta.instrument ?? '', description: meta.description ?? '' };
  const detail = meta.kind === 'state' ? t('search.kind.state') : t('search.kind.treaty');
  return { href: data.url, title, detail, excerpt: data.excerpt };
}

/** Where the focus goes when a key is pressed on result `current` of `count` (-1: the box); undefined when the key does not move it. */
export function nextFocus(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return current - 1;
  if (key === 'Home' && current >= 0) return 0;
  if (key === 'End' && current >= 0) return count - 1;
  return undefined;
}

/**
 * How much more a page's score counts than an event's. A page is found by its name in its heading, an
 * event by words repeated in a few lines, and Pagefind's scores favour the short record: "Belarus" would
 * list a dozen of Belarus's events before Belarus's page.
 */
export const PAGE_BOOST = 2;

/** The pages found and every result found (pages among them) in one list, by score, a page's counting PAGE_BOOST times. */
export function mergeResults<R extends { id: string; score: number }>(pages: readonly R[], all: readonly R[]): R[] {
  const isPage = new Set(pages.map((result) => result.id));
  const ranked = [
    ...pages.map((result) => ({ result, score: result.score * PAGE_BOOST })),
    ...all.filter((result) => !isPage.has(result.id)).map((result) => ({ result, score: result.score })),
  ];
  return ranked.sort((a, b) => b.score - a.score).map(({ result }) => result);
}
