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

  it('says, for each mistake in an event, which field is wrong and what to write instead', () => {
    const good = event('1990-11-19', 'signed', ['US'], { document: 'Protocol' });
    const { id: _id, ...noId } = good;
    expect(issues(noId)).toEqual([
      ['id', expect.stringMatching(/^the event has no id — write id: <instrument>-<date>-<type>/)],
    ]);
    expect(issues({ ...good, id: 'Inf_1987' })).toEqual([
      [
        'id',
        '"Inf_1987" is not an event id — write lowercase words and numbers joined by hyphens, e.g. inf-1987-12-08-signed',
      ],
    ]);
    // An id must match as a whole: a valid start or end with something else around it is refused.
    expect(issues({ ...good, id: 'inf-1987 signed' })).toHaveLength(1);
    expect(issues({ ...good, id: 'x inf-1987' })).toHaveLength(1);
    for (const anchor of ['event-3', 'inf-event-12'])
      expect(issues({ ...good, id: anchor })).toEqual([
        [
          'id',
          `"${anchor}" has the form of an old index anchor — write <instrument>-<date>-<type>, e.g. inf-1987-12-08-signed`,
        ],
      ]);
    // Only an anchor's form is refused: an id that merely contains "event" is a fine id.
    for (const id of ['inf-event-3b', 'inf-events-3', 'prevent-3', 'inf-event-3-signed'])
      expect(issues({ ...good, id }), id).toEqual([]);
    expect(issues({ ...good, aliases: 'old-id' })).toEqual([
      ['aliases', 'aliases must be a list — write aliases: [old-id]'],
    ]);
    expect(issues({ ...good, notAfter: 'yes' })).toEqual([
      ['notAfter', 'notAfter must be true or false — write notAfter: true, or leave it out'],
    ]);
    expect(issues({ ...good, document: '  ' })).toEqual([
      [
        'document',
        'the name of the associated document is empty — write it, as in document: "Agreement on Adaptation"',
      ],
    ]);
    expect(issues({ ...good, description: undefined })).toEqual([
      [
        'description',
        'a one-sentence description is missing — add a line such as description: "Russia suspended its participation."',
      ],
    ]);
    expect(issues({ ...good, corrections: 'fixed' })).toEqual([
      [
        'corrections',
        'corrections must be a list — write corrections: followed by - date: "YYYY-MM-DD" and note: "why"',
      ],
    ]);
    expect(issues({ ...good, corrections: [{ date: '2026-12-07', note: '' }] })).toEqual([
      [
        'corrections.0.note',
        'why the event was corrected is empty — write it, as in note: "The treaty office\'s record gives 3 March, not 2 March."',
      ],
    ]);
  });
});
