import type { APIRoute } from 'astro';
import { asOf, instruments } from '../../data.ts';
import { exportData } from '../../lib/open-data/export-data.ts';

/** Every instrument with its events, sources and derived status intervals. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(exportData(instruments, asOf, site!.href), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
