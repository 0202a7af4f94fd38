import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import type { SearchRecord } from '../lib/search/search-records.ts';
import { SEARCH_INDEX_DIR, SEARCH_RECORDS_PATH } from '../lib/site/routes.ts';

/**
 * Indexes the built site for the header's search box once Astro has written it, so `npm run build`, the
 * pseudo-locale's build and the benchmark's builds each get the index of their own edition in
 * `<outDir>/pagefind/`. Pagefind reads the pages that carry `data-pagefind-body` (instruments and
 * states) in the language of their `<html lang>`, and takes one record per event from the build's
 * SEARCH_RECORDS_PATH, which is then removed: it is for the indexer, not for readers. `root` is where the
 * edition's pages are on the site ("/de", see editionRoot in routes.ts): the index lives there too, and
 * Pagefind, loaded from there, puts it before every address the index holds, which are within the edition.
 */
export function searchIndex(root = ''): AstroIntegration {
  return {
    name: 'arms-control-timeline:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const recordsFile = fileURLToPath(new URL(`.${SEARCH_RECORDS_PATH}`, dir));
        const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecord[];
        rmSync(recordsFile);
        // A page is found by its heading, its summary and its narrative. Its charts, tables, dialogs and
        // sections (the events, each a record of its own; the citation; the comparisons) are left out,
        // so that a page does not rank for every event it lists.
        const { index, errors } = await createIndex({
          excludeSelectors: ['figure', 'svg', 'table', 'section', 'details', 'dialog', '[data-embed-share]'],
        });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const fail = (what: string, problems: string[]) => {
          if (problems.length) throw new Error(`Pagefind ${what}: ${problems.join('; ')}`);
        };
        const pages = await index.addDirectory({ path: out });
        fail('could not read the pages', pages.errors);
        for (const record of records) {
          if (!record.url.startsWith(`${root}/`))
            throw new Error(`The search record ${record.url} is not under ${root}/.`);
          const url = record.url.slice(root.length);
          fail('could not index an event', (await index.addCustomRecord({ ...record, url })).errors);
        }
        fail('could not write the index', (await index.writeFiles({ outputPath: `${out}${SEARCH_INDEX_DIR}` })).errors);
        await close();
        // Pagefind also writes its ready-made interfaces; the site draws its own (src/client/search-panel.ts).
        for (const file of readdirSync(`${out}${SEARCH_INDEX_DIR}`))
          if (/^pagefind-(?:component-|modular-)?ui\.|^pagefind-highlight\./.test(file))
            rmSync(`${out}${SEARCH_INDEX_DIR}${file}`);
        logger.info(`Search index: ${pages.page_count} pages and ${records.length} events.`);
      },
    },
  };
}
