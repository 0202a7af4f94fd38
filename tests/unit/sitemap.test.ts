import { describe, expect, it } from 'vitest';
import { sitemapXml } from '../../src/lib/open-data/sitemap.ts';

describe('sitemapXml(pages, lastModified)', () => {
  const alternates = [
    { hreflang: 'en', url: 'https://example.org/parties/ru/' },
    { hreflang: 'de', url: 'https://example.org/de/parties/ru/' },
    { hreflang: 'x-default', url: 'https://example.org/parties/ru/' },
  ];

  it('sitemapXml lists each page, escaped, with the day of the data', () => {
    const xml = sitemapXml(
      [
        { url: 'https://example.org/', alternates: [] },
        { url: 'https://example.org/parties/ru/', alternates },
        { url: 'https://example.org/a?b=1&c=2', alternates: [] },
      ],
      '2026-11-22',
    );
    expect(xml).toContain('<loc>https://example.org/parties/ru/</loc><lastmod>2026-11-22</lastmod>');
    expect(xml).toContain('<loc>https://example.org/a?b=1&amp;c=2</loc>');
    expect(xml.match(/<url>/g)).toHaveLength(3);
  });

  it('sitemapXml gives each page its alternates, x-default among them, in the xhtml namespace it declares', () => {
    const xml = sitemapXml([{ url: 'https://example.org/de/parties/ru/', alternates }], '2026-11-22');
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain(
      '<url><loc>https://example.org/de/parties/ru/</loc><lastmod>2026-11-22</lastmod>' +
        '<xhtml:link rel="alternate" hreflang="en" href="https://example.org/parties/ru/"/>' +
        '<xhtml:link rel="alternate" hreflang="de" href="https://example.org/de/parties/ru/"/>' +
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/parties/ru/"/></url>',
    );
  });
});
