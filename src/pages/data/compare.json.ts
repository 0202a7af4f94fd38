import type { APIRoute } from 'astro';
import { instruments } from '../../data.ts';
import { compareInput } from '../../lib/compare/status-changes.ts';

/** What every "what changed" form compares, fetched when a reader first uses one: each instrument, pruned. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(compareInput(instruments)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
