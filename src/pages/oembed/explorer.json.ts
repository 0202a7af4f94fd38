import type { APIRoute } from 'astro';
import { oembedResponse } from '../../lib/embed/oembed.ts';
import { pt } from '../../lib/i18n/page-strings.ts';
import { EXPLORER_EMBED_PATH, timelinePath } from '../../lib/site/routes.ts';
import { asOf } from '../../data.ts';

/** oEmbed for the explorer embed. */
export const GET: APIRoute = ({ site }) =>
  Response.json(
    oembedResponse(
      site!.href,
      { embedPath: EXPLORER_EMBED_PATH, pagePath: timelinePath(1), asOf },
      pt('explorer.embedTitle'),
    ),
  );
