import { describe, expect, it } from 'vitest';
import {
  AS_OF,
  contentInstruments as instruments,
  contentModel as model,
  contentProblems as problems,
  recordShare,
} from './content-model.ts';
import { stateLanes, statusAt } from '../../src/lib/model/lifecycle.ts';
import { ALL_PARTIES } from '../../src/lib/model/parties.ts';

const openSkies = model('open-skies');
const vienna = model('vienna-document');

/** The dates of the events of one type in which a party acted on its own lane. */
const datesOf = (m: ReturnType<typeof model>, party: string, type: string) =>
  m.data.events.filter((e) => e.type === type && (e.parties as readonly string[]).includes(party)).map((e) => e.date);

/** Sites that only copy or aggregate others' reporting; the content must not cite them. */
const AGGREGATORS = [
  'urdupoint.com',
  'docslib.org',
  'shhada.ir',
  'digitalpress.blog',
  'x-mol.com',
  'justthenews.com',
  'republicworld.com',
  'azerbaycan24.com',
  'armenpress.am',
  'pledgetimes.com',
];

/** Sites of depositaries, governments and international organisations: the record. */

describe('the Open Skies and Vienna Document files', () => {
  it('validate without a single problem', () => {
    expect(problems.filter((p) => /open-skies|vienna-document/.test(p.file))).toEqual([]);
  });

  it('cite no aggregator', () => {
    for (const m of [openSkies, vienna]) {
      for (const event of m.data.events) {
        for (const source of event.sources)
          expect(
            AGGREGATORS.some((a) => source.url.includes(a)),
            source.url,
          ).toBe(false);
      }
    }
  });

  it('recordShare(open-skies) is at least 90 % (it was 22 %)', () => {
    expect(recordShare('open-skies')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('Open Skies: each state on its own lane', () => {
  it("statusAt(open-skies, 'all-parties', '2002-01-01') is 'in-force', and the day before it is 'not-in-force'", () => {
    expect(statusAt(openSkies.lifecycle, ALL_PARTIES, '2001-12-31')).toBe('not-in-force');
    expect(statusAt(openSkies.lifecycle, ALL_PARTIES, '2002-01-01')).toBe('in-force');
    expect(openSkies.keyDates).toMatchObject({ signed: '1992-03-24', inForce: '2002-01-01' });
  });

  it("statusAt(open-skies, 'US', '2020-11-22') is 'withdrawn', and it was 'in-force' the day before and on the day of its notice", () => {
    expect(statusAt(openSkies.lifecycle, 'US', '2020-05-22')).toBe('in-force');
    expect(statusAt(openSkies.lifecycle, 'US', '2020-11-21')).toBe('in-force');
    expect(statusAt(openSkies.lifecycle, 'US', '2020-11-22')).toBe('withdrawn');
  });

  it("statusAt(open-skies, 'RU', '2021-12-18') is 'withdrawn', and it was 'in-force' the day before and after its notice of 2021-06-18", () => {
    expect(statusAt(openSkies.lifecycle, 'RU', '2021-06-18')).toBe('in-force');
    expect(statusAt(openSkies.lifecycle, 'RU', '2021-12-17')).toBe('in-force');
    expect(statusAt(openSkies.lifecycle, 'RU', '2021-12-18')).toBe('withdrawn');
  });

  it('the notices and the withdrawals are separate events on their own dates', () => {
    expect(datesOf(openSkies, 'US', 'withdrawal-announced')).toEqual(['2020-05-21']);
    expect(datesOf(openSkies, 'US', 'withdrawal-notified')).toEqual(['2020-05-22']);
    expect(datesOf(openSkies, 'US', 'withdrawn')).toEqual(['2020-11-22']);
    expect(datesOf(openSkies, 'RU', 'withdrawal-announced')).toEqual(['2021-01-15']);
    expect(datesOf(openSkies, 'RU', 'withdrawal-notified')).toEqual(['2021-06-18']);
    expect(datesOf(openSkies, 'RU', 'withdrawn')).toEqual(['2021-12-18']);
  });

  it("statusAt(open-skies, 'RU', '2021-06-07') is 'in-force': the law authorising withdrawal is a statement, not the withdrawal", () => {
    expect(datesOf(openSkies, 'RU', 'statement')).toEqual(['2021-05-19', '2021-06-02', '2021-06-07']);
    expect(statusAt(openSkies.lifecycle, 'RU', '2021-06-07')).toBe('in-force');
  });

  it("statusAt(open-skies, AS_OF) is 'in-force' for the treaty and 'withdrawn' only for the US and Russia", () => {
    expect(openSkies.status).toBe('in-force');
    const differs = stateLanes(openSkies.lifecycle)
      .map((lane) => [lane.party, statusAt(openSkies.lifecycle, lane.party, AS_OF)])
      .filter(([, status]) => status !== 'in-force');
    expect(differs.sort()).toEqual([
      ['RU', 'withdrawn'],
      ['US', 'withdrawn'],
    ]);
  });

  it("statusAt(open-skies, 'CA', '1992-07-21') is 'ratified': Canada's ratification came long before the treaty entered into force", () => {
    expect(statusAt(openSkies.lifecycle, 'CA', '1992-07-20')).toBe('signed');
    expect(statusAt(openSkies.lifecycle, 'CA', '1992-07-21')).toBe('ratified');
    expect(statusAt(openSkies.lifecycle, 'CA', '2002-01-01')).toBe('in-force');
  });

  it("statusAt(open-skies, 'RU', '2001-11-02') and statusAt(open-skies, 'BY', '2001-11-02') are 'ratified', the last ratifications before entry into force", () => {
    for (const party of ['RU', 'BY'] as const) {
      expect(statusAt(openSkies.lifecycle, party, '2001-11-01')).toBe('signed');
      expect(statusAt(openSkies.lifecycle, party, '2001-11-02')).toBe('ratified');
    }
  });

  it('every state has its own ratification or accession on its own lane, and no group stands in for one', () => {
    const states = openSkies.data.parties.filter((p) => p !== ALL_PARTIES);
    expect(states.length).toBe(31);
    for (const state of states) expect(datesOf(openSkies, state, 'ratified'), state).toHaveLength(1);
    const groupSteps = openSkies.data.events
      .filter((e) => (e.parties as readonly string[]).includes(ALL_PARTIES))
      .map((e) => e.type);
    expect(groupSteps).toEqual(['entered-into-force']);
  });

  it('the acceding states have their own entry into force, sixty days after accession', () => {
    expect(datesOf(openSkies, 'FI', 'ratified')).toEqual(['2002-12-12']);
    expect(datesOf(openSkies, 'FI', 'entered-into-force')).toEqual(['2003-02-10']);
    expect(datesOf(openSkies, 'HR', 'entered-into-force')).toEqual(['2005-01-01']);
    expect(statusAt(openSkies.lifecycle, 'LT', '2005-07-08')).toBe('in-force');
    expect(statusAt(openSkies.lifecycle, 'LT', '2005-05-08')).toBe('not-signed');
  });
});

describe('Vienna Document', () => {
  it("statusAt(vienna-document, 'all-parties', AS_OF) is 'in-force': a politically binding document, in effect", () => {
    expect(vienna.data.kind).toBe('political');
    expect(vienna.status).toBe('in-force');
    expect(vienna.statusLabel).toBe('In effect');
  });

  it("statusAt(vienna-document, 'RU', '2022-02-15') is 'in-force': staying away from a Chapter III meeting is a statement", () => {
    expect(datesOf(vienna, 'RU', 'statement')).toContain('2022-02-15');
    expect(statusAt(vienna.lifecycle, 'RU', '2022-02-15')).toBe('in-force');
  });

  it('the 1992 version is not said to extend to successor states of Yugoslavia', () => {
    const vd92 = vienna.data.events.find((e) => e.document === 'Vienna Document 1992');
    expect(vd92?.date).toBe('1992-03-04');
    expect(vd92?.description).toMatch(/none of its successor states/);
    expect(
      vienna.data.events.some((e) => /successor states of the Soviet Union and Yugoslavia/.test(e.description)),
    ).toBe(false);
    const body = instruments.find((i) => i.id === 'vienna-document')!.body;
    expect(body).not.toMatch(/successor states of the Soviet\s+Union and Yugoslavia/);
  });
});
