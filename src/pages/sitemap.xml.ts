import type { APIRoute } from 'astro';
import { asOf, explorerPages, instruments, states } from '../data.ts';
import { defaultUrl, editionLinks } from '../edition-links.ts';
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

/**
 * Every page a reader may land on, in every edition: the timeline's pages, each treaty, each state, the method,
 * the changes and releases. The site has one sitemap, English's build's (the paths below are English's, the
 * paths within an edition); the other editions' builds drop theirs (ONE_PER_SITE in routes.ts).
 */
export const GET: APIRoute = () => {
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
  const pages = paths.flatMap((path) => {
    const links = editionLinks(path);
    const alternates = [
      ...links.map((link) => ({ hreflang: link.edition, url: link.url })),
      { hreflang: 'x-default', url: defaultUrl(path) },
    ];
    return links.map((link) => ({ url: link.url, alternates }));
  });
  return new Response(sitemapXml(pages, asOf), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
