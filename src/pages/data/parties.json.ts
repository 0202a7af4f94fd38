import type { APIRoute } from 'astro';
import { asOf, dataVersion, instruments, states } from '../../data.ts';
import { jsonFile } from '../../lib/open-data/export-data.ts';
import { partiesExport } from '../../lib/open-data/parties-export.ts';

/** Each state's status intervals per instrument, described at /data/schema.json#/$defs/parties. */
export const GET: APIRoute = ({ site }) =>
  new Response(jsonFile(partiesExport(instruments, states, asOf, site!.href, dataVersion.id)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
