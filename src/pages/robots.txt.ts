import type { APIRoute } from 'astro';
import { SITEMAP_PATH } from '../lib/site/routes.ts';

/** Every crawler may read every page; the sitemap lists them. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_PATH, site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
