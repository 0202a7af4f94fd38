/**
 * The editions the site can be built in. A build makes one edition, chosen by `LOCALE` at build time
 * (`LOCALE=en-XA npm run build`); astro.config.mjs hands it to the code as the constant `__LOCALE__`, so
 * the choice is fixed for the build, as NODE_ENV is, and nothing in src/lib reads the environment.
 */

/** Every edition: the locale `Intl` formats its dates, numbers and country names in, and whether its strings are the pseudo-locale's. */
export const LOCALES = {
  en: { intl: 'en-GB', pseudo: false },
  /** Accented and lengthened English: a build in which any string left outside the table shows at once. */
  'en-XA': { intl: 'en-GB', pseudo: true },
} as const satisfies Record<string, { intl: string; pseudo: boolean }>;

/** An edition's locale code. */
export type Locale = keyof typeof LOCALES;

/** Whether a code names an edition we build. */
export function isLocale(code: string): code is Locale {
  return Object.hasOwn(LOCALES, code);
}

declare const __LOCALE__: string | undefined;

/** The edition this build makes: English unless the build was given another. */
export const LOCALE: Locale = typeof __LOCALE__ === 'string' && isLocale(__LOCALE__) ? __LOCALE__ : 'en';
