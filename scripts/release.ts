/**
 * `npm run release`: builds the site, then commits-to-be the current data version as a release — copies
 * dist/data/releases/<version>/ (treaties.json, events.csv) to releases/<version>/. Commit that folder:
 * every later build publishes it unchanged, lists it on /data/releases/, and compares the content with
 * it on /changes/. A version already released is left as it is; a release is never rewritten.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RELEASE_FILE_NAMES } from '../src/lib/releases/release-files.ts';
import { hasUncommittedChanges } from '../src/node/git-dates.ts';
import { RELEASES_DIR } from '../src/node/releases.ts';

const root = process.cwd();
if (hasUncommittedChanges(root, 'content')) {
  console.error(
    'content/ has changes that are not committed. Commit them first, so that the version is named for the day of that commit, then run npm run release again.',
  );
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(root, 'dist/data/treaties.json'), 'utf8')) as { version: string };
const target = join(root, RELEASES_DIR, version);
if (existsSync(target)) {
  console.log(`Version ${version} is already released in ${RELEASES_DIR}/${version}/; nothing to do.`);
  process.exit(0);
}
for (const file of RELEASE_FILE_NAMES)
  cpSync(join(root, 'dist/data/releases', version, file), join(target, file), { errorOnExist: true });
console.log(
  `Released version ${version} in ${RELEASES_DIR}/${version}/. Commit it: git add ${RELEASES_DIR}/${version} && git commit -m "Release data version ${version}"`,
);
