import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVENT_TYPE_IDS } from '../../src/lib/model/event-types.ts';
import { EDITION_PAGE_STRINGS, EDITION_STRINGS, GLOSSARIES } from '../../src/lib/i18n/editions.ts';
import type { GlossaryStatus } from '../../src/lib/i18n/glossary.ts';
import { LOCALES, PLURAL_CATEGORIES, type Locale } from '../../src/lib/i18n/locale.ts';

const EDITIONS = Object.keys(LOCALES) as Locale[];
const LANGUAGES = Object.keys(GLOSSARIES) as (keyof typeof GLOSSARIES)[];

/** The placeholders of a string, sorted: `{count} of {total}` → ['count', 'total']. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** A table's keys as English would have them: a counted string's forms become its `.other`. */
function englishKey(key: string, plurals: ReadonlySet<string>): string {
  const base = key.replace(/\.(?:one|two|few|many|zero|other)$/, '');
  return base !== key && plurals.has(base) ? `${base}.other` : key;
}

describe('every edition’s tables', () => {
  for (const [name, tables] of [
    ['strings', EDITION_STRINGS],
    ['page strings', EDITION_PAGE_STRINGS],
  ] as const) {
    const english = tables.en;
    const plurals = new Set(Object.keys(english).flatMap((k) => (k.endsWith('.other') ? [k.slice(0, -6)] : [])));

    it(`the ${name} of each edition have exactly the English placeholders for every id`, () => {
      const wrong: string[] = [];
      for (const locale of EDITIONS)
        for (const [key, text] of Object.entries(tables[locale])) {
          const expected = placeholders(english[englishKey(key, plurals)] ?? '');
          if (placeholders(text).join() !== expected.join())
            wrong.push(`${locale} ${key}: {${placeholders(text).join('} {')}} for {${expected.join('} {')}}`);
        }
      expect(wrong).toEqual([]);
    });

    it(`the ${name} of each edition have every English id, each count in exactly its language's plural categories`, () => {
      for (const locale of EDITIONS) {
        const expected = Object.keys(english)
          .filter((k) => !/\.(?:one|other)$/.test(k) || !plurals.has(k.replace(/\.\w+$/, '')))
          .concat([...plurals].flatMap((base) => PLURAL_CATEGORIES[locale].map((c) => `${base}.${c}`)));
        expect(Object.keys(tables[locale]).sort(), locale).toEqual(expected.sort());
      }
    });
  }

  it('PLURAL_CATEGORIES is what Intl.PluralRules reports for each edition’s locale, so the types and the runtime agree', () => {
    for (const locale of EDITIONS)
      expect([...PLURAL_CATEGORIES[locale]], locale).toEqual(
        new Intl.PluralRules(LOCALES[locale].intl).resolvedOptions().pluralCategories,
      );
    expect(PLURAL_CATEGORIES.ru).toEqual(['one', 'few', 'many', 'other']);
    expect(PLURAL_CATEGORIES.fr).toEqual(['one', 'many', 'other']);
  });

  it('no edition but English and the pseudo-locale leaves a string of the interface in English', () => {
    // The site's own name, the citation styles' names and the licence are names, not words to translate; and
    // a few words are the same in the language as in English.
    const NAMES = /^(?:site\.name|site\.pageTitle|cite\.(?:apa|bibtex|csl)|card\.creditAddress)$/;
    const SAME: Partial<Record<Locale, readonly string[]>> = {
      de: ['site.footer.feed', 'explorer.zoom', 'table.status', 'releases.version'],
      fr: [
        ...['site.navLabel', 'explorer.zoom', 'explorer.instruments', 'event.succeeded', 'about.sources'],
        ...['table.date', 'table.sources', 'table.instrument', 'releases.version', 'search.kind.treaty'],
        ...['search.filter.instrument', 'states.instruments.one', 'states.instruments.other'],
        ...['changes.field.date', 'changes.field.instrument', 'changes.field.document'],
        ...['changes.field.description', 'changes.field.sources'],
      ],
      pl: ['table.status'],
    };
    const found = LANGUAGES.filter((l) => l !== 'en').flatMap((locale) =>
      [EDITION_STRINGS, EDITION_PAGE_STRINGS].flatMap((tables) =>
        Object.entries(tables[locale])
          .filter(([key, text]) => tables.en[key] === text && /[A-Za-z]{3,}/.test(text.replace(/\{\w+\}/g, '')))
          .map(([key]) => key)
          .filter((key) => !NAMES.test(key) && !SAME[locale]?.includes(key))
          .map((key) => `${locale} ${key}`),
      ),
    );
    expect(found).toEqual([]);
  });
});

describe('the glossary', () => {
  it('in every language, suspension is never withdrawal: the words for suspended and withdrawn differ', () => {
    for (const language of LANGUAGES) {
      const g = GLOSSARIES[language];
      expect(g.event.suspended, language).not.toBe(g.event.withdrawn);
      expect(g.event['suspension-notified'], language).not.toBe(g.event['withdrawal-notified']);
      expect(g.status.suspended[0], language).not.toBe(g.status.withdrawn[0]);
      expect(g.status.suspended[1], language).not.toBe(g.status.withdrawn[1]);
      // Nor does a suspension's word contain the withdrawal's.
      expect(g.event.suspended.toLowerCase(), language).not.toContain(g.event.withdrawn.toLowerCase());
    }
  });

  it('every label of an event type and every status word in each edition’s table is the glossary’s', () => {
    for (const language of LANGUAGES) {
      const g = GLOSSARIES[language];
      const table = EDITION_STRINGS[language];
      for (const type of EVENT_TYPE_IDS) expect(table[`event.${type}`], `${language} ${type}`).toBe(g.event[type]);
      for (const [status, [label, inSentence]] of Object.entries(g.status) as [GlossaryStatus, readonly string[]][]) {
        expect(table[`status.${status}`], `${language} ${status}`).toBe(label);
        expect(table[`status.${status}.inSentence`], `${language} ${status}`).toBe(inSentence);
      }
      expect(EDITION_PAGE_STRINGS[language]['kind.political'], language).toBe(g.kind.political);
      expect(EDITION_PAGE_STRINGS[language]['kind.treaty'], language).toBe(g.kind.treaty);
    }
  });

  it('every language names every event type differently: no two event types share a label', () => {
    for (const language of LANGUAGES) {
      const labels = Object.values(GLOSSARIES[language].event);
      expect(new Set(labels).size, language).toBe(labels.length);
    }
  });
});

/** The strings modules of an edition, loaded as that edition's build loads them (`__LOCALE__` is the build's constant). */
async function edition(locale: Locale) {
  vi.resetModules();
  vi.stubGlobal('__LOCALE__', locale);
  return {
    ...(await import('../../src/lib/i18n/strings.ts')),
    ...(await import('../../src/lib/i18n/page-strings.ts')),
  };
}

describe('tn and ptn in each edition', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('in Russian: 1 событие, 2 события, 5 событий, 11 событий, 21 событие, 22 события, 25 событий', async () => {
    const { tn } = await edition('ru');
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => tn('chart.eventCount', n))).toEqual([
      '1 событие',
      '2 события',
      '5 событий',
      '11 событий',
      '21 событие',
      '22 события',
      '25 событий',
    ]);
  });

  it('in Ukrainian and Polish, by the same four categories', async () => {
    const uk = await edition('uk');
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => uk.tn('chart.eventCount', n))).toEqual([
      '1 подія',
      '2 події',
      '5 подій',
      '11 подій',
      '21 подія',
      '22 події',
      '25 подій',
    ]);
    const pl = await edition('pl');
    // Polish: 21 is "many" (only 1 itself is "one"), 22 is "few".
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => pl.ptn('states.events', n))).toEqual([
      '1 zdarzenie',
      '2 zdarzenia',
      '5 zdarzeń',
      '11 zdarzeń',
      '21 zdarzeń',
      '22 zdarzenia',
      '25 zdarzeń',
    ]);
  });

  it('in French, a million is "many" (de), and numbers are written as French writes them', async () => {
    const { tn } = await edition('fr');
    expect(tn('chart.eventCount', 1)).toBe('1 événement');
    expect(tn('chart.eventCount', 2)).toBe('2 événements');
    expect(tn('chart.eventCount', 1_000_000)).toBe('1\u202f000\u202f000 d’événements');
  });

  it('in Russian, hasString knows the edition’s own ids and no counted form, "few" and "many" included', async () => {
    const { hasString, t } = await edition('ru');
    expect(hasString('party.SU') && t('party.SU')).toBe('Советский Союз');
    expect(['chart.group.few', 'chart.group.many', 'chart.group.one', 'party.RU'].filter(hasString)).toEqual([]);
  });

  it('in German, the edition’s words and its event labels keep their capitals in a sentence', async () => {
    const { t, lowerInSentence } = await edition('de');
    expect(t('event.suspended')).toBe('Aussetzung');
    expect(lowerInSentence(t('event.withdrawn'))).toBe('Rücktritt');
  });
});

describe('a date that ends in a full stop, at the end of a sentence', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('in Russian, "7 ноября 2023 г." ends the sentence with its own stop, in t, pt and their parts alike', async () => {
    const { pt, pageStringParts, t } = await edition('ru');
    expect(pt('treaty.lastReviewed', { day: '7 ноября 2023 г.' })).toBe('Последняя проверка: 7 ноября 2023 г.');
    expect(t('chart.captionShown', { from: '1990 г.', to: '2023 г.' })).toBe(' Показан период с 1990 г. по 2023 г.');
    expect(pageStringParts('index.lede', { from: '1990 г.' })).toEqual([
      { text: 'От старых к новым. Каждая полоса показывает статус документа с 1990 г. по ' },
      { slot: 'to' },
      { text: '.' },
    ]);
    expect(pageStringParts('index.lede', { from: '1990 г.', to: '2023 г.' })).toEqual([
      { text: 'От старых к новым. Каждая полоса показывает статус документа с 1990 г. по 2023 г.' },
    ]);
  });

  it('in English, a value without a stop keeps the string’s', async () => {
    const { pt } = await edition('en');
    expect(pt('treaty.lastReviewed', { day: '7 November 2023' })).toBe('Last reviewed: 7 November 2023.');
  });
});
