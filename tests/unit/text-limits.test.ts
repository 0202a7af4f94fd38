import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../src/lib/content/schema/text-limits.ts';

describe('TEXT_LIMITS', () => {
  it('TEXT_LIMITS gives every field a positive whole limit and the field as CONTENT.md names it', () => {
    for (const [key, { max, field }] of Object.entries(TEXT_LIMITS)) {
      expect(Number.isInteger(max) && max > 0, key).toBe(true);
      expect(field.length, key).toBeGreaterThan(0);
    }
    expect(TEXT_LIMITS.shortName).toEqual({ max: 60, field: '`shortName`' });
    expect(TEXT_LIMITS.body.max).toBe(20_000);
  });
});
