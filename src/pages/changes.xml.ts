import type { APIRoute } from 'astro';
import { dataVersion, history } from '../data.ts';
import { changesFeed } from '../lib/releases/changes-feed.ts';

/** Atom feed of the events added, corrected or removed between versions of the data. */
export const GET: APIRoute = ({ site }) =>
  new Response(changesFeed(history, dataVersion.date, site!.href), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
