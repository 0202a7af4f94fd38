/**
 * astro:config/client as Astro makes it from astro.config.mjs, for the unit tests that call the real
 * astro:i18n helpers (astro/virtual-modules/i18n.js) without a build: the site's own i18n routing and the
 * settings its addresses depend on.
 */
import { I18N } from '../../../src/lib/i18n/locale.ts';

export const site = 'https://example.org';
export const base = '/';
export const trailingSlash = 'always';
export const build = { format: 'directory' };
export const i18n = { ...I18N, locales: [...I18N.locales], fallback: undefined, domains: undefined };
