import type { APIRoute } from 'astro';
import { instruments } from '../data.ts';
import { LOCALE } from '../lib/i18n/locale.ts';
import { eventSearchRecords } from '../lib/search/search-records.ts';

/**
 * The events as records for the search index; read and removed by src/node/search-index-integration.ts.
 * Their language is the pages' `<html lang>` as Pagefind writes it (lower case), so that both land in one index.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(eventSearchRecords(instruments, LOCALE.toLowerCase())), {
    headers: { 'content-type': 'application/json' },
  });
