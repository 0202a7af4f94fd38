/**
 * A reader of each translated edition (ru, uk, de, fr, pl) meets no interface English: no phrase of the
 * English tables (src/lib/i18n) appears on its pages outside the content (which is English on purpose, and
 * marked lang="en"), with JavaScript and without, at 360 px. The pseudo-locale's test finds words that
 * bypass the tables (translate-the-interface.spec.ts); this one finds a table the edition did not switch to.
 */
import { expect, test } from '@playwright/test';
import { EDITION_PAGE_STRINGS, EDITION_STRINGS } from '../../src/lib/i18n/editions.ts';
import { TRANSLATED_LOCALES } from '../../src/lib/i18n/locale.ts';
import { editionRoot } from '../../src/lib/site/routes.ts';
import { CONTENT } from './content.ts';
import { reachForTimeline } from './explorer.ts';

const PAGES = ['/', '/treaties/', '/treaties/cfe/', '/parties/ru/', '/about/', '/embed/treaties/new-start/'];

/** The phrases of a table: each string's text between its placeholders, of two words or more. */
const phrases = (table: Readonly<Record<string, string>>) =>
  Object.values(table)
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((piece) => piece.trim().replace(/^[\s,.;:—–(]+|[\s,.;:—–)]+$/g, ''))
    .filter((piece) => /^\p{L}+(?:[ -]\p{L}+)+$/u.test(piece));

/** A phrase (letters, spaces and hyphens only) as a whole, not inside a longer word. */
const wholePhrase = (phrase: string) => new RegExp(`(?<!\\p{L})${phrase}(?!\\p{L})`, 'u');

const ENGLISH = new Set([...phrases(EDITION_STRINGS.en), ...phrases(EDITION_PAGE_STRINGS.en)]);

for (const edition of TRANSLATED_LOCALES) {
  // A phrase the edition's own tables also say (a name, an acronym's expansion) is not a leak.
  const own = [...Object.values(EDITION_STRINGS[edition]), ...Object.values(EDITION_PAGE_STRINGS[edition])].join('\n');
  const english = [...ENGLISH].filter((phrase) => !own.includes(phrase)).sort((a, b) => b.length - a.length);

  for (const javaScriptEnabled of [true, false])
    test(`the ${edition} edition shows no English of the interface at 360 px, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of PAGES) {
        const address = `${editionRoot(edition)}${path}`;
        await page.goto(address);
        if (javaScriptEnabled && path === '/') await reachForTimeline(page);
        const texts = await page.evaluate(() => {
          // The content is English and says so (lang="en"); the switcher names each edition in its own language.
          const skip = (el: Element | null) =>
            el?.closest('script, style, code, pre, body [lang="en"], a[hreflang], [data-edition-name]');
          const out: string[] = [document.title];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode())
            if (!skip(node.parentElement) && node.textContent!.trim()) out.push(node.textContent!);
          for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))
            if (!skip(el))
              for (const name of ['aria-label', 'title', 'alt', 'placeholder'])
                if (el.hasAttribute(name)) out.push(el.getAttribute(name)!);
          return out.map((text) => text.replace(/\s+/g, ' '));
        });
        for (const text of texts) {
          // What the authors wrote (names, descriptions, sources) is English by design, wherever it is quoted.
          let rest = text;
          for (const s of CONTENT) if (rest.includes(s)) rest = rest.split(s).join(' ');
          for (const phrase of english)
            if (wholePhrase(phrase).test(rest)) found.push(`${address}: “${phrase}” in “${text.trim().slice(0, 100)}”`);
        }
      }
      expect([...new Set(found)]).toEqual([]);
      await context.close();
    });
}
