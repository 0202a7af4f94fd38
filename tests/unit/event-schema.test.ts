import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../src/lib/schema/event-schema.ts';
import { event } from './hand-made.ts';

const issues = (input: unknown) => {
  const result = eventSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('eventSchema', () => {
  it('eventSchema accepts an event with its optional fields', () => {
    const full = event('1990-11-19', 'succeeded', ['RU'], {
      approximate: true,
      document: 'Protocol',
      predecessor: 'SU',
      contestedBy: ['US'],
    });
    expect(eventSchema.parse(full)).toEqual(full);
  });

  it('eventSchema refuses an event with no party, and an empty contestedBy', () => {
    expect(issues(event('1990', 'signed', []))).toEqual([
      ['parties', expect.stringMatching(/^no party acts in this event/)],
    ]);
    expect(issues(event('1990', 'signed', ['US'], { contestedBy: [] }))).toEqual([
      ['contestedBy', expect.stringMatching(/^contestedBy names no party/)],
    ]);
  });

  it('eventSchema refuses parties and contestedBy that are not lists, and approximate that is not true or false', () => {
    expect(issues({ ...event('1990', 'signed', ['US']), parties: 'US' })).toEqual([
      ['parties', expect.stringMatching(/^parties must be a list/)],
    ]);
    expect(issues({ ...event('1990', 'signed', ['US']), contestedBy: 'RU' })).toEqual([
      ['contestedBy', expect.stringMatching(/^contestedBy must be a list/)],
    ]);
    expect(issues({ ...event('1990', 'signed', ['US']), approximate: 'yes' })).toEqual([
      ['approximate', expect.stringMatching(/^approximate must be true or false/)],
    ]);
  });

  it('eventSchema refuses an event without sources, or with sources that are not a list', () => {
    expect(issues({ ...event('1990', 'signed', ['US']), sources: [] })).toEqual([
      ['sources', expect.stringMatching(/^the event has no source/)],
    ]);
    expect(issues({ ...event('1990', 'signed', ['US']), sources: 'x' })).toEqual([
      ['sources', expect.stringMatching(/^sources must be a list/)],
    ]);
  });
});
