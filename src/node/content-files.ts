import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ContentFile } from '../lib/validate-content.ts';

/** The folder that holds one Markdown file per instrument (CONTENT_DIR overrides it, for the benchmark). */
export const CONTENT_DIR = process.env.CONTENT_DIR || 'content/treaties';

/** Reads every instrument file in `dir`, with paths relative to `root` as authors see them. */
export function readContentFiles(root: string, dir = CONTENT_DIR): ContentFile[] {
  const absolute = resolve(root, dir);
  if (!existsSync(absolute)) {
    throw new ContentFolderError(`The content folder ${dir} does not exist. Create it and add one Markdown file per instrument, as CONTENT.md describes.`);
  }
  return readdirSync(absolute)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ path: relative(root, join(absolute, name)), text: readFileSync(join(absolute, name), 'utf8') }));
}

/** A content folder that cannot be read: its message is the whole story, so callers print it without a stack. */
export class ContentFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentFolderError';
    this.stack = message;
  }
}
