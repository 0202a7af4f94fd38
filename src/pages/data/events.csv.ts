import type { APIRoute } from 'astro';
import { instruments } from '../../data.ts';
import { eventsCsv } from '../../lib/open-data/events-csv.ts';

/** One row per event and acting party. */
export const GET: APIRoute = () =>
  new Response(eventsCsv(instruments), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
