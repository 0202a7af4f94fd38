import { describe, expect, it } from 'vitest';
import { partialDateSchema } from '../../src/lib/content/schema/partial-date-schema.ts';

const messages = (input: unknown) => {
  const result = partialDateSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('partialDateSchema', () => {
  it("partialDateSchema accepts '1990', '1990-11' and '1990-11-19', and '1800' at the earliest", () => {
    for (const date of ['1990', '1990-11', '1990-11-19', '1800', '2024-02-29'])
      expect(partialDateSchema.safeParse(date).success, date).toBe(true);
  });

  it('partialDateSchema says an unquoted date (a Date or a number) needs quotes, and a missing one is missing', () => {
    const [timestamp] = messages(new Date('1990-11-19'));
    const [number] = messages(1990);
    const [missing] = messages(undefined);
    expect(timestamp).toMatch(/not in quotes/);
    expect(number).toBe(timestamp);
    expect(missing).toMatch(/^a date is missing/);
  });

  it("partialDateSchema refuses '19-11-1990' as not a date, and only that", () => {
    const found = messages('19-11-1990');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^"19-11-1990" is not a date/);
  });

  it("partialDateSchema refuses '2023-02-29' as a day the calendar lacks, and only that", () => {
    const found = messages('2023-02-29');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^2023-02-29 is not a day in the calendar/);
  });

  it("partialDateSchema refuses '1799' and '0150' as before 1800", () => {
    expect(messages('1799')).toEqual([expect.stringMatching(/^1799 is before 1800/)]);
    expect(messages('0150-01')).toEqual([expect.stringMatching(/^0150-01 is before 1800/)]);
  });
});
