import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/node/content-hash.ts';
import { canonicalJson, parseVersion, resolveVersion, VERSION_PATTERN } from '../../src/lib/releases/data-version.ts';
import { event, instrument } from './hand-made.ts';

const A = { id: 'a', data: instrument([event('1990', 'signed', ['US'])]) };
const B = { id: 'b', data: instrument([event('1991', 'signed', ['RU'])]) };

describe('contentHash(instruments)', () => {
  it('contentHash is seven hex digits of the sha256 of the content', () => {
    expect(contentHash([A, B])).toMatch(/^[0-9a-f]{7}$/);
  });

  it("contentHash ignores the instruments' order, the order of keys and anything beyond id and data", () => {
    const reordered = { id: 'a', data: Object.fromEntries(Object.entries(A.data).reverse()) };
    expect(contentHash([B, A])).toBe(contentHash([A, B]));
    expect(contentHash([reordered, B])).toBe(contentHash([A, B]));
    expect(contentHash([{ ...A, status: 'in-force' } as typeof A, B])).toBe(contentHash([A, B]));
  });

  it('contentHash changes when one fact changes', () => {
    const corrected = { id: 'a', data: instrument([event('1990', 'signed', ['US'], { date: '1990-05' })]) };
    expect(contentHash([corrected, B])).not.toBe(contentHash([A, B]));
  });
});

describe('canonicalJson(value) and parseVersion(id)', () => {
  it('canonicalJson sorts keys at every depth and keeps arrays in order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }, 3] })).toBe('{"a":[{"c":2,"d":1},3],"b":1}');
  });

  it("parseVersion('2026-12-07-3f9a1c2') gives its day and hash; anything else is undefined", () => {
    expect(parseVersion('2026-12-07-3f9a1c2')).toEqual({
      id: '2026-12-07-3f9a1c2',
      date: '2026-12-07',
      hash: '3f9a1c2',
    });
    for (const bad of ['1.0.0', '2026-12-07', '2026-12-07-3F9A1C2', '2026-12-07-3f9a1c', '2026-12-07-3f9a1c2x'])
      expect(parseVersion(bad)).toBeUndefined();
    expect(VERSION_PATTERN.test('2026-12-07-3f9a1c2')).toBe(true);
  });
});

describe('resolveVersion(hash, changed, asOf, released)', () => {
  it('resolveVersion names the data for the day of its last change and its hash', () => {
    expect(resolveVersion('3f9a1c2', '2026-12-05', '2026-12-07').id).toBe('2026-12-05-3f9a1c2');
  });

  it("resolveVersion falls back to the build's as-of day when git cannot say", () => {
    expect(resolveVersion('3f9a1c2', undefined, '2026-12-07')).toEqual({
      id: '2026-12-07-3f9a1c2',
      date: '2026-12-07',
      hash: '3f9a1c2',
    });
  });

  it('resolveVersion keeps the name of a committed release with the same hash, whatever day git gives now', () => {
    expect(resolveVersion('3f9a1c2', '2026-12-09', '2026-12-09', ['2026-12-01-0000000', '2026-12-05-3f9a1c2']).id).toBe(
      '2026-12-05-3f9a1c2',
    );
    expect(resolveVersion('abcdef0', '2026-12-09', '2026-12-09', ['2026-12-05-3f9a1c2']).id).toBe('2026-12-09-abcdef0');
  });
});
