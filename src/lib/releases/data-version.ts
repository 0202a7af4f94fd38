/**
 * The version of the data: the day of its last change and a short hash of the content itself, e.g.
 * `2026-12-07-3f9a1c2`. The day tells a reader how recent it is; the hash tells two versions apart
 * however they were built, so that a citation names exactly the data it read.
 */
/** What a data version looks like: YYYY-MM-DD, a hyphen and seven lowercase hex digits. */
export const VERSION_PATTERN = /^(\d{4}-\d{2}-\d{2})-([0-9a-f]{7})$/;

/** How many hex digits of the sha256 a version carries. */
export const HASH_LENGTH = 7;

/** A version split into its day and its hash. */
export interface DataVersion {
  /** The whole version, e.g. `2026-12-07-3f9a1c2`. */
  id: string;
  /** The day of the data's last change (YYYY-MM-DD). */
  date: string;
  /** The first seven hex digits of the sha256 of the content. */
  hash: string;
}

/** JSON with every object's keys in order, so that the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** A version string read into its parts, or undefined when it is not one. */
export function parseVersion(id: string): DataVersion | undefined {
  const match = VERSION_PATTERN.exec(id);
  return match ? { id, date: match[1]!, hash: match[2]! } : undefined;
}

/**
 * The version of the data being built. A committed release with the same hash is the same data, and keeps
 * its name (however the day is read this time: from a shallow clone, or with narrative-only edits since);
 * otherwise the day is that of the content's last change (`changed`, from git) or, where that is unknown,
 * the build's as-of day.
 */
export function resolveVersion(
  hash: string,
  changed: string | undefined,
  asOf: string,
  released: readonly string[] = [],
): DataVersion {
  const same = released
    .map(parseVersion)
    .filter((v) => v?.hash === hash)
    .sort((a, b) => (a!.id < b!.id ? -1 : 1))[0];
  if (same) return same;
  const date = changed ?? asOf;
  return { id: `${date}-${hash}`, date, hash };
}
