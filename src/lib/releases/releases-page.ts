/** The list of released versions (/data/releases/): newest first, each with its files and its changes. */
import { formatDate } from '../model/dates.ts';
import { CHANGES_PATH, releaseFilePath } from '../site/routes.ts';
import { RELEASE_FILE_NAMES } from './release-files.ts';
import { versionAnchor } from './changes-view.ts';
import { parseVersion } from './data-version.ts';

/** One version in the list. */
export interface ReleaseRow {
  /** The version. */
  version: string;
  /** The day the data last changed, in words. */
  day: string;
  /** True for the version this build publishes. */
  current: boolean;
  /** False for the current version when it is not yet committed under releases/. */
  committed: boolean;
  /** Its files. */
  files: { name: string; href: string }[];
  /** Its changes on the changes page, when there was a version before it. */
  changesHref?: string;
}

/**
 * The rows of the releases page: the committed versions and the current one (once, if it is committed),
 * newest first. `compared` are the versions the changes page compares with the one before them.
 */
export function releaseRows(
  committed: readonly string[],
  current: string,
  compared: readonly string[],
): ReleaseRow[] {
  const versions = [...new Set([...committed, current])].sort((a, b) => {
    const [x, y] = [parseVersion(a)!.date, parseVersion(b)!.date];
    // Newest day first; the current version leads its day, as it is the latest built.
    return x !== y ? (x < y ? 1 : -1) : a === current ? -1 : b === current ? 1 : a < b ? -1 : 1;
  });
  return versions.map((version) => ({
    version,
    day: formatDate(parseVersion(version)!.date),
    current: version === current,
    committed: committed.includes(version),
    files: RELEASE_FILE_NAMES.map((name) => ({ name, href: releaseFilePath(version, name) })),
    ...(compared.includes(version) ? { changesHref: `${CHANGES_PATH}#${versionAnchor(version)}` } : {}),
  }));
}
