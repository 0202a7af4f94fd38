import type { APIRoute } from 'astro';
import { oembedResponse } from '../../lib/embed/oembed.ts';

/** oEmbed for the explorer embed. */
export const GET: APIRoute = ({ site }) =>
  Response.json(oembedResponse(site!.href, '/embed/', 'Arms-control treaties on one timeline'));
