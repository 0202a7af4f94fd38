/**
 * `npm run docs`: rewrites what is generated from the tables in src/lib, the one place they live:
 * the vocabulary in CONTENT.md, the parameter table in README.md and the status stylesheet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PARAMETER_MARKERS, withSection } from '../src/lib/content/generated-docs.ts';
import { statusStylesheet } from '../src/lib/site/status-styles.ts';
import { parameterMarkdown } from '../src/lib/site/view-parameter-docs.ts';
import { withVocabulary } from '../src/lib/content/vocabulary-docs.ts';

const rewrite = (path: string, change: (text: string) => string) =>
  writeFileSync(path, change(readFileSync(path, 'utf8')));
rewrite('CONTENT.md', withVocabulary);
rewrite('README.md', (readme) => withSection(readme, PARAMETER_MARKERS, parameterMarkdown()));
writeFileSync('src/styles/generated.css', statusStylesheet());
console.log('CONTENT.md, README.md and src/styles/generated.css regenerated from src/lib.');
