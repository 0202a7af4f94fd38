import type { APIRoute } from 'astro';
import { dataJsonSchema } from '../../lib/open-data/data-schema.ts';

/** The JSON Schema of /data/treaties.json (and, under $defs.parties, of /data/parties.json), generated from the zod schemas. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(dataJsonSchema(site!.href), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
