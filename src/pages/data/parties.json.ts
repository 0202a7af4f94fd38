import type { APIRoute } from 'astro';
import { asOf, instruments, states } from '../../data.ts';
import { partiesExport } from '../../lib/open-data/parties-export.ts';

/** Each state's status intervals per instrument, described at /data/schema.json#/$defs/parties. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(partiesExport(instruments, states, asOf, site!.href), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
