import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapAddress } from '../../src/lib/pictures/wrap-text.ts';

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
