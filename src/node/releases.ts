/**
 * The committed releases of the data: one folder per version under releases/ at the repository's top,
 * each holding the treaties.json and events.csv published for that version, byte for byte. The build
 * copies them to /data/releases/<version>/ and adds the current version beside them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseVersion } from '../lib/releases/data-version.ts';
import { RELEASE_FILE_NAMES } from '../lib/releases/release-files.ts';
import { CONTENT_DIR } from './content-files.ts';

/** Where the committed releases live, relative to the repository's top. */
export const RELEASES_DIR = 'releases';

/** One committed release: its version and the text of its files. */
export interface CommittedRelease {
  /** Its version, the folder's name. */
  version: string;
  /** The text of releases/<version>/treaties.json. */
  treaties: string;
  /** The text of releases/<version>/events.csv. */
  events: string;
}

/**
 * Every committed release, oldest version first. A folder that is not a version, or lacks a file, stops
 * the build with a sentence saying what to fix. None for any content folder but content/treaties (the
 * benchmark's synthetic content has no history).
 */
export function readReleases(root: string, dir = RELEASES_DIR, contentDir = CONTENT_DIR): CommittedRelease[] {
  if (resolve(root, contentDir) !== resolve(root, 'content/treaties')) return [];
  const folder = resolve(root, dir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'README.md')
    .map((entry) => {
      if (!entry.isDirectory() || !parseVersion(entry.name))
        throw new Error(
          `${dir}/${entry.name} is not a release — each entry in ${dir}/ is a folder named for a data version (YYYY-MM-DD-abcdef0), made by npm run release`,
        );
      const [treaties, events] = RELEASE_FILE_NAMES.map((file) => {
        const path = join(folder, entry.name, file);
        if (!existsSync(path))
          throw new Error(`${dir}/${entry.name}/${file} is missing — restore it from git; a release is never edited`);
        return readFileSync(path, 'utf8');
      });
      return { version: entry.name, treaties: treaties!, events: events! };
    })
    .sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
}
