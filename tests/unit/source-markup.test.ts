import { describe, expect, it } from 'vitest';
import { sourceMarkup } from '../../src/lib/site/source-markup.ts';

const source = { title: 'Treaty <text>', publisher: 'Depositary', url: 'https://example.org/treaty?a=1&b=2' };

describe('sourceMarkup(source)', () => {
  it('sourceMarkup links "Publisher: Title" to the address, escaped, with the date in words after it', () => {
    expect(sourceMarkup({ ...source, dateText: '5 February 2011' }).html).toBe(
      '<a href="https://example.org/treaty?a=1&amp;b=2" rel="noopener external">Depositary: Treaty &lt;text&gt;</a>' +
        '<span class="muted"> (5 February 2011)</span>',
    );
  });

  it('sourceMarkup says what the source is cited for, and links each copy read after the document', () => {
    const html = sourceMarkup({
      ...source,
      claim: 'the date',
      copies: [
        { publisher: 'Global-Regulation', url: 'https://copy.example/a' },
        { publisher: 'Studylib', url: 'https://copy.example/b' },
      ],
    }).html;
    expect(html).toContain('<span class="source-claim"> — cited for <span>the date</span></span>');
    expect(html).toContain(
      '<span class="source-copies"> — copy read at ' +
        '<a href="https://copy.example/a" rel="noopener external">Global-Regulation</a>, ' +
        '<a href="https://copy.example/b" rel="noopener external">Studylib</a></span>',
    );
    // The document itself comes first: the official address is the one cited.
    expect(html.indexOf('https://example.org/treaty')).toBeLessThan(html.indexOf('https://copy.example/a'));
  });
});
