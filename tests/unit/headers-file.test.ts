import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameableByOthers, headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const frameable = (path: string) => frameableByOthers(headersFor(rules, path));

describe('headersFor(parseHeadersFile(public/_headers), path)', () => {
  it('headersFor denies framing of every non-embed path, however spelt and however many pages there are', () => {
    const paths = [
      '/',
      '/index.html',
      '/about',
      '/about/',
      '/about/index.html',
      '/treaties',
      '/treaties/',
      '/treaties/inf/',
      '/treaties/inf/index.html',
      '/timeline/2/',
      '/timeline/2/index.html',
      '/timeline/999/',
      '/parties/',
      '/a-page-added-next-year/',
      '/404.html',
      '/no/such/page',
      '/embedded/',
      '/embed.js',
      '/data/events.csv',
      '/oembed/explorer.json',
    ];
    expect(paths.filter(frameable)).toEqual([]);
    for (const path of paths) expect(headersFor(rules, path)['x-frame-options'], path).toBe('DENY');
  });

  it('headersFor lets any site frame the embeds, in every spelling', () => {
    for (const path of [
      '/embed',
      '/embed/',
      '/embed/index.html',
      '/embed/timeline/2/',
      '/embed/treaties/inf/',
      '/embed/treaties/inf/index.html',
    ])
      expect(frameable(path), path).toBe(true);
  });

  it('headersFor sends each header once: no two matching rules set the same one', () => {
    for (const path of ['/', '/embed/', '/data/x.json', '/embed.js'])
      for (const value of Object.values(headersFor(rules, path))) expect(value).not.toContain(', ');
  });
});

describe('frameableByOthers(headers)', () => {
  it('frameableByOthers: frame-ancestors overrides X-Frame-Options, and two policies must both allow', () => {
    expect(frameableByOthers({})).toBe(true);
    expect(frameableByOthers({ 'x-frame-options': 'DENY' })).toBe(false);
    expect(frameableByOthers({ 'x-frame-options': 'DENY', 'content-security-policy': 'frame-ancestors *' })).toBe(true);
    expect(frameableByOthers({ 'content-security-policy': "frame-ancestors *, frame-ancestors 'none'" })).toBe(false);
  });
});
