/**
 * A reader in another language: the site's editions at /ru/, /uk/, /de/, /fr/ and /pl/ beside English at /,
 * each page naming all six for search engines and offering them in a switcher that keeps the page as it stands,
 * and all citing the one version of the data, whose files are served where they cite them.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE } from './ports.ts';
import { EDITIONS } from '../../src/lib/i18n/locale.ts';
import { VERSION_PATTERN } from '../../src/lib/releases/data-version.ts';
import { editionRoot } from '../../src/lib/site/routes.ts';

/** The site's address as the build wrote it into absolute links (SITE_URL, or the default). */
const SITE_URL = (process.env.SITE_URL ?? 'https://armscontroltimeline.org').replace(/\/$/, '');

/** The hreflang alternates of the page open in `page`: each language and the address it names. */
const alternates = (page: Page) =>
  page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));

/** A page's alternates as they must be: the page in all six editions, and English's for everyone else. */
const expected = (path: string) => [
  ...EDITIONS.map((edition) => [edition, `${SITE_URL}${editionRoot(edition)}${path}`]),
  ['x-default', `${SITE_URL}${path}`],
];

test('the German CFE page is German: its language, its status sentence, and the other editions named', async ({
  page,
}) => {
  await page.goto('/de/treaties/cfe/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Vertrag über konventionelle Streitkräfte');
  await expect(page.locator('[data-headline-label]')).toHaveText('Status heute:');
  await expect(page.getByRole('navigation', { name: 'Website' })).toContainText('Verträge');
  expect(await alternates(page)).toEqual(expected('/treaties/cfe/'));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE_URL}/de/treaties/cfe/`);
});

test('every kind of page has its six editions and x-default, in every edition, and says its own language', async ({
  request,
}) => {
  for (const edition of EDITIONS)
    for (const path of [
      '/',
      '/treaties/',
      '/parties/ru/',
      '/about/',
      '/events/',
      '/changes/',
      '/embed/treaties/cfe/',
    ]) {
      const html = await (await request.get(`${editionRoot(edition)}${path}`)).text();
      const head = html.split('</head>')[0]!;
      expect(/<html lang="([^"]+)"/.exec(html)?.[1], `${edition} ${path}`).toBe(edition);
      const links = [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
        m[1],
        m[2],
      ]);
      expect(links, `${edition} ${path}`).toEqual(expected(path));
    }
});

test('the language switcher leads to the same page in the other language, with its parameters', async ({ page }) => {
  await page.goto('/treaties/cfe/?asof=2019-01-01');
  await expect(page.locator('[data-headline-label]')).toHaveText('Status on 1 January 2019:');
  // The switcher names the page's edition on the brand's row; the six open under it.
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await switcher.locator('summary').click();
  await switcher.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(`${SITE}/ru/treaties/cfe/?asof=2019-01-01`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('[data-headline-label]')).toHaveText('Статус на 1 января 2019 г.:');
  // Back to English by the keyboard, from the Russian page: the parameters come along again.
  const russian = page.getByRole('navigation', { name: 'Язык' });
  await russian.locator('summary').focus();
  await page.keyboard.press('Enter');
  await russian.getByRole('link', { name: 'English' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${SITE}/treaties/cfe/?asof=2019-01-01`);
});

test('the switcher marks the edition the reader is in, and names each in its own language', async ({ page }) => {
  await page.goto('/pl/parties/');
  const switcher = page.getByRole('navigation', { name: 'Język' });
  await expect(switcher.locator('summary')).toHaveText('Polski');
  await switcher.locator('summary').click();
  await expect(switcher.getByRole('link')).toHaveText([
    'English',
    'Русский',
    'Українська',
    'Deutsch',
    'Français',
    'Polski',
  ]);
  await expect(switcher.locator('[aria-current="true"]')).toHaveText('Polski');
  await expect(switcher.getByRole('link', { name: 'Українська' })).toHaveAttribute('lang', 'uk');
  await expect(switcher.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('href', '/de/parties/');
});

test('the Polish New START embed is in Polish, and its oEmbed frames the Polish embed', async ({ page, request }) => {
  await page.goto('/pl/embed/treaties/new-start/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('[data-headline-label]')).toHaveText('Status na dziś:');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE_URL}/pl/treaties/new-start/`);
  const oembed = (await (await request.get('/pl/oembed/treaties/new-start.json')).json()) as { html: string };
  expect(oembed.html).toContain(`${SITE_URL}/pl/embed/treaties/new-start/`);
  expect(oembed.html).toContain(`${SITE_URL}/pl/treaties/new-start/`);
});

test('the embed dialog of a French page hands out the French embed', async ({ page }) => {
  await page.goto('/fr/treaties/cfe/?asof=2019-01-01');
  await page.getByRole('button', { name: 'Intégrer', exact: true }).click();
  const code = page.getByRole('dialog').getByRole('textbox').first();
  await expect(code).toHaveValue(new RegExp(`${SITE}/fr/embed/treaties/cfe/\\?asof=2019-01-01`));
});

test('an edition says once that the descriptions are in English, and marks them so; English says nothing of it', async ({
  page,
}) => {
  await page.goto('/de/treaties/cfe/');
  await expect(page.locator('footer [data-content-language]')).toHaveText(
    'Die Beschreibungen der Ereignisse und die Geschichte der Verträge sind vorerst auf Englisch.',
  );
  await expect(page.locator('ol.events p').first()).toHaveAttribute('lang', 'en');
  await page.goto('/treaties/cfe/');
  await expect(page.locator('[data-content-language]')).toHaveCount(0);
});

test('a link in an English narrative leads a reader of another edition to that edition’s page', async ({ page }) => {
  await page.goto('/de/treaties/adapted-cfe/');
  await page.locator('.narrative').getByRole('link', { name: 'CFE Treaty' }).first().click();
  await expect(page).toHaveURL(/\/de\/treaties\/cfe\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // English keeps its own links.
  await page.goto('/treaties/adapted-cfe/');
  await expect(page.locator('.narrative').getByRole('link', { name: 'CFE Treaty' }).first()).toHaveAttribute(
    'href',
    '/treaties/cfe/',
  );
});

test('an unknown address in an edition answers with that edition’s 404 page', async ({ page }) => {
  const response = await page.goto('/uk/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  // English's link, in the switcher the reader opens from the page's own language.
  await expect(page.getByRole('navigation', { name: 'Мова' }).locator('a[hreflang="en"]')).toHaveAttribute('href', '/');
});

test('the sitemap lists every edition of a page, each with all six and x-default', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const edition of EDITIONS) {
    const url = `${SITE_URL}${editionRoot(edition)}/treaties/cfe/`;
    const entry = sitemap.split('<url>').find((u) => u.startsWith(`<loc>${url}</loc>`));
    expect(entry, url).toBeDefined();
    const links = [...entry!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(links, url).toEqual(expected('/treaties/cfe/'));
  }
});

const DIST = process.env.SITE_DIR ?? 'dist';

/** Every built file a reader or a program reads as text (pages, pictures, feeds, JSON), each edition's included. */
function textFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(path);
    return /\.(html|svg|xml|json|txt)$/.test(entry.name) ? [path] : [];
  });
}

/** A file of a released version of the data, as a page cites it: /data/releases/2026-12-07-3f9a1c2/treaties.json. */
const RELEASE_ADDRESS = new RegExp(
  `/data/releases/(${VERSION_PATTERN.source.slice(1, -1)})/[\\w-]+(?:\\.[a-z]+)+`,
  'g',
);

test('every edition cites the one data version English publishes, and every release file any page cites is served', async ({
  request,
}) => {
  const { version } = JSON.parse(readFileSync(join(DIST, 'data/treaties.json'), 'utf8')) as { version: string };
  const cited = new Map<string, string>();
  for (const file of textFiles())
    for (const [address] of readFileSync(file, 'utf8').matchAll(RELEASE_ADDRESS)) cited.set(address, file);
  // Each edition's about page cites the data by this version in its APA, Chicago and BibTeX citations.
  for (const edition of EDITIONS) {
    const about = join(DIST, editionRoot(edition), 'about/index.html');
    const versions = [...readFileSync(about, 'utf8').matchAll(RELEASE_ADDRESS)].map((m) => m[1]);
    expect(versions.length, about).toBeGreaterThanOrEqual(3);
    expect(new Set(versions), about).toEqual(new Set([version]));
  }
  expect(cited.size).toBeGreaterThanOrEqual(2);
  for (const [address, file] of cited) expect((await request.get(address)).status(), `${address} in ${file}`).toBe(200);
});
