import { describe, expect, it } from 'vitest';
import { headlineOn } from '../../src/lib/model/pinned-headline.ts';

const changes = [
  { from: '0001-01-01', drawn: 'not-signed', sentence: 'Not signed' },
  { from: '2010-04-08', drawn: 'signed', sentence: 'Signed' },
  { from: '2011-02-05', drawn: 'in-force', sentence: 'In force' },
] as const;

describe('headlineOn(changes, day)', () => {
  it('headlineOn picks the last change that began on or before the day', () => {
    expect(headlineOn(changes, '2010-04-07').sentence).toBe('Not signed');
    expect(headlineOn(changes, '2010-04-08').sentence).toBe('Signed');
    expect(headlineOn(changes, '2011-02-04').sentence).toBe('Signed');
    expect(headlineOn(changes, '2026-01-01').sentence).toBe('In force');
  });

  it('headlineOn falls back to the first change for a day before all of them', () => {
    expect(headlineOn(changes.slice(1), '1990-01-01').sentence).toBe('Signed');
  });
});
