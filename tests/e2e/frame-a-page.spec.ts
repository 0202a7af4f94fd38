import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative } from 'node:path';
import { frameableByOthers } from '../../src/lib/site/headers-file.ts';
import { EDITIONS } from '../../src/lib/i18n/locale.ts';
import { editionRoot, isEmbedPath } from '../../src/lib/site/routes.ts';
import { hostPort as portOf } from './ports.ts';

/** The built site the test server serves (SITE_DIR only when a local run serves another folder). */
const DIST = process.env.SITE_DIR ?? 'dist';

/** Every built HTML page, by path: /x/ for x/index.html, /404.html for 404.html. */
function builtPages(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return builtPages(path);
    if (!entry.name.endsWith('.html')) return [];
    const url = `/${relative(DIST, path)}`;
    return [url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url];
  });
}

const pages = builtPages()
  .filter((path) => !isEmbedPath(path))
  .sort();
/** Each page as /x/, /x and /x/index.html: a host serves all three. */
const spellings = pages.flatMap((path) =>
  path.endsWith('/') && path !== '/'
    ? [path, path.slice(0, -1), `${path}index.html`]
    : path === '/'
      ? ['/', '/index.html']
      : [path],
);

test('every built page outside /embed/, in every spelling, is sent with headers that forbid framing', async ({
  request,
}) => {
  test.setTimeout(180_000); // some 3,500 requests: every page of six editions, each spelt three ways
  expect(pages.length).toBeGreaterThan(5);
  const frameable: string[] = [];
  for (const path of [...spellings, '/no-such-page/']) {
    const response = await request.get(path);
    if (frameableByOthers(response.headers())) frameable.push(path);
  }
  expect(frameable).toEqual([]);
  expect(frameableByOthers((await request.get('/embed/')).headers())).toBe(true);
});

/** A publisher's page on another origin (a second localhost port, one per worker): it frames the paths in its query. */
let host: Server;
let hostPort = portOf(1, 0);
test.beforeAll(async ({ baseURL }, testInfo) => {
  hostPort = portOf(1, testInfo.parallelIndex);
  host = createServer((request, response) => {
    const paths = new URL(request.url ?? '/', 'http://localhost').searchParams.getAll('frame');
    const frames = paths
      .map(
        (path, i) =>
          `<iframe id="f${i}" title="Frame ${i}" src="${baseURL}${encodeURI(path)}" width="400" height="200"></iframe>`,
      )
      .join('');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><title>A publisher's page</title></head><body>${frames}</body></html>`,
    );
  });
  await new Promise<void>((done) => host.listen(hostPort, '127.0.0.1', done));
});
test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

/** The other editions' roots ("/de/" …): their pages are framed one of each kind, English's every one. */
const others = EDITIONS.map((edition) => `${editionRoot(edition)}/`).filter((root) => root !== '/');
const editionOf = (path: string) => others.find((root) => path.startsWith(root));
const kindOf = (path: string) => path.slice(editionOf(path)!.length).split('/')[0];
const framed = pages.filter(
  (path, n) =>
    !editionOf(path) || pages.findIndex((p) => editionOf(p) === editionOf(path) && kindOf(p) === kindOf(path)) === n,
);

test('another site that frames every built page outside /embed/ (each other edition’s, one of each kind) sees each refused, and an embed shown', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (let start = 0; start < framed.length; start += 25) {
    const batch = [...framed.slice(start, start + 25), '/embed/'];
    await page.goto(
      `http://localhost:${hostPort}/?${batch.map((path) => `frame=${encodeURIComponent(path)}`).join('&')}`,
    );
    for (const [i, path] of batch.entries()) {
      const frame = await page.locator(`#f${i}`).elementHandle();
      await expect
        .poll(async () => (await frame.contentFrame())?.url(), { message: path })
        .toMatch(path === '/embed/' ? /\/embed\/$/ : /^chrome-error:/);
    }
  }
});
