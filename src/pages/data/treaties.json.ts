import type { APIRoute } from 'astro';
import { asOf, dataVersion, instruments } from '../../data.ts';
import { exportData, jsonFile } from '../../lib/open-data/export-data.ts';

/** Every instrument with its events, sources and derived status intervals, in the current data version. */
export const GET: APIRoute = ({ site }) =>
  new Response(jsonFile(exportData(instruments, asOf, site!.href, dataVersion.id)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
