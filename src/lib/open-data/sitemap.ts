import { escape } from '../site/markup.ts';

/** A page in the sitemap: its full address, and the same page in every edition (`hreflang` "x-default" among them). */
export interface SitemapPage {
  url: string;
  alternates: readonly { hreflang: string; url: string }[];
}

/**
 * The sitemap (sitemaps.org) of the pages readers arrive at, each with its alternates in the other editions
 * as Google reads them (`xhtml:link`, every edition's page listing all of them, itself included).
 */
export function sitemapXml(pages: readonly SitemapPage[], lastModified: string): string {
  const urls = pages.map(
    (page) =>
      `  <url><loc>${escape(page.url)}</loc><lastmod>${lastModified}</lastmod>` +
      page.alternates
        .map((a) => `<xhtml:link rel="alternate" hreflang="${escape(a.hreflang)}" href="${escape(a.url)}"/>`)
        .join('') +
      '</url>',
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
