import { describe, expect, it } from 'vitest';
import {
  checkInstrument,
  checkValues,
  instrumentFieldsSchema,
  instrumentSchema,
} from '../../src/lib/content/schema/instrument-schema.ts';
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

describe('instrumentFieldsSchema says which field is wrong and what to write', () => {
  const good = instrument([event('1990-11-19', 'signed', ['US'])]);
  const fieldIssues = (input: unknown) => {
    const result = instrumentFieldsSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
  };

  it('names a missing or empty name, short name, summary, place or depositary, with an example', () => {
    expect(fieldIssues({ ...good, name: undefined })).toEqual([
      ['name', 'the full name is missing — add a line such as name: "Treaty on Open Skies"'],
    ]);
    expect(fieldIssues({ ...good, shortName: '' })).toEqual([
      ['shortName', 'the short name is empty — write it, as in shortName: "Open Skies"'],
    ]);
    expect(fieldIssues({ ...good, summary: undefined })).toEqual([
      ['summary', 'a one-paragraph summary is missing — add a line such as summary: "What it limits and how."'],
    ]);
    expect(fieldIssues({ ...good, concluded: { date: '1990' } })).toEqual([
      ['concluded.place', 'the place where it was concluded is missing — add a line such as place: "Paris"'],
    ]);
    expect(fieldIssues({ ...good, depositary: ' ' })).toEqual([
      ['depositary', 'the depositary is empty — write it, as in depositary: "Government of the Netherlands"'],
    ]);
    expect(fieldIssues({ ...good, kind: 'binding' })).toEqual([
      ['kind', '"binding" is not a kind — write "treaty" (legally binding) or "political" (politically binding)'],
    ]);
  });

  it("names an edition's names that are incomplete, in a language no edition has, or not a map", () => {
    expect(fieldIssues({ ...good, names: { de: { name: 'KSE-Vertrag über…' } } })).toEqual([
      [
        'names.de.shortName',
        'the short name in this language is missing — add a line such as shortName: "KSE-Vertrag"',
      ],
    ]);
    expect(fieldIssues({ ...good, names: { de: { shortName: 'KSE' } } })).toEqual([
      [
        'names.de.name',
        'the full name in this language is missing — add a line such as name: "Vertrag über konventionelle Streitkräfte in Europa"',
      ],
    ]);
    expect(fieldIssues({ ...good, names: { de: 'KSE' } })).toEqual([
      ['names.de', 'write the names in a language as { name: "…", shortName: "…" }'],
    ]);
    expect(fieldIssues({ ...good, names: { it: { name: 'Trattato', shortName: 'CFE' } } })).toEqual([
      ['names', "names are given in ru, uk, de, fr, pl only — it is not an edition's language"],
    ]);
    expect(fieldIssues({ ...good, names: 'ДОВСЕ' })).toEqual([
      ['names', 'names must be a map of languages, e.g. names: { de: { name: "…", shortName: "…" } }'],
    ]);
  });

  it('takes the states an entry into force needs as a list of codes, each once, named as the text names them', () => {
    const needs = { list: 'the 44 states listed in Annex 2', states: ['US', 'RU', 'CN'] };
    expect(fieldIssues({ ...good, entryIntoForceNeeds: needs })).toEqual([]);
    expect(fieldIssues({ ...good, entryIntoForceNeeds: { ...needs, states: ['US', 'RU', 'US'] } })).toEqual([
      ['entryIntoForceNeeds.states', 'a state is listed twice — list each state once'],
    ]);
    expect(fieldIssues({ ...good, entryIntoForceNeeds: { ...needs, states: [] } })).toEqual([
      ['entryIntoForceNeeds.states', 'states names no state — list the codes of the states the text names'],
    ]);
    expect(fieldIssues({ ...good, entryIntoForceNeeds: { ...needs, states: 'US' } })).toEqual([
      ['entryIntoForceNeeds.states', 'states must be a list — write states: [US, RU, CN]'],
    ]);
    expect(fieldIssues({ ...good, entryIntoForceNeeds: { states: ['US'] } })).toEqual([
      [
        'entryIntoForceNeeds.list',
        'where the text lists them is missing — add a line such as list: "the 44 states listed in Annex 2"',
      ],
    ]);
  });

  it('takes everyPartyDrawn as true or not at all, and removed events as a list of ids with a note', () => {
    expect(fieldIssues({ ...good, everyPartyDrawn: true })).toEqual([]);
    expect(fieldIssues({ ...good, everyPartyDrawn: false })).toEqual([
      ['everyPartyDrawn', 'everyPartyDrawn is true or left out — write everyPartyDrawn: true, or delete the line'],
    ]);
    expect(fieldIssues({ ...good, removedEvents: 'gone' })).toEqual([
      ['removedEvents', 'removedEvents must be a list — write - id: old-id and note: "why it is gone"'],
    ]);
    expect(fieldIssues({ ...good, removedEvents: [{ id: 'x-1990-signed' }] })).toEqual([
      [
        'removedEvents.0.note',
        'why the event is gone is missing — add a line such as note: "Recorded twice; merged into cfe-1990-11-19-signed."',
      ],
    ]);
  });
});
