import type { APIRoute } from 'astro';
import { asOf, dataVersion, instruments, treatyAnchors } from '../data.ts';
import { atomFeed } from '../lib/open-data/atom-feed.ts';
import { treatyEventPath } from '../lib/site/routes.ts';

/** Atom feed of the latest lifecycle events. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    atomFeed(instruments, asOf, site!.href, dataVersion.id, (instrument, id) => {
      // An entry first published under an index anchor keeps it as its Atom id.
      const old = treatyAnchors(instrument).find(
        (a) => a.to.kind === 'event' && a.to.id === id && /^event-\d+$/.test(a.anchor),
      );
      return old ? treatyEventPath(instrument, old.anchor) : undefined;
    }),
    {
      headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
    },
  );
