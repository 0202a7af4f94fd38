import { escape } from '../site/markup.ts';

/** The sitemap (sitemaps.org) of the pages readers arrive at: every path given, on the site's address. */
export function sitemapXml(site: string, paths: readonly string[], lastModified: string): string {
  const urls = paths.map(
    (path) => `  <url><loc>${escape(new URL(path, site).href)}</loc><lastmod>${lastModified}</lastmod></url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
