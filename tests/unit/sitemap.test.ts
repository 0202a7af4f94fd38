import { describe, expect, it } from 'vitest';
import { sitemapXml } from '../../src/lib/open-data/sitemap.ts';

describe('sitemapXml(site, paths, lastModified)', () => {
  it('sitemapXml lists each path on the site, escaped, with the day of the data', () => {
    const xml = sitemapXml('https://example.org/', ['/', '/parties/ru/', '/a?b=1&c=2'], '2026-11-22');
    expect(xml).toContain('<loc>https://example.org/parties/ru/</loc><lastmod>2026-11-22</lastmod>');
    expect(xml).toContain('<loc>https://example.org/a?b=1&amp;c=2</loc>');
    expect(xml.match(/<url>/g)).toHaveLength(3);
  });
});
