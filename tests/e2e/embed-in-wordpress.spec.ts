/**
 * An author pastes a treaty's or a state's address into WordPress, without the right to post raw HTML:
 * WordPress fetches our oEmbed JSON, keeps its blockquote and iframe, gives the frame a secret
 * (`#?secret=abc`, and `data-secret`), hides it until it speaks, sandboxes it (`allow-scripts` only: an
 * opaque origin) and sizes it, between 200 and 1,000 px, as its `{secret, message: 'height', value}` asks.
 * The publisher's page below does the same on another origin; its script is written here after
 * wp-embed.js's documented behaviour.
 */
import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { hostPort, SITE } from './ports.ts';

const SECRET = 'abc';
let HOST_PORT = hostPort(3, 0);
let host: Server;

/** What WordPress's sanitiser makes of a provider's oEmbed HTML (wp_filter_oembed_result), our site standing in for the provider's. */
function asWordPressFramesIt(html: string, provider: string): string {
  const [, quote = '', frame] = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(html) ?? [];
  if (!frame) return '<p>WordPress found no frame and shows the address as a link.</p>';
  const local = (quote + frame).replaceAll(provider, SITE);
  return local
    .replace(/ src="([^"]*)"/, ` src="$1#?secret=${SECRET}" data-secret="${SECRET}"`)
    .replace('<blockquote', `<blockquote class="wp-embedded-content" data-secret="${SECRET}"`)
    .replace('<iframe', '<iframe style="position: absolute; visibility: hidden;"')
    .replace('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

/** The parent's side: shows and sizes the frame whose window sends its secret, as wp-embed.js does. */
const RECEIVER = `
addEventListener('message', function (event) {
  var data = event.data;
  if (!data || /[^a-zA-Z0-9]/.test(data.secret)) return;
  document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]').forEach(function (q) { q.style.display = 'none'; });
  document.querySelectorAll('iframe[data-secret="' + data.secret + '"]').forEach(function (frame) {
    if (event.source !== frame.contentWindow) return;
    frame.removeAttribute('style');
    if (data.message === 'height') frame.height = Math.min(1000, Math.max(200, parseInt(data.value, 10) || 0));
  });
});
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('iframe.wp-embedded-content').forEach(function (frame) {
    frame.contentWindow.postMessage({ message: 'ready', secret: frame.getAttribute('data-secret') }, '*');
  });
});`;

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures from this pattern; this hook needs none.
test.beforeAll(async ({}, testInfo) => {
  HOST_PORT = hostPort(3, testInfo.parallelIndex);
  host = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://localhost:${HOST_PORT}`);
    const column = Number(url.searchParams.get('column') ?? 680);
    const oembed = url.searchParams.get('oembed');
    if (!oembed) return void response.writeHead(404).end();
    void fetch(`${SITE}${oembed}`)
      .then((answer) => answer.json() as Promise<{ html: string; provider_url: string }>)
      .then(({ html, provider_url }) => {
        const embed = asWordPressFramesIt(html, new URL(provider_url).origin);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          `<!doctype html><html lang="en"><head><title>A WordPress post</title></head><body><main>` +
            `<h1>A post</h1><div id="entry" style="width:${column}px">${embed}</div></main>` +
            `<script>${RECEIVER}</script></body></html>`,
        );
      });
  });
  await new Promise<void>((done) => host.listen(HOST_PORT, '127.0.0.1', done));
});
test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

async function openPost(page: Page, oembed: string, column: number) {
  await page.setViewportSize({ width: column + 40, height: 900 });
  await page.goto(`http://localhost:${HOST_PORT}/?oembed=${encodeURIComponent(oembed)}&column=${column}`);
  const frame = page.locator('iframe.wp-embedded-content');
  // Shown once the embed has spoken, the link that stood in for it hidden.
  await expect(frame).toBeVisible();
  await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
  const inside = await (await frame.elementHandle()).contentFrame();
  return { frame, inside: inside! };
}

const cases = [
  { oembed: '/oembed/treaties/inf.json', column: 360 },
  { oembed: '/oembed/treaties/inf.json', column: 680 },
  { oembed: '/oembed/parties/ru.json', column: 680 },
];

for (const { oembed, column } of cases) {
  test(`${oembed} in a WordPress post ${column} px wide takes its content's height, in a sandboxed frame`, async ({
    page,
  }) => {
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    const { frame, inside } = await openPost(page, oembed, column);
    // The frame is an opaque origin, as WordPress's sandbox makes it, and pinned to the data's day.
    expect(await inside.evaluate(() => window.origin)).toBe('null');
    expect(inside.url()).toMatch(/\?asof=\d{4}-\d{2}-\d{2}#\?secret=abc$/);
    const contentHeight = () => inside.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await expect
      .poll(async () =>
        Math.abs(Number(await frame.getAttribute('height')) - Math.min(1000, Math.max(200, await contentHeight()))),
      )
      .toBeLessThanOrEqual(1);
    // Its module scripts ran (fetched with CORS from the opaque origin): the zoom works.
    await inside.getByRole('button', { name: 'Zoom in' }).first().click();
    await expect(inside.locator('svg.live').first()).toBeAttached();
    expect(failed).toEqual([]);
  });
}

test('a marker in the WordPress frame asks WordPress to follow its link, there being no popups in the sandbox', async ({
  page,
}) => {
  const { inside } = await openPost(page, '/oembed/treaties/inf.json', 680);
  const asked = page.evaluate(
    () =>
      new Promise<unknown>((resolve) =>
        addEventListener('message', (event: MessageEvent<{ message?: string }>) => {
          if (event.data?.message === 'link') resolve(event.data);
        }),
      ),
  );
  await inside.locator('svg.lifecycle-chart:visible a.marker').first().click();
  expect(await asked).toEqual({
    secret: 'abc',
    message: 'link',
    value: expect.stringMatching(/\/treaties\/inf\/#inf-/),
  });
});
