import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../../src/lib/i18n/locale.ts';
import { frameableByOthers, headersFor, parseHeadersFile } from '../../src/lib/site/headers-file.ts';
import { editionRoot } from '../../src/lib/site/routes.ts';

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

  it('headersFor denies framing of every edition’s pages but its embeds, and lets any site read its oEmbed', () => {
    for (const root of EDITIONS.map(editionRoot)) {
      for (const path of ['/', '/treaties/inf/', '/404.html', '/embedded/', '/oembed/treaties/inf.json'])
        expect(frameable(`${root}${path}`), `${root}${path}`).toBe(false);
      for (const path of ['/embed', '/embed/', '/embed/treaties/inf/', '/embed/parties/ru/index.html'])
        expect(frameable(`${root}${path}`), `${root}${path}`).toBe(true);
      expect(headersFor(rules, `${root}/oembed/treaties/inf.json`)['access-control-allow-origin']).toBe('*');
    }
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

describe('parseHeadersFile(text) on a small file', () => {
  const text = [
    '# comment',
    '',
    '/embed/*',
    '  X-Frame-Options: DENY',
    '  Content-Security-Policy: frame-ancestors *; img-src https://a.example',
    '   # an indented comment',
    '/a.b+c?',
    '\tCache-Control:  max-age=60 ',
  ].join('\n');

  it('parseHeadersFile reads each path with its headers, names in lower case, values trimmed and kept whole after ":"', () => {
    const parsed = parseHeadersFile(text);
    expect(parsed.map(({ path, headers }) => ({ path, headers }))).toEqual([
      {
        path: '/embed/*',
        headers: {
          'x-frame-options': 'DENY',
          'content-security-policy': 'frame-ancestors *; img-src https://a.example',
        },
      },
      { path: '/a.b+c?', headers: { 'cache-control': 'max-age=60' } },
    ]);
  });

  it("parseHeadersFile makes '*' match any rest of a path and every other character match only itself", () => {
    const [embed, literal] = parseHeadersFile(text);
    expect(['/embed/', '/embed/x/y', '/embedded', '/x/embed/'].map((p) => embed!.pattern.test(p))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(['/a.b+c?', '/axb+c?', '/a.bbc', '/a.b+c'].map((p) => literal!.pattern.test(p))).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('headersFor(rules, path) on a small file', () => {
  it('headersFor joins a header set by two matching rules with ", ", and leaves out rules that do not match', () => {
    const rules = parseHeadersFile(
      '/*\n  Cache-Control: public\n/data/*\n  Cache-Control: max-age=60\n  X-A: 1\n/other\n  X-B: 2',
    );
    expect(headersFor(rules, '/data/x.json')).toEqual({ 'cache-control': 'public, max-age=60', 'x-a': '1' });
    expect(headersFor(rules, '/')).toEqual({ 'cache-control': 'public' });
    expect(headersFor([], '/')).toEqual({});
  });
});

describe('frameableByOthers(headers) by case', () => {
  it('frameableByOthers reads X-Frame-Options in any case and spacing; ALLOW-FROM does not forbid', () => {
    expect(frameableByOthers({ 'x-frame-options': ' sameorigin ' })).toBe(false);
    expect(frameableByOthers({ 'x-frame-options': 'deny' })).toBe(false);
    expect(frameableByOthers({ 'x-frame-options': 'ALLOW-FROM https://a.example' })).toBe(true);
    expect(frameableByOthers({ 'x-frame-options': 'DENYING' })).toBe(true);
  });

  it("frameableByOthers: frame-ancestors 'self' or a list of sites forbids other sites; '*' among others allows", () => {
    expect(frameableByOthers({ 'content-security-policy': "frame-ancestors 'self'" })).toBe(false);
    expect(
      frameableByOthers({ 'content-security-policy': "default-src 'self'; frame-ancestors https://a.example" }),
    ).toBe(false);
    expect(
      frameableByOthers({ 'content-security-policy': "default-src 'self'; Frame-Ancestors  https://a.example *" }),
    ).toBe(true);
    expect(frameableByOthers({ 'content-security-policy': 'frame-ancestors *; img-src https:' })).toBe(true);
  });

  it('frameableByOthers ignores a CSP without frame-ancestors, and a directive that only ends in it', () => {
    expect(frameableByOthers({ 'content-security-policy': "default-src 'self'", 'x-frame-options': 'DENY' })).toBe(
      false,
    );
    expect(frameableByOthers({ 'content-security-policy': "default-src 'self'" })).toBe(true);
    expect(frameableByOthers({ 'content-security-policy': 'x-frame-ancestors *', 'x-frame-options': 'DENY' })).toBe(
      false,
    );
  });
});

describe('public/_redirects', () => {
  it('public/_redirects answers each edition’s unknown addresses with its own 404 page, as a host reads it', () => {
    const lines = readFileSync('public/_redirects', 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.trim().split(/\s+/));
    const others = EDITIONS.map(editionRoot).filter((root) => root !== '');
    expect(lines).toEqual(others.map((root) => [`${root}/*`, `${root}/404.html`, '404']));
  });
});
