/**
 * A translator's view of the site, on the pseudo-locale build (npm run build:pseudo, LOCALE=en-XA):
 * every interface string is accented and lengthened there, so any plain English left on a page is a
 * string that bypassed src/lib/i18n/strings.ts, and any layout that breaks at 360 px under longer
 * strings shows here before a real translation meets it. The content (names, descriptions, sources,
 * narratives) is the authors' and stays as written.
 */
import { expect, test } from '@playwright/test';
import { reachForTimeline } from './explorer.ts';
import { CONTENT, instruments } from './content.ts';
import { pseudoLocalize } from '../../src/lib/i18n/pseudo-locale.ts';

const PAGES = [
  '/',
  '/treaties/',
  '/treaties/cfe/',
  '/treaties/new-start/',
  '/parties/',
  '/parties/ru/',
  '/parties/su/',
  '/about/',
  '/no-such-page/',
  '/embed/',
  '/embed/treaties/new-start/',
  '/embed/parties/ru/',
];

/** The instruments' names, which charts may break into lines, cut short at a word ("Ottawa…") or give as initials ("CMC"). */
const NAMES = instruments.flatMap(({ data }) => [data.name, data.shortName]);
const INITIALS = NAMES.map((name) =>
  name
    .split(' ')
    .map((word) => [...word.replace(/^\P{L}+/u, '')][0] ?? word)
    .join(''),
);

/** The English left in a text once the content and any address are taken out: runs of two or more plain letters. */
function untranslated(written: string): string[] {
  // Whitespace as a reader meets it: a name set in lines ("Cluster Munitions\nConvention") is the name.
  const text = written.replace(/\s+/g, ' ');
  const piece = text.trim().replace(/…$/, '');
  if (piece && (NAMES.some((name) => name.includes(piece)) || INITIALS.includes(piece))) return [];
  // Addresses are not words: a web address, or an anchor such as #event-3 or #inf-1987-12-08-signed.
  let rest = text.replace(/https?:\/\/\S+/g, ' ').replace(/#[a-z0-9-]+/g, ' ');
  // A data version (2026-12-07-ed0071: its day and a hash) is data too, whatever letters its hash has.
  rest = rest.replace(/\b\d{4}-\d{2}-\d{2}-[0-9a-f]{7}\b/g, ' ');
  for (const s of CONTENT) if (rest.includes(s)) rest = rest.split(s).join(' ');
  // A state's code ("(RU)") is data, not words.
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !/^[A-Z]{2}$/.test(word));
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with' : 'without';
  test(`in the pseudo-locale, no page shows English outside the content, ${mode} JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      if (javaScriptEnabled && path === '/') {
        await reachForTimeline(page);
      }
      const texts = await page.evaluate(() => {
        // The language switcher names each edition in its own language (a[hreflang], its own in the summary), not the page's.
        const skip = (el: Element | null) =>
          el?.closest('script, style, code, pre, textarea, [data-content], a[hreflang], [data-edition-name]');
        const out: string[] = [document.title];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!skip(node.parentElement) && node.textContent!.trim()) out.push(node.textContent!);
        }
        for (const el of document.querySelectorAll(
          '[aria-label], [title], [alt], [placeholder], meta[name="description"]',
        )) {
          if (skip(el)) continue;
          for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'content'])
            if (el.hasAttribute(name)) out.push(el.getAttribute(name)!);
        }
        return out;
      });
      for (const text of texts) {
        const words = untranslated(text);
        if (words.length) found.push(`${path}: ${words.join(' ')} in “${text.trim().slice(0, 120)}”`);
      }
    }
    expect([...new Set(found)]).toEqual([]);
    await context.close();
  });

  test(`in the pseudo-locale, nothing scrolls sideways at 360 px, ${mode} JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${path}: ${width} px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
}

test('the pseudo-locale build is the pseudo-locale: its pages say so and accent the interface', async ({ page }) => {
  await page.goto('/treaties/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^⟦.*⟧$/);
});

test('in the pseudo-locale, the search box finds the content’s English words and answers in accented words', async ({
  page,
}) => {
  await page.goto('/about/');
  const box = page.getByRole('searchbox', { name: pseudoLocalize('Find a treaty, state or event') });
  await expect(box).toHaveAttribute('placeholder', pseudoLocalize('Find…'));
  await box.fill('Oreshnik');
  const panel = page.locator('#site-search-panel');
  await expect(page.getByRole('status').filter({ hasText: /\d/ })).toHaveText(/^⟦.*⟧$/);
  const event = instruments
    .flatMap((i) => i.data.events.map((e) => ({ i, e })))
    .find(({ e }) => e.description.includes('Oreshnik'))!;
  const link = panel.locator(`a[href="/treaties/${event.i.id}/#${event.e.id}"]`);
  await expect(link).toContainText(pseudoLocalize('Statement').slice(1, -1));
  // The content stays as its authors wrote it.
  await expect(
    panel.getByRole('listitem').filter({ has: page.locator(`a[href="/treaties/${event.i.id}/#${event.e.id}"]`) }),
  ).toContainText(event.e.description.slice(0, 40));
  // The texts the test above reads of a page: the open panel's words are the table's too.
  const texts = await panel.innerText();
  expect(texts).not.toMatch(/\b(?:results?|Nothing|Instrument|State)\b/);
});
