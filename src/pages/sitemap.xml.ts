import type { APIRoute } from 'astro';
import { asOf, explorerPages, instruments, states } from '../data.ts';
import { sitemapXml } from '../lib/open-data/sitemap.ts';
import {
  ABOUT_PATH,
  CHANGES_PATH,
  eventsPath,
  PARTIES_PATH,
  RELEASES_PATH,
  TREATIES_PATH,
  treatyPath,
} from '../lib/site/routes.ts';

/** Every page a reader may land on: the timeline's pages, each treaty, each state, the method, the changes and releases. */
export const GET: APIRoute = ({ site }) => {
  const paths = [
    '/',
    ...explorerPages.slice(1).map((page) => page.path),
    ...explorerPages.map((page) => eventsPath(page.number)),
    TREATIES_PATH,
    ...instruments.map((i) => treatyPath(i.id)),
    PARTIES_PATH,
    ...states.map((s) => s.href),
    ABOUT_PATH,
    CHANGES_PATH,
    RELEASES_PATH,
  ];
  return new Response(sitemapXml(site!.href, paths, asOf), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
