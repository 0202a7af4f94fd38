/**
 * The editions the site can be built in. An Astro build makes one edition, chosen by `LOCALE` at build time;
 * astro.config.mjs hands it to the code as the constant `__LOCALE__`, so the choice is fixed for the build,
 * as NODE_ENV is, and nothing in src/lib reads the environment. `npm run build` makes every edition of
 * EDITIONS that way and puts them together in one site (scripts/build-editions.ts).
 */

/**
 * Every edition: the locale `Intl` formats its dates, numbers and country names in, whether its strings
 * are the pseudo-locale's, and whether a label put in the middle of a sentence is lower-cased (not in
 * German, whose event labels are nouns).
 */
export const LOCALES = {
  en: { intl: 'en-GB', pseudo: false, lowerInSentence: true },
  /** Accented and lengthened English: a build in which any string left outside the table shows at once. */
  'en-XA': { intl: 'en-GB', pseudo: true, lowerInSentence: true },
  ru: { intl: 'ru', pseudo: false, lowerInSentence: true },
  uk: { intl: 'uk', pseudo: false, lowerInSentence: true },
  de: { intl: 'de', pseudo: false, lowerInSentence: false },
  fr: { intl: 'fr', pseudo: false, lowerInSentence: true },
  pl: { intl: 'pl', pseudo: false, lowerInSentence: true },
} as const satisfies Record<string, { intl: string; pseudo: boolean; lowerInSentence: boolean }>;

/** An edition's locale code. */
export type Locale = keyof typeof LOCALES;

/** The editions in a language of their own, not English's: those a treaty's names may be given in. */
export const TRANSLATED_LOCALES = ['ru', 'uk', 'de', 'fr', 'pl'] as const satisfies readonly Locale[];

/** A translated edition's locale code. */
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/**
 * The plural categories each edition's language has, as CLDR names them and Intl.PluralRules chooses
 * among them: the type of a counted string requires exactly these forms (strings.ts), and a unit test
 * holds this table to `new Intl.PluralRules(intl).resolvedOptions().pluralCategories`.
 */
export const PLURAL_CATEGORIES = {
  en: ['one', 'other'],
  'en-XA': ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  uk: ['one', 'few', 'many', 'other'],
  de: ['one', 'other'],
  fr: ['one', 'many', 'other'],
  pl: ['one', 'few', 'many', 'other'],
} as const satisfies Record<Locale, readonly Intl.LDMLPluralRule[]>;

/** The plural categories of an edition's language. */
export type PluralCategory<L extends Locale = Locale> = (typeof PLURAL_CATEGORIES)[L][number];

/** The editions published together as one site, English first: its pages are at the root, each other's under its code. */
export const EDITIONS = ['en', 'ru', 'uk', 'de', 'fr', 'pl'] as const satisfies readonly Locale[];

/** A published edition's code: a locale of Astro's i18n routing, and the `hreflang` of its pages. */
export type Edition = (typeof EDITIONS)[number];

/**
 * Astro's i18n routing of the site (astro.config.mjs): every edition a locale, English the default at the
 * root (`/treaties/cfe/`), each other under its code (`/de/treaties/cfe/`). The astro:i18n helpers make
 * every address of another edition from it (src/editions.ts), and routes.ts puts a build's own pages there.
 */
export const I18N = {
  locales: [...EDITIONS],
  defaultLocale: 'en',
  routing: { prefixDefaultLocale: false },
} as const satisfies { locales: Edition[]; defaultLocale: Edition; routing: { prefixDefaultLocale: boolean } };

/** The edition a locale's pages are published as: its own, and English's for the pseudo-locale (English, accented, built on its own). */
export function editionOf(locale: Locale): Edition {
  return locale === 'en-XA' ? 'en' : locale;
}

/** An edition's language in its own words, as the language switcher names it: "Deutsch", "Русский". */
export function editionName(edition: Edition): string {
  const name = new Intl.DisplayNames([edition], { type: 'language' }).of(edition) ?? edition;
  return name.charAt(0).toLocaleUpperCase(edition) + name.slice(1);
}

/** Whether a code names an edition we build. */
export function isLocale(code: string): code is Locale {
  return Object.hasOwn(LOCALES, code);
}

declare const __LOCALE__: string | undefined;

/** The edition this build makes: English unless the build was given another. */
export const LOCALE: Locale = typeof __LOCALE__ === 'string' && isLocale(__LOCALE__) ? __LOCALE__ : 'en';

/** The published edition whose addresses this build's pages have. */
export const EDITION: Edition = editionOf(LOCALE);

/**
 * The language of the content's own words (narratives, summaries, event descriptions, sources), which stay
 * as their authors wrote them, in English: the `lang` an edition in another language marks them with, so
 * that a screen reader reads them as English. Nothing in the English edition itself.
 */
export const CONTENT_LANG: 'en' | undefined = LOCALE === 'en' ? undefined : 'en';
