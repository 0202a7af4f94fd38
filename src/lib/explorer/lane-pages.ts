/**
 * The explorer draws a bounded number of lanes per page, so that the page stays small and the
 * interactive timeline quick however many instruments the content holds. Instruments are paged in
 * their lane order (oldest first); every instrument is on exactly one page, so every event is listed
 * on exactly one page, with or without JavaScript.
 */
import { timelineEmbedPath, timelinePath } from '../site/routes.ts';

/** Instruments per explorer page: enough for every instrument we track today on the home page. */
export const INSTRUMENTS_PER_PAGE = 20;

/** What paging needs to know of an instrument. */
export interface PagedInstrument {
  /** Its id. */
  id: string;
  /** The year (or date) it was concluded, YYYY[-MM[-DD]]. */
  concluded: string;
}

/** One page of the explorer. */
export interface LanePage {
  /** 1-based page number. */
  number: number;
  /** The page's path: the home page for page 1, then /timeline/2/, /timeline/3/… */
  path: string;
  /** Its embeddable twin: /embed/ for page 1, then /embed/timeline/2/… */
  embedPath: string;
  /** Position of its first and last instrument in the whole list, 1-based. */
  first: number;
  last: number;
  /** The years its instruments were concluded, e.g. "1963–1979" or "1990". */
  years: string;
  /** The ids of its instruments, in lane order. */
  ids: string[];
}

/** Splits instruments, already in lane order, into explorer pages of at most `perPage` each. */
export function lanePages(instruments: readonly PagedInstrument[], perPage = INSTRUMENTS_PER_PAGE): LanePage[] {
  if (!Number.isInteger(perPage) || perPage < 1)
    throw new RangeError(`perPage must be a positive integer, not ${perPage}`);
  const pages: LanePage[] = [];
  for (let offset = 0; offset < Math.max(instruments.length, 1); offset += perPage) {
    const slice = instruments.slice(offset, offset + perPage);
    const years = [...new Set(slice.map((i) => i.concluded.slice(0, 4)))].sort();
    const number = pages.length + 1;
    pages.push({
      number,
      path: timelinePath(number),
      embedPath: timelineEmbedPath(number),
      first: slice.length ? offset + 1 : 0,
      last: offset + slice.length,
      years: years.length > 1 ? `${years[0]}–${years.at(-1)}` : (years[0] ?? ''),
      ids: slice.map((i) => i.id),
    });
  }
  return pages;
}
