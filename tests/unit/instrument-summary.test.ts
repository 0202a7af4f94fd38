import { describe, expect, it } from 'vitest';
import { instrumentModel, keyDateRows, statusLabel } from '../../src/lib/model/instrument-summary.ts';
import { statusHeadline } from '../../src/lib/model/status-headline.ts';
import { BILATERAL, event, instrument, model } from './hand-made.ts';

describe('statusLabel(kind, status, never)', () => {
  it("statusLabel('treaty', 'not-in-force', true) is 'Never entered into force'", () => {
    expect(statusLabel('treaty', 'not-in-force', true)).toBe('Never entered into force');
    expect(statusLabel('political', 'not-in-force', true)).toBe('Never entered into force');
  });

  it("statusLabel('treaty', 'not-in-force', false) is the table's label, 'Not in force'", () => {
    expect(statusLabel('treaty', 'not-in-force', false)).toBe('Not in force');
    expect(statusLabel('treaty', 'signed', true)).toBe('Signed, not ratified');
  });

  it("statusLabel('political', 'in-force', …) is 'In effect'; a treaty in force is 'In force'", () => {
    expect(statusLabel('political', 'in-force', false)).toBe('In effect');
    expect(statusLabel('treaty', 'in-force', false)).toBe('In force');
    expect(statusLabel('political', 'suspended', false)).toBe('Suspended');
  });
});

describe("statusLabel(kind, status, never, 'inSentence')", () => {
  it("statusLabel(…, 'inSentence') gives the words for the middle of a sentence, in each case", () => {
    expect(statusLabel('treaty', 'not-in-force', true, 'inSentence')).toBe('never entered into force');
    expect(statusLabel('political', 'in-force', false, 'inSentence')).toBe('in effect');
    expect(statusLabel('treaty', 'in-force', false, 'inSentence')).toBe('in force');
    expect(statusLabel('treaty', 'signed', false, 'inSentence')).toBe('signed, not ratified');
    expect(statusLabel('treaty', 'in-force', false, 'label')).toBe('In force');
  });
});

describe('instrumentModel(id, data, asOf)', () => {
  /** The headline of a hand-made model on its as-of day: who differs from the instrument, and how. */
  const differs = (m: ReturnType<typeof model>, day: string) =>
    statusHeadline(m.data, m.lifecycle, day, m.neverInForce).others.map((p) => [p.status, p.parties]);

  it("instrumentModel(bilateral, '2026-01-01') is in force; Russia withdrew and the Soviet Union is dissolved", () => {
    const m = model('ex', BILATERAL, '2026-01-01');
    expect([m.id, m.status, m.statusLabel, m.neverInForce]).toEqual(['ex', 'in-force', 'In force', false]);
    expect(differs(m, '2026-01-01')).toEqual([
      ['withdrawn', ['RU']],
      ['dissolved', ['SU']],
    ]);
    expect(m.keyDates).toEqual({ signed: '1990-11-19', inForce: '1992-11-09' });
  });

  it("instrumentModel(bilateral, '2010-01-01') has Russia suspended", () => {
    expect(differs(model('ex', BILATERAL, '2010-01-01'), '2010-01-01')).toEqual([
      ['suspended', ['RU']],
      ['dissolved', ['SU']],
    ]);
  });

  it("instrumentModel(bilateral, '1991-01-01') is not yet in force, and every state differs from it", () => {
    const m = model('ex', BILATERAL, '1991-01-01');
    expect([m.status, m.statusLabel]).toEqual(['not-in-force', 'Not in force']);
    expect(differs(m, '1991-01-01')).toEqual([
      ['signed', ['US', 'SU']],
      ['not-signed', ['RU']],
    ]);
  });

  it('instrumentModel(signed only) never entered into force, and says so', () => {
    const m = model('ex', [event('1996-09-24', 'signed', ['US', 'CN'])], '2026-01-01');
    expect([m.status, m.statusLabel, m.neverInForce]).toEqual(['not-in-force', 'Never entered into force', true]);
    expect(m.keyDates).toEqual({ signed: '1996-09-24' });
  });

  it('instrumentModel(treaty that expired) dates its end and its provisional application', () => {
    const m = model(
      'ex',
      [
        event('1991-07-31', 'signed', ['US', 'SU']),
        event('1992', 'provisionally-applied', ['all-parties']),
        event('1994-12-05', 'entered-into-force', ['all-parties']),
        event('2009-12-05', 'expired', ['all-parties']),
      ],
      '2026-01-01',
    );
    expect([m.status, m.statusLabel]).toEqual(['expired', 'Expired']);
    expect(m.keyDates).toEqual({
      signed: '1991-07-31',
      provisionallyApplied: '1992',
      inForce: '1994-12-05',
      ended: '2009-12-05',
    });
  });

  it('instrumentModel skips the events of an associated document when it dates signature and entry into force', () => {
    const m = model(
      'ex',
      [
        event('1980', 'signed', ['US'], { document: 'Earlier protocol' }),
        event('1981', 'entered-into-force', ['all-parties'], { document: 'Earlier protocol' }),
        event('1990', 'signed', ['US']),
        event('1995', 'ratified', ['US']),
        event('1996', 'entered-into-force', ['all-parties']),
      ],
      '2026-01-01',
    );
    expect(m.keyDates).toEqual({ signed: '1990', inForce: '1996' });
  });

  it('instrumentModel(political document) is in effect from its adoption, and its adoption is its first date', () => {
    const data = instrument([event('1990-11-17', 'adopted', ['all-parties'])], { kind: 'political' });
    const m = instrumentModel('vd', data, '2026-01-01');
    expect([m.status, m.statusLabel]).toEqual(['in-force', 'In effect']);
    expect(m.keyDates).toEqual({ signed: '1990-11-17', inForce: '1990-11-17' });
  });

  it('instrumentModel(treaty adopted, not in force) has no date in force: only a political document takes effect on adoption', () => {
    const m = model('ex', [event('1996-09-10', 'adopted', ['all-parties'])], '2026-01-01');
    expect(m.keyDates).toEqual({});
  });
});

describe('keyDateRows(model)', () => {
  it('keyDateRows(treaty) labels signature, provisional application, entry into force and end, leaving out what did not happen', () => {
    const m = model(
      'ex',
      [
        event('1991-07-31', 'signed', ['US', 'SU']),
        event('1994-12-05', 'entered-into-force', ['all-parties']),
        event('2009-12-05', 'expired', ['all-parties']),
      ],
      '2026-01-01',
    );
    expect(keyDateRows(m)).toEqual([
      { label: 'Signed', date: '1991-07-31' },
      { label: 'In force', date: '1994-12-05' },
      { label: 'Ended', date: '2009-12-05' },
    ]);
  });

  it("keyDateRows(political document) says 'Adopted' and 'In effect'", () => {
    const data = instrument(
      [event('1990-11-17', 'adopted', ['all-parties']), event('1991', 'provisionally-applied', ['all-parties'])],
      { kind: 'political' },
    );
    expect(keyDateRows(instrumentModel('vd', data, '2026-01-01'))).toEqual([
      { label: 'Adopted', date: '1990-11-17' },
      { label: 'Provisionally applied', date: '1991' },
      { label: 'In effect', date: '1990-11-17' },
    ]);
  });
});
