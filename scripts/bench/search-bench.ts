/**
 * The search box's measure for `npm run bench`: on a built site being served, for each query, the bytes a
 * reader's browser loads from focusing the box to the first results (a fresh page each time: the search
 * code, Pagefind, its WebAssembly and the index chunks and fragments the query needs), the time of that
 * first query, and the time of the same query once its part of the index has loaded, as the panel asks it
 * (src/client/search-panel.ts: the pages apart, then the first ten results' data).
 */
import type { Browser } from '@playwright/test';

/** Words that a reader might type: rare and common, in the real and the synthetic content alike. */
export const SEARCH_QUERIES = ['Oreshnik', 'Belarus', '2007', 'suspended', 'verification', 'amendment', 'S-0500'];
/** Answers timed for each query once its index has loaded. */
const REPEATS = 15;

/** What the search measured on one site. */
export interface SearchMeasure {
  /** For each query: the bytes loaded for it as a first query, the time of that first answer and the median and 95th percentile of later answers, ms. */
  queries: {
    query: string;
    results: number;
    /** Over the wire, as a reader's connection carries them: text gzipped as the server sends it, with headers. */
    firstQueryBytes: number;
    /** The same responses' bodies once decoded (what the browser holds). */
    firstQueryDecodedBytes: number;
    firstMs: number;
    medianMs: number;
    p95Ms: number;
  }[];
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
};
const round = (n: number) => Math.round(n * 10) / 10;

/** Measures the search on the site served at `origin`. */
export async function measureSearch(browser: Browser, origin: string): Promise<SearchMeasure> {
  const queries: SearchMeasure['queries'] = [];
  for (const query of SEARCH_QUERIES) {
    const page = await browser.newPage();
    await page.goto(`${origin}/about/`, { waitUntil: 'networkidle' });
    let [bytes, decoded] = [0, 0];
    const pending: Promise<void>[] = [];
    page.on('response', (response) =>
      pending.push(
        Promise.all([response.request().sizes(), response.body()]).then(
          ([sizes, body]) => {
            bytes += sizes.responseHeadersSize + sizes.responseBodySize;
            decoded += body.length;
          },
          () => undefined,
        ),
      ),
    );
    const box = page.getByRole('searchbox');
    const start = Date.now();
    await box.fill(query);
    await page.locator('[data-search-count]').filter({ hasText: /\S/ }).waitFor();
    // From the keystroke, less the panel's wait for the next keystroke (120 ms).
    const firstMs = Date.now() - start - 120;
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const timing = await page.evaluate(
      async ({ query, repeats }) => {
        const url = '/pagefind/pagefind.js';
        const pagefind = await import(/* @vite-ignore */ url);
        const times: number[] = [];
        let results = 0;
        for (let n = 0; n < repeats; n++) {
          const t0 = performance.now();
          const [pages, found] = await Promise.all([
            pagefind.search(query, { filters: { kind: { any: ['treaty', 'state'] } } }),
            pagefind.search(query, {}),
          ]);
          const all = [...pages.results, ...found.results];
          await Promise.all(all.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
          times.push(performance.now() - t0);
          results = all.length;
        }
        return { times, results };
      },
      { query, repeats: REPEATS },
    );
    queries.push({
      query,
      results: timing.results,
      firstQueryBytes: bytes,
      firstQueryDecodedBytes: decoded,
      firstMs: round(firstMs),
      medianMs: round(quantile(timing.times, 0.5)),
      p95Ms: round(quantile(timing.times, 0.95)),
    });
    await page.close();
  }
  return { queries };
}
