import { describe, expect, it } from 'vitest';
import { checkInstrument, checkValues, instrumentSchema } from '../../src/lib/content/schema/instrument-schema.ts';
import { event, instrument } from './hand-made.ts';

const ASOF = { asOf: '2026-01-01' };

/** The paths of the issues a check raises, with the start of each message. */
function collect(run: (issue: (path: (string | number)[], message: string) => void) => void) {
  const issues: [string, string][] = [];
  run((path, message) => issues.push([path.join('.'), message]));
  return issues;
}

describe('checkValues(input, options, issue)', () => {
  it('checkValues finds nothing in valid data', () => {
    expect(collect((issue) => checkValues(instrument([event('1990', 'signed', ['US'])]), ASOF, issue))).toEqual([]);
  });

  it('checkValues refuses a conclusion and events dated after the as-of day, but not on it', () => {
    const data = {
      ...instrument([
        event('2026-01-01', 'signed', ['US']),
        event('2026-01-02', 'ratified', ['US']),
        event('2027', 'signed', ['RU']),
      ]),
      concluded: { place: 'Paris', date: '2026-02' },
    };
    expect(collect((issue) => checkValues(data, ASOF, issue))).toEqual([
      ['concluded.date', expect.stringMatching(/^2026-02 is after the as-of date 2026-01-01/)],
      ['events.1.date', expect.stringMatching(/^2026-01-02 is after the as-of date 2026-01-01/)],
      ['events.2.date', expect.stringMatching(/^2027 is after the as-of date/)],
    ]);
  });

  it('checkValues refuses a correction dated after the as-of day, but not one on it', () => {
    const corrections = [
      { date: '2026-01-01', note: 'Fixed the day.' },
      { date: '2026-01-02', note: 'Too late.' },
    ];
    const data = instrument([event('1990', 'signed', ['US'], { corrections })]);
    expect(collect((issue) => checkValues(data, ASOF, issue))).toEqual([
      ['events.0.corrections.1.date', expect.stringMatching(/^2026-01-02 is after the as-of date 2026-01-01/)],
    ]);
  });

  it("checkValues names a party that acts but is not among the instrument's parties, and no unknown code", () => {
    const data = { ...instrument([event('1990', 'signed', ['US', 'RU'])]), parties: ['US'] };
    expect(collect((issue) => checkValues(data, ASOF, issue))).toEqual([
      ['events.0.parties.1', expect.stringMatching(/^RU acts here but is not in the instrument's parties/)],
    ]);
    const unknown = { ...data, events: [{ ...event('1990', 'signed', ['US']), parties: ['US', 'XX', 7] }] };
    expect(collect((issue) => checkValues(unknown, ASOF, issue))).toEqual([]);
  });

  it('checkValues asks a succession for its predecessor, and refuses a predecessor on any other event', () => {
    const data = instrument([
      event('1990', 'signed', ['SU']),
      event('1991', 'succeeded', ['RU']),
      event('1992', 'ratified', ['RU'], { predecessor: 'SU' }),
    ]);
    expect(collect((issue) => checkValues(data, ASOF, issue))).toEqual([
      ['events.1.predecessor', expect.stringMatching(/^a succession needs its predecessor/)],
      ['events.2.predecessor', expect.stringMatching(/^only a "succeeded" event has a predecessor/)],
    ]);
  });

  it('checkValues skips what is malformed: no object, no list, bad dates, events that are not objects', () => {
    for (const input of [null, 'text', {}, { events: 'x', concluded: 'y' }, { events: [null, 3], parties: 'US' }])
      expect(collect((issue) => checkValues(input, ASOF, issue))).toEqual([]);
    const badDates = { concluded: { date: '2099-13' }, events: [{ date: 'later', type: 'signed', parties: ['US'] }] };
    expect(collect((issue) => checkValues(badDates, ASOF, issue))).toEqual([]);
    expect(collect((issue) => checkValues({ events: [{ date: '1990', predecessor: 'SU' }] }, ASOF, issue))).toEqual([]);
  });
});

describe('checkInstrument(data, issue)', () => {
  it('checkInstrument names a repeated event by the first one, whatever the order of its parties', () => {
    const data = instrument([event('1990', 'signed', ['US', 'RU']), event('1990', 'signed', ['RU', 'US'])]);
    expect(collect((issue) => checkInstrument(data, issue))).toEqual([
      ['events.1', expect.stringMatching(/^this repeats events\[0\] \(Signed, 1990, RU, US\)/)],
    ]);
  });

  it('checkInstrument does not count as repeated the same step on another document, date or type', () => {
    const data = instrument([
      event('1990', 'signed', ['US']),
      event('1990', 'signed', ['US'], { document: 'Protocol' }),
      event('1991', 'ratified', ['US']),
      event('1991', 'ratified', ['US'], { document: 'Protocol' }),
    ]);
    expect(collect((issue) => checkInstrument(data, issue))).toEqual([]);
  });

  it('checkInstrument names a listed party that acts in no event', () => {
    const data = { ...instrument([event('1990', 'signed', ['US'])]), parties: ['US' as const, 'FR' as const] };
    expect(collect((issue) => checkInstrument(data, issue))).toEqual([
      ['parties.1', expect.stringMatching(/^FR is listed but acts in no event/)],
    ]);
  });

  it("checkInstrument reports the lifecycle's problems on the type of the event, once the events are well-formed", () => {
    const data = instrument([event('1990', 'ratified', ['US']), event('1991', 'ratified', ['US'])]);
    expect(collect((issue) => checkInstrument(data, issue))).toEqual([
      ['events.1.type', expect.stringContaining('had already ratified')],
    ]);
  });

  it('checkInstrument leaves the lifecycle unjudged while events repeat', () => {
    const data = instrument([
      event('1990', 'ratified', ['US']),
      event('1990', 'ratified', ['US']),
      event('1991', 'ratified', ['US']),
    ]);
    expect(collect((issue) => checkInstrument(data, issue)).map(([path]) => path)).toEqual(['events.1']);
  });
});

describe('instrumentSchema(options)', () => {
  it('instrumentSchema accepts valid data and gives it back', () => {
    const data = instrument([event('1990', 'signed', ['US'])]);
    expect(instrumentSchema(ASOF).parse(data)).toEqual(data);
  });

  it('instrumentSchema runs the checks of values even when a field is wrong, and the checks across fields only when none is', () => {
    const data = {
      ...instrument([event('2027', 'signed', ['US']), event('2027', 'signed', ['US'])]),
      concluded: { place: 'Paris', date: '1990' },
      summary: '',
    };
    const paths = instrumentSchema(ASOF)
      .safeParse(data)
      .error!.issues.map((i) => i.path.join('.'));
    expect(paths.sort()).toEqual(['events.0.date', 'events.1.date', 'summary']);
  });

  it('instrumentSchema runs the checks across fields when the values are right', () => {
    const data = instrument([event('1990', 'signed', ['US']), event('1990', 'signed', ['US'])]);
    expect(
      instrumentSchema(ASOF)
        .safeParse(data)
        .error!.issues.map((i) => i.path.join('.')),
    ).toEqual(['events.1']);
  });

  it('instrumentSchema skips the checks across fields when a value check failed', () => {
    const data = {
      ...instrument([event('2027', 'signed', ['US']), event('2027', 'signed', ['US'])]),
      concluded: { place: 'Paris', date: '1990' },
    };
    expect(
      instrumentSchema(ASOF)
        .safeParse(data)
        .error!.issues.map((i) => i.path.join('.')),
    ).toEqual(['events.0.date', 'events.1.date']);
  });

  it('instrumentSchema refuses an unknown kind, naming what was written', () => {
    const result = instrumentSchema(ASOF).safeParse({ ...instrument([event('1990', 'signed', ['US'])]), kind: 'pact' });
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['kind', expect.stringMatching(/^"pact" is not a kind/)],
    ]);
  });
});

describe('instrumentFieldsSchema messages', () => {
  const issues = (data: unknown) =>
    instrumentSchema(ASOF)
      .safeParse(data)
      .error!.issues.map((i) => [i.path.join('.'), i.message]);
  const valid = instrument([event('1990', 'signed', ['US'])]);

  it('instrumentSchema says what to write for missing or empty lists of parties and events', () => {
    expect(issues({ ...valid, parties: 'US' })).toEqual([
      ['parties', expect.stringMatching(/^parties must be a list/)],
    ]);
    // An empty list also leaves the acting party unlisted, which the checks of values say too.
    expect(issues({ ...valid, parties: [] })).toEqual([
      ['parties', expect.stringMatching(/^no parties are listed/)],
      ['events.0.parties.0', expect.stringMatching(/^US acts here but is not in the instrument's parties/)],
    ]);
    expect(issues({ ...valid, events: 'x' })).toEqual([['events', expect.stringMatching(/^events must be a list/)]]);
    expect(issues({ ...valid, events: [] })).toEqual([
      ['events', expect.stringMatching(/^the instrument has no events/)],
    ]);
  });

  it('instrumentSchema says how to write where and when it was concluded, and a lineage of ids', () => {
    expect(issues({ ...valid, concluded: '1990' })).toEqual([
      ['concluded', expect.stringMatching(/^concluded is missing/)],
    ]);
    expect(issues({ ...valid, lineage: { supersedes: 'start-i' } })).toEqual([
      ['lineage.supersedes', expect.stringMatching(/^write a list of instrument ids/)],
    ]);
    expect(issues({ ...valid, related: ['Start I'] })).toEqual([
      ['related.0', expect.stringMatching(/is not an instrument id/)],
    ]);
    expect(
      instrumentSchema(ASOF).safeParse({ ...valid, lineage: { supersededBy: ['new-start'] }, related: ['inf'] })
        .success,
    ).toBe(true);
  });
});
