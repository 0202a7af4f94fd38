import type { APIRoute } from 'astro';
import { asOf, instruments } from '../data.ts';
import { atomFeed } from '../lib/open-data/atom-feed.ts';

/** Atom feed of the latest lifecycle events. */
export const GET: APIRoute = ({ site }) =>
  new Response(atomFeed(instruments, asOf, site!.href), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
