import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  asOf,
  committedReleases,
  dataVersion,
  history,
  isReleased,
  lastReviewed,
  explorerPages,
  instrumentById,
  instruments,
  laterPagePaths,
  pageOf,
  urlContext,
} from '../../src/data.ts';
import { EDITIONS, TRANSLATED_LOCALES, type Edition } from '../../src/lib/i18n/locale.ts';

describe('src/data.ts, with astro:content faked by the real content', () => {
  it('instruments are sorted by the day they were concluded, then by id', () => {
    const days = instruments.map((i) => `${i.data.concluded.date} ${i.id}`);
    expect(days).toEqual([...days].sort());
    expect(instruments.length).toBeGreaterThanOrEqual(10);
  });

  it("asOf is the build's day (AS_OF in the test environment)", () => expect(asOf).toBe('2026-11-22'));

  it('instrumentById(id) finds an instrument and names the folder when it cannot', () => {
    expect(instrumentById('inf').data.shortName).toBe('INF Treaty');
    expect(() => instrumentById('nope')).toThrow('No instrument "nope" in content/treaties/');
  });

  it('urlContext names every instrument with its events’ ids and the as-of day, and reads old index addresses', () => {
    expect(urlContext.instrumentIds).toEqual(instruments.map((i) => i.id));
    expect(urlContext.eventIds.inf).toEqual(instrumentById('inf').data.events.map((e) => e.id));
    expect(urlContext.legacyEvent?.('inf:0')).toBe(instrumentById('inf').data.events[0]!.id);
    expect(urlContext.legacyEvent?.('inf:999')).toBeUndefined();
    expect(urlContext.asOf).toBe(asOf);
  });

  it('explorerPages hold every instrument once; pageOf(page) narrows the address to those instruments', () => {
    expect(explorerPages.flatMap((p) => p.ids).sort()).toEqual(instruments.map((i) => i.id).sort());
    const { models, context } = pageOf(explorerPages[0]!);
    expect(models.map((m) => m.id).sort()).toEqual([...explorerPages[0]!.ids].sort());
    expect(Object.keys(context.eventIds).sort()).toEqual([...context.instrumentIds].sort());
    expect(laterPagePaths()).toHaveLength(explorerPages.length - 1);
  });

  it('dataVersion names the content by a day and its hash, and every committed release reads as a snapshot', () => {
    expect(dataVersion.id).toMatch(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{7}$/);
    expect(dataVersion.id).toBe(`${dataVersion.date}-${dataVersion.hash}`);
    expect(isReleased).toBe(committedReleases.some((r) => r.version === dataVersion.id));
    // One comparison per version after the first, the current one included when it is new.
    expect(history).toHaveLength(Math.max(0, committedReleases.length + (isReleased ? 0 : 1) - 1));
  });

  it('lastReviewed(id) is the day of the last change to the instrument’s file, when git knows it', () => {
    expect(lastReviewed('inf')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(lastReviewed('nope')).toBeUndefined();
  });
});

/** src/data.ts as the build of `edition` loads it: the bundler's constant `__LOCALE__` set to its code, the modules anew. */
async function dataOf(edition: Edition) {
  vi.stubGlobal('__LOCALE__', edition);
  vi.resetModules();
  return import('../../src/data.ts');
}

describe("src/data.ts in each edition's build", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  // Each edition loads the content and asks git for its days afresh: a second or two each on a busy machine.
  it(
    'dataVersion names the data, not the edition: every edition cites the one version English publishes',
    {
      timeout: 60_000,
    },
    async () => {
      const english = await dataOf('en');
      for (const edition of EDITIONS.filter((e) => e !== 'en')) {
        const built = await dataOf(edition);
        expect(built.dataVersion, edition).toEqual(english.dataVersion);
        expect(built.isReleased, edition).toBe(english.isReleased);
        // The editions do differ in what they show: the models carry each language's names of the instruments.
        if ((TRANSLATED_LOCALES as readonly string[]).includes(edition))
          expect(built.instrumentById('cfe').data.shortName, edition).not.toBe(
            english.instrumentById('cfe').data.shortName,
          );
      }
    },
  );
});
