import { describe, expect, it } from 'vitest';
import { eventTypeSchema, instrumentIdSchema, partyIdSchema } from '../../src/lib/content/schema/vocabulary-schema.ts';
import type { z } from 'zod';

const message = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]!.message;
};

describe('partyIdSchema', () => {
  it("partyIdSchema accepts 'RU' and 'all-parties'", () => {
    expect(partyIdSchema.parse('RU')).toBe('RU');
    expect(partyIdSchema.parse('all-parties')).toBe('all-parties');
  });

  it("partyIdSchema refuses 'Russia' and suggests \"RU\"; 'ru' too", () => {
    expect(message(partyIdSchema, 'Russia')).toMatch(/^"Russia" is not a known party — write "RU"/);
    expect(message(partyIdSchema, 'ru')).toMatch(/^"ru" is not a known party — write "RU"/);
  });

  it('partyIdSchema says a party that is not text is missing', () => {
    expect(message(partyIdSchema, undefined)).toMatch(/^a party is missing/);
    expect(message(partyIdSchema, 7)).toMatch(/^a party is missing/);
  });
});

describe('eventTypeSchema', () => {
  it("eventTypeSchema refuses 'sign' and 'Entered into force' with the nearest type", () => {
    expect(eventTypeSchema.parse('signed')).toBe('signed');
    expect(message(eventTypeSchema, 'sign')).toMatch(/^"sign" is not an event type — write "signed"/);
    expect(message(eventTypeSchema, 'Entered into force')).toMatch(/write "entered-into-force"/);
    expect(message(eventTypeSchema, undefined)).toMatch(/^the event type is missing/);
  });
});

describe('instrumentIdSchema', () => {
  it("instrumentIdSchema accepts 'new-start' and 'start-2', and refuses other spellings", () => {
    expect(instrumentIdSchema.parse('new-start')).toBe('new-start');
    expect(instrumentIdSchema.parse('start-2')).toBe('start-2');
    for (const id of ['New-START', 'new_start', '-start', 'start-', 'new--start', 'a b', ''])
      expect(message(instrumentIdSchema, id), id).toMatch(/is not an instrument id/);
    expect(message(instrumentIdSchema, undefined)).toMatch(/^an instrument id is missing/);
  });
});
