/** `npm run docs`: rewrites the vocabulary tables in CONTENT.md from src/lib, the one place they live. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withVocabulary } from '../src/lib/vocabulary-docs.ts';

const path = 'CONTENT.md';
writeFileSync(path, withVocabulary(readFileSync(path, 'utf8')));
console.log(`${path}: vocabulary tables updated.`);
