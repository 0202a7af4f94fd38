import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPE_IDS } from '../../src/lib/model/event-types.ts';
import { vocabularyMarkdown, withVocabulary } from '../../src/lib/content/vocabulary-docs.ts';

describe('vocabularyMarkdown()', () => {
  it('vocabularyMarkdown() lists every event type once', () => {
    const markdown = vocabularyMarkdown().split('### Statuses')[0]!;
    for (const id of EVENT_TYPE_IDS) expect(markdown.split(`| \`${id}\` |`).length - 1).toBe(1);
  });

  it('withVocabulary(CONTENT.md) changes nothing: the guide matches the code (run npm run docs if not)', () => {
    const guide = readFileSync('CONTENT.md', 'utf8');
    expect(withVocabulary(guide)).toBe(guide);
  });
});
