import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapAddress, wrapText } from '../../src/lib/pictures/wrap-text.ts';

describe('wrapText(text, size, width, max)', () => {
  it('breaks between words, and cuts the last line it may use with an ellipsis', () => {
    // 10 px type in 60 px: 10 characters a line.
    expect(wrapText('one two three', 10, 60, 3)).toEqual(['one two', 'three']);
    expect(wrapText('one two three four five six', 10, 60, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('one two three four five six', 10, 60, 1)).toEqual(['one two…']);
  });

  it('fills a line to its last character, and puts a word longer than a line on a line of its own', () => {
    expect(wrapText('abcd efghi jk', 10, 60, 3)).toEqual(['abcd efghi', 'jk']);
    expect(wrapText('ab abcdefghijkl cd', 10, 60, 3)).toEqual(['ab', 'abcdefghijkl', 'cd']);
    expect(wrapText('  one   two  ', 10, 60, 3)).toEqual(['one two']);
  });

  it('keeps every word in order when the lines are enough, each line within the width (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,9}$/), { maxLength: 40 }), (words) => {
        const lines = wrapText(words.join(' '), 10, 60, 100);
        expect(lines.join(' ')).toBe(words.join(' '));
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(10);
      }),
    );
  });
});

describe('wrapAddress(text, size, width)', () => {
  it('breaks an address after its punctuation and before " · ", and keeps every character', () => {
    // 12 px type in 140 px: 20 characters a line.
    expect(wrapAddress('https://example.org/treaties/inf/?from=1987&to=1992 · CC BY 4.0', 12, 140)).toEqual([
      'https://example.org/',
      'treaties/inf/?from=',
      '1987&to=1992',
      ' · CC BY 4.0',
    ]);
  });

  it('keeps a short address on one line, and cuts a piece longer than a line where it must', () => {
    expect(wrapAddress('https://example.org/', 12, 1000)).toEqual(['https://example.org/']);
    expect(wrapAddress('abcdefghijklmnopqrstuvwxyz', 10, 58)).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxyz']);
  });

  it('never loses or adds a character and never passes the width, for any text and width', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 1200 }), (text, width) => {
        const lines = wrapAddress(text, 12, width);
        expect(lines.join('')).toBe(text);
        const perLine = Math.max(1, Math.floor(width / (12 * 0.58)));
        for (const line of lines) expect(line.length).toBeGreaterThan(0);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(perLine);
      }),
    );
  });
});
