import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { idResolver } from '../../src/lib/site/event-addresses.ts';
import { instruments } from './content.ts';

/** What every index-based address of the last release that had them meant (saved when the ids were written). */
const saved = JSON.parse(readFileSync('tests/fixtures/legacy-addresses.json', 'utf8')) as {
  events: { instrument: string; index: number; id: string; date: string; type: string; description: string }[];
};
const resolve = idResolver(instruments);

/** The event the reader's address landed on: the list item or row holding the target, and the note it shows. */
async function landed(page: Page) {
  const target = page.locator('.old-anchor:target');
  await expect(target).toHaveCount(1);
  const item = page.locator('li:has(> .old-anchor:target), tr:has(.old-anchor:target)');
  return { item, note: target.locator('+ .old-note'), id: await item.getAttribute('id') };
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    for (const instrument of [...new Set(saved.events.map((e) => e.instrument))]) {
      test(`every old #event-N of /treaties/${instrument}/ lands on the event it meant`, async ({ page }) => {
        // One page load per old address: the longest pages have 70 of them.
        test.setTimeout(180_000);
        const events = saved.events.filter((e) => e.instrument === instrument);
        // With JavaScript off, every address is opened afresh; with it on, the hash changes as a reader's click would.
        for (const meant of javaScriptEnabled
          ? events
          : events.filter((_, i) => i % 5 === 0 || i === events.length - 1)) {
          const to = resolve(meant.id)!;
          const url = `/treaties/${instrument}/#event-${meant.index}`;
          await page.goto(url);
          if (to.kind !== 'event' || to.instrument !== instrument) {
            await expect(page.locator(`#event-${meant.index}`)).toBeInViewport();
            continue;
          }
          const { item, note, id } = await landed(page);
          expect(id, url).toBe(to.id);
          await expect(item).toBeInViewport();
          await expect(note).toBeVisible();
          await expect(note).toContainText(`#event-${meant.index}`);
        }
      });
    }

    test('old #instrument-event-N anchors of a state’s page land on the events they meant', async ({ page }) => {
      const russian = saved.events.filter((e) => resolve(e.id)?.kind === 'event' && /RU/.test(JSON.stringify(e)));
      for (const meant of russian.filter((_, i) => i % 7 === 0)) {
        const event = instruments.find((i) => i.id === meant.instrument)!.data.events.find((e) => e.id === meant.id);
        if (!event?.parties.includes('RU') && event?.predecessor !== 'RU') continue;
        await page.goto(`/parties/ru/#${meant.instrument}-event-${meant.index}`);
        const { item, id } = await landed(page);
        expect(id).toBe(meant.id);
        await expect(item).toBeInViewport();
      }
    });
  });
}

test('an old ?event=instrument:N address opens the event it meant in the explorer’s panel', async ({ page }) => {
  for (const meant of saved.events.filter((_, i) => i % 37 === 0)) {
    const to = resolve(meant.id);
    if (to?.kind !== 'event') continue;
    const instrument = instruments.find((i) => i.id === to.instrument)!;
    await page.goto(`/?instrument=${meant.instrument}&event=${meant.instrument}:${meant.index}`);
    const panel = page.getByRole('complementary', { name: instrument.data.shortName });
    await expect(panel).toBeVisible();
    // The address now names the event by its permanent id, and the panel opened it.
    await expect(page).toHaveURL(new RegExp(`event=${to.id}$`));
    await expect(panel.getByRole('heading', { level: 3 })).toBeVisible();
  }
});
