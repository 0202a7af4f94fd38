/**
 * The one module that reads astro:i18n: a page's address in every edition, as Astro's i18n routing
 * (I18N in src/lib/i18n/locale.ts) makes it. Each build renders its edition's pages at their path within an
 * edition (Astro.url.pathname is /treaties/cfe/ in every edition's build), and these helpers put that path
 * in each edition: for the language switcher, the hreflang alternates, the canonical address and the sitemap.
 */
import { getAbsoluteLocaleUrl, getRelativeLocaleUrl } from 'astro:i18n';
import { EDITION, EDITIONS, editionName, I18N, type Edition } from './lib/i18n/locale.ts';

/** A page in one edition. */
export interface EditionLink {
  /** The edition's code, the `lang` and `hreflang` of the link. */
  edition: Edition;
  /** Its language in its own words. */
  name: string;
  /** The page's path in that edition, for the switcher. */
  href: string;
  /** The page's full address in that edition, for the alternates and the sitemap. */
  url: string;
  /** Whether it is this build's edition. */
  current: boolean;
}

/** A page (its path within an edition, "/treaties/cfe/") in every edition, English first. */
export function editionLinks(path: string): EditionLink[] {
  return EDITIONS.map((edition) => ({
    edition,
    name: editionName(edition),
    href: getRelativeLocaleUrl(edition, path),
    url: getAbsoluteLocaleUrl(edition, path),
    current: edition === EDITION,
  }));
}

/** A page's full address in this build's edition. */
export function canonicalUrl(path: string): string {
  return getAbsoluteLocaleUrl(EDITION, path);
}

/** A page's full address in the edition a reader whose language has none is sent to (hreflang="x-default"). */
export function defaultUrl(path: string): string {
  return getAbsoluteLocaleUrl(I18N.defaultLocale, path);
}
