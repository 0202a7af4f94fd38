import type { APIRoute } from 'astro';
import { oembedResponse } from '../../lib/embed/oembed.ts';
import { t } from '../../lib/i18n/strings.ts';

/** oEmbed for the explorer embed. */
export const GET: APIRoute = ({ site }) =>
  Response.json(oembedResponse(site!.href, '/embed/', t('explorer.embedTitle')));
