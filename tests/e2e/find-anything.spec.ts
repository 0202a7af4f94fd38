/**
 * A reader finds a treaty, a state or a single event from the search box in the header of every page:
 * Pagefind's index of the built edition, loaded when the box is first focused.
 */
import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe.ts';
import { instruments } from './content.ts';

const BOX = { name: 'Find a treaty, state or event' };
const results = (page: Page) => page.locator('#site-search-panel').getByRole('list');

/** Types `words` into the header's box on `path` and waits for the results to be announced. */
async function search(page: Page, words: string, path = '/about/') {
  await page.goto(path);
  await page.getByRole('searchbox', BOX).fill(words);
  await expect(page.getByRole('status').filter({ hasText: /result|Nothing/ })).toHaveText(/\d+ results?|Nothing/);
}

/** The events whose description names `word`, as anchors on their instruments' pages. */
const eventsNaming = (word: string) =>
  instruments.flatMap((i) =>
    i.data.events.filter((e) => e.description.includes(word)).map((e) => `/treaties/${i.id}/#${e.id}`),
  );

test('"Oreshnik" finds the events that name it, each linking to its permanent anchor', async ({ page }) => {
  const expected = eventsNaming('Oreshnik');
  expect(expected.length).toBeGreaterThan(0);
  await search(page, 'Oreshnik');
  for (const href of expected) await expect(results(page).locator(`a[href="${href}"]`)).toHaveCount(1);
  await results(page)
    .locator(`a[href="${expected.at(-1)}"]`)
    .click();
  await expect(page).toHaveURL(new RegExp(`${expected.at(-1)!.replace(/[/#]/g, '\\$&')}$`));
  await expect(page.locator(`[id="${expected.at(-1)!.split('#')[1]}"]`)).toBeInViewport();
});

test('"Belarus" finds the state’s page first', async ({ page }) => {
  await search(page, 'Belarus');
  await expect(results(page).getByRole('link').first()).toHaveAttribute('href', '/parties/by/');
  await expect(results(page).getByRole('listitem').first()).toContainText('State');
});

test('"2007" finds Russia’s suspension of the CFE Treaty and the treaty’s page', async ({ page }) => {
  await search(page, '2007');
  await expect(results(page).locator('a[href="/treaties/cfe/#cfe-2007-12-12-suspended-ru"]')).toHaveCount(1);
  await expect(results(page).locator('a[href="/treaties/cfe/"]')).toHaveCount(1);
});

test('the box is one Tab from the top, arrows move through the results, Escape closes them, Enter opens one', async ({
  page,
}) => {
  await page.goto('/treaties/');
  await page.keyboard.press('Tab'); // the skip link
  await page.keyboard.press('Tab');
  const box = page.getByRole('searchbox', BOX);
  await expect(box).toBeFocused();
  await page.keyboard.type('Belarus');
  await expect(results(page)).toBeVisible();
  const links = results(page).getByRole('link');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(results(page)).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  const href = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('a filter narrows the results to one event type', async ({ page }) => {
  await search(page, '2007');
  await page.getByText('Narrow the results').click();
  await page.getByLabel('Event type').selectOption('Suspended');
  await expect(results(page).getByRole('listitem').first()).toBeVisible();
  for (const link of await results(page).getByRole('link').all()) await expect(link).toContainText('Suspended');
});

test('axe finds nothing in the open results at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await search(page, 'Belarus');
  await expect(results(page)).toBeVisible();
  expect((await axe(page).analyze()).violations).toEqual([]);
});

test('without JavaScript the box is a link to the instruments and the states', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/about/');
  await expect(page.getByRole('searchbox')).toBeHidden();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'an instrument' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'an instrument' })).toHaveAttribute('href', '/treaties/');
  await expect(page.getByRole('link', { name: 'a state' })).toHaveAttribute('href', '/parties/');
  await context.close();
});

test('embeds have no search box and load no index', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto('/embed/treaties/cfe/');
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  expect(loaded.filter((url) => url.includes('/pagefind/'))).toEqual([]);
});

test('nothing of the index loads until the reader focuses the box', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto('/treaties/cfe/');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  await page.getByRole('searchbox', BOX).focus();
  await expect.poll(() => loaded.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('a first query loads under 300 KB: the search code, Pagefind, its WebAssembly and the index it needs', async ({
  page,
}) => {
  // A byte budget, not a time: npm run bench measures how fast the answers come, here and with 1,000 instruments.
  await page.goto('/about/');
  await page.waitForLoadState('networkidle');
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => sizes.push(response.body().then((body) => body.length)));
  await page.getByRole('searchbox', BOX).fill('Russia');
  await expect(page.getByRole('status').filter({ hasText: /result/ })).toHaveText(/\d+ results?/);
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  expect(bytes).toBeGreaterThan(50 * 1024); // Pagefind and its WebAssembly came
  expect(bytes).toBeLessThan(300 * 1024);
});

test("the search runs on the page's thread: Pagefind's worker never loads", async ({ page }) => {
  // In the worker, a common word's thousands of results each cost a message to free, which held later answers
  // back by seconds at 1,000 instruments (search-panel.ts); npm run bench measures the answers.
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto('/about/');
  await page.getByRole('searchbox', BOX).fill('Russia');
  await expect(page.getByRole('status').filter({ hasText: /result/ })).toHaveText(/\d+ results?/);
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((url) => url.includes('/pagefind/pagefind.js'))).toHaveLength(1);
  expect(loaded.filter((url) => url.includes('pagefind-worker'))).toEqual([]);
});

/** Types `words` into the header's box on an edition's page and waits for the count, in any language. */
async function searchIn(page: Page, path: string, words: string) {
  await page.goto(path);
  await page.getByRole('searchbox').fill(words);
  await expect(page.locator('[data-search-count]')).toHaveText(/\d/);
}

test('each edition searches its own words: "Беларусь" in Russian finds the state and its steps, "ДРСМД" the INF Treaty', async ({
  page,
}) => {
  await searchIn(page, '/ru/about/', 'Беларусь');
  await expect(results(page).locator('a[href="/ru/parties/by/"]')).toHaveCount(1);
  const steps = instruments.flatMap((i) =>
    i.data.events.filter((e) => e.parties.includes('BY')).map((e) => `/ru/treaties/${i.id}/#${e.id}`),
  );
  const shown = await results(page)
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(shown.filter((href) => steps.includes(href!)).length).toBeGreaterThan(0);
  expect((await axe(page).include('#site-search-panel').analyze()).violations).toEqual([]);

  await searchIn(page, '/ru/', 'ДРСМД');
  await expect(results(page).locator('a[href="/ru/treaties/inf/"]')).toHaveCount(1);
});

test('"KSE-Vertrag" in German finds the CFE Treaty, and "Russland" the state', async ({ page }) => {
  await searchIn(page, '/de/about/', 'KSE-Vertrag');
  await expect(results(page).locator('a[href="/de/treaties/cfe/"]')).toHaveCount(1);
  await searchIn(page, '/de/about/', 'Russland');
  await expect(results(page).locator('a[href="/de/parties/ru/"]')).toHaveCount(1);
});
