import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../../lib/open-data/export-schema.ts';

/** The JSON Schema of /data/treaties.json, generated from the zod schema. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(exportJsonSchema(site!.href), null, 2)}\n`, { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
