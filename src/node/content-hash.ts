/**
 * The hash half of a data version (src/lib/releases/data-version.ts): sha256 is Node's, so it is worked
 * out here, at build time, and handed to the pure code as a string.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, HASH_LENGTH } from '../lib/releases/data-version.ts';

/** An instrument as the content collection hands it out: its id and its validated frontmatter, as written. */
export interface ContentEntry {
  id: string;
  data: unknown;
  /** Never a model (src/lib/model): a model's names are in its edition's language, and the version names the data. */
  lifecycle?: never;
}

/**
 * The first HASH_LENGTH hex digits of the sha256 of the content as written and as the exports carry it:
 * every instrument's id and validated fields (with its names in every language), with its events and
 * sources, in id order. The derived intervals, the build's day, the site's address and the edition are left
 * out, so that only a change to the content makes a new hash, and every edition names the same data by it.
 */
export function contentHash(instruments: readonly ContentEntry[]): string {
  const content = [...instruments]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id, data }) => ({ id, data }));
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, HASH_LENGTH);
}
