/**
 * `npm run ids`: records every event id and alias of the content in content/ids/published.json, with the
 * instrument whose page carries it. Ids already there stay, whatever became of them: once published, an
 * id must go on resolving (the validator holds the content to that list).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { eventNames, PUBLISHED_IDS_FILE, validateContent } from '../src/lib/content/validate-content.ts';
import { asOfDay } from '../src/node/as-of.ts';
import { readContentFiles, readPublishedIds } from '../src/node/content-files.ts';

const root = process.cwd();
const published = readPublishedIds(root) ?? {};
const { instruments, problems } = validateContent(readContentFiles(root), asOfDay(), published);
if (problems.length > 0) {
  console.error('Fix the content first (npm run validate lists what is wrong).');
  process.exit(1);
}
const added = eventNames(instruments).filter(({ name }) => !(name in published));
const next = Object.fromEntries(
  Object.entries({ ...published, ...Object.fromEntries(added.map((n) => [n.name, n.instrument])) }).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  ),
);
const text = `${JSON.stringify(next, null, 2)}\n`;
if (text !== readFileSync(PUBLISHED_IDS_FILE, 'utf8')) writeFileSync(PUBLISHED_IDS_FILE, text);
console.log(`${PUBLISHED_IDS_FILE}: ${Object.keys(next).length} ids, ${added.length} added.`);
