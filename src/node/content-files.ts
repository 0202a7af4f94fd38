import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isEntryName, PUBLISHED_IDS_FILE, type ContentFile } from '../lib/content/validate-content.ts';

/** The folder that holds one Markdown file per instrument (CONTENT_DIR overrides it, for the benchmark). */
export const CONTENT_DIR = process.env.CONTENT_DIR || 'content/treaties';

/**
 * Reads every entry in `dir`, with paths relative to `root` as authors see them. Entries the site would
 * not read (x.markdown, X.MD, a folder) are listed too, with no text and a folder's path ending in "/",
 * so that the validator names them instead of letting an entry vanish without a word.
 */
export function readContentFiles(root: string, dir = CONTENT_DIR): ContentFile[] {
  const absolute = resolve(root, dir);
  if (!existsSync(absolute)) {
    throw new ContentFolderError(
      `The content folder ${dir} does not exist. Create it and add one Markdown file per instrument, as CONTENT.md describes.`,
    );
  }
  return readdirSync(absolute, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((entry) => {
      const path = relative(root, join(absolute, entry.name));
      if (entry.isDirectory()) return { path: `${path}/`, text: '' };
      return { path, text: isEntryName(entry.name) ? readFileSync(join(absolute, entry.name), 'utf8') : '' };
    });
}

/** A content folder that cannot be read: its message is the whole story, so callers print it without a stack. */
export class ContentFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentFolderError';
    this.stack = message;
  }
}

/**
 * The committed list of every published event id (content/ids/published.json), which the validator
 * holds the content to; undefined for any other content folder (the benchmark's synthetic content).
 */
export function readPublishedIds(root: string, dir = CONTENT_DIR): Record<string, string> | undefined {
  if (resolve(root, dir) !== resolve(root, 'content/treaties')) return undefined;
  const file = resolve(root, PUBLISHED_IDS_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : undefined;
}
