import { describe, expect, it } from 'vitest';
import { textSchema } from '../../src/lib/content/schema/text-schema.ts';

const schema = textSchema('the short name', 'shortName: "Open Skies"', 'shortName');
const message = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues.map((i) => i.message);
};

describe('textSchema(what, example, field)', () => {
  it("textSchema(…, 'shortName') trims the text and keeps it", () => {
    expect(schema.parse('  Open Skies ')).toBe('Open Skies');
  });

  it('textSchema refuses a missing value, naming the field and showing the example', () => {
    const [missing] = message(undefined)!;
    expect(missing).toMatch(/^the short name is missing/);
    expect(missing).toContain('shortName: "Open Skies"');
  });

  it('textSchema refuses text that is empty once trimmed', () => {
    const [empty] = message('   ')!;
    expect(empty).toMatch(/^the short name is empty/);
    expect(empty).toContain('shortName: "Open Skies"');
  });

  it('textSchema accepts text of exactly the limit and refuses one character more, giving the length', () => {
    expect(schema.safeParse('x'.repeat(60)).success).toBe(true);
    const [long] = message('x'.repeat(61))!;
    expect(long).toMatch(/^the short name is 61 characters long/);
    expect(long).toContain('60');
  });
});
