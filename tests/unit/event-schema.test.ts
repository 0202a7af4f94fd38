import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../src/lib/content/schema/event-schema.ts';
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

  it('eventSchema accepts corrections, each a day and a note, and refuses an empty list, a month and a missing note', () => {
    const corrected = event('1990-11-19', 'signed', ['US'], {
      corrections: [{ date: '2026-12-07', note: 'The depositary gives 19 November.' }],
    });
    expect(eventSchema.parse(corrected)).toEqual(corrected);
    expect(issues({ ...corrected, corrections: [] })).toEqual([
      ['corrections', expect.stringMatching(/^corrections is empty/)],
    ]);
    expect(issues({ ...corrected, corrections: [{ date: '2026-12', note: 'x' }] })).toEqual([
      ['corrections.0.date', expect.stringMatching(/^"2026-12" is not a day/)],
    ]);
    expect(issues({ ...corrected, corrections: [{ date: '2026-12-07' }] })).toEqual([
      ['corrections.0.note', expect.stringMatching(/^why the event was corrected is missing/)],
    ]);
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
