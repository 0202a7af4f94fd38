import { describe, expect, it } from 'vitest';
import { AS_OF, contentModel as model, contentProblems as problems } from './content-model.ts';
import { keyDateRows } from '../../src/lib/model/instrument-summary.ts';
import { neverInForce, statusAt } from '../../src/lib/model/lifecycle.ts';

/** The instruments the content issue asks for, and how many sourced events each must have at least. */
const REQUIRED: Record<string, number> = {
  cfe: 10,
  ctbt: 10,
  inf: 10,
  'new-start': 10,
  'vienna-document': 10,
  abm: 6,
  'start-i': 6,
  'open-skies': 6,
};

describe('the content in content/treaties/', () => {
  it('validates without a single problem', () => expect(problems).toEqual([]));

  for (const [id, minimum] of Object.entries(REQUIRED)) {
    it(`${id} has at least ${minimum} events, each with a source`, () => {
      const { data } = model(id);
      expect(data.events.length).toBeGreaterThanOrEqual(minimum);
      for (const event of data.events) expect(event.sources.length).toBeGreaterThan(0);
    });
  }
});

describe('key derived facts', () => {
  it("statusAt(inf, 'all-parties', '2019-08-02') is 'terminated', and the day before it is not", () => {
    const { lifecycle } = model('inf');
    expect(statusAt(lifecycle, 'all-parties', '2019-08-01')).not.toBe('terminated');
    expect(statusAt(lifecycle, 'all-parties', '2019-08-02')).toBe('terminated');
  });

  it("statusAt(cfe, 'RU', '2008-01-01') is 'suspended' and statusAt(cfe, 'RU', '2023-11-08') is 'withdrawn'", () => {
    const { lifecycle } = model('cfe');
    expect(statusAt(lifecycle, 'RU', '2008-01-01')).toBe('suspended');
    expect(statusAt(lifecycle, 'RU', '2023-11-08')).toBe('withdrawn');
  });

  it('the CFE Treaty was provisionally applied on 1992-07-17 and entered into force on 1992-11-09, two different key dates', () => {
    expect(model('cfe').keyDates).toMatchObject({ provisionallyApplied: '1992-07-17', inForce: '1992-11-09' });
  });

  it('the CTBT shows its first signature (24 September 1996), not its adoption by the General Assembly, as "Signed"', () => {
    expect(keyDateRows(model('ctbt'))[0]).toEqual({ label: 'Signed', date: '1996-09-24' });
  });

  it("statusAt(cfe, 'US', '2008-01-01') is 'in-force': Russia's suspension was Russia's alone", () => {
    expect(statusAt(model('cfe').lifecycle, 'US', '2008-01-01')).toBe('in-force');
  });

  it("statusAt(new-start, 'all-parties', '2026-02-06') is 'expired', and it was in force a year before", () => {
    const { lifecycle } = model('new-start');
    expect(statusAt(lifecycle, 'all-parties', '2025-02-06')).toBe('in-force');
    expect(statusAt(lifecycle, 'all-parties', '2026-02-06')).toBe('expired');
  });

  it("statusAt(new-start, 'RU', '2024-01-01') is 'suspended', not withdrawn", () => {
    expect(statusAt(model('new-start').lifecycle, 'RU', '2024-01-01')).toBe('suspended');
  });

  it('neverInForce(ctbt) is true, and Russia is a signatory again after revoking its ratification', () => {
    const { lifecycle } = model('ctbt');
    expect(neverInForce(lifecycle)).toBe(true);
    expect(statusAt(lifecycle, 'RU', '2001-01-01')).toBe('ratified');
    expect(statusAt(lifecycle, 'RU', AS_OF)).toBe('signed');
  });

  it('the Vienna Document is politically binding and in effect', () => {
    const vd = model('vienna-document');
    expect(vd.data.kind).toBe('political');
    expect(vd.status).toBe('in-force');
  });
});
