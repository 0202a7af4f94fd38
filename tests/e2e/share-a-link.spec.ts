/**
 * A shared link shows a picture: every built page outside the embeds names an og:image and a twitter:image
 * of 1,200 × 630 px, at most 100 KB, with alt text, and the server sends it as a PNG.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isEmbedPath } from '../../src/lib/site/routes.ts';

const DIST = process.env.SITE_DIR ?? 'dist';

/** Every built HTML page outside /embed/, as its file. */
function builtPages(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return builtPages(path);
    return entry.name.endsWith('.html') && !isEmbedPath(`/${relative(DIST, path)}`) ? [path] : [];
  });
}

const meta = (html: string, key: string) =>
  html.match(new RegExp(`<meta (?:property|name)="${key.replaceAll('.', '\\.')}" content="([^"]*)"`))?.[1];

test('every page names a picture of 1,200 × 630 px under 100 KB, with alt text, that the site serves as a PNG', async ({
  request,
}) => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(50);
  const images = new Set<string>();
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const image = meta(html, 'og:image');
    expect(image, file).toBeTruthy();
    expect(meta(html, 'twitter:image'), file).toBe(image);
    expect(meta(html, 'twitter:card'), file).toBe('summary_large_image');
    expect(meta(html, 'og:image:alt')?.length ?? 0, file).toBeGreaterThan(20);
    images.add(new URL(image!).pathname);
  }
  // A treaty's page shows its own picture, a state's its own.
  expect(meta(readFileSync(join(DIST, 'treaties/cfe/index.html'), 'utf8'), 'og:image')).toMatch(
    /\/social\/treaties\/cfe\.png$/,
  );
  expect(meta(readFileSync(join(DIST, 'parties/ru/index.html'), 'utf8'), 'og:image')).toMatch(
    /\/social\/parties\/ru\.png$/,
  );
  for (const path of images) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe('image/png');
    const png = await response.body();
    expect(png.byteLength, path).toBeLessThanOrEqual(100_000);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
  }
});
