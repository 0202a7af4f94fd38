import { describe, expect, it } from 'vitest';
import { contentModel as model, contentProblems as problems, dayBefore } from './content-model.ts';
import { neverInForce, statusAt } from '../../src/lib/model/lifecycle.ts';

const eventsOf = (id: string) => model(id).data.events;
const find = (id: string, type: string, party?: string) =>
  eventsOf(id).filter((e) => e.type === type && (party === undefined || e.parties.includes(party as never)));

const IDS = ['salt-i', 'salt-ii', 'start-ii', 'sort'] as const;

describe('strategic arms lineage: the content validates', () => {
  it('validateContent(content/treaties) reports no problem in salt-i, salt-ii, start-ii or sort', () =>
    expect(problems.filter((p) => /\/(salt-i|salt-ii|start-ii|sort)\.md$/.test(p.file))).toEqual([]));

  for (const id of IDS) {
    it(`${id} cites only https addresses`, () => {
      for (const event of eventsOf(id)) for (const source of event.sources) expect(source.url).toMatch(/^https:\/\//);
    });
  }
});

describe('SALT I Interim Agreement: five years in force, then expired by its own terms', () => {
  it('was signed 1972-05-26 and accepted by both parties on 1972-10-03, the day it entered into force', () => {
    expect(find('salt-i', 'signed')[0]).toMatchObject({ date: '1972-05-26', parties: ['US', 'SU'] });
    expect(find('salt-i', 'ratified')[0]).toMatchObject({ date: '1972-10-03', parties: ['US', 'SU'] });
    expect(find('salt-i', 'entered-into-force')[0]).toMatchObject({ date: '1972-10-03', parties: ['all-parties'] });
  });

  it("statusAt(salt-i) is 'in-force' through 1977-10-03, the day it expired at the end of, and 'expired' from 1977-10-04", () => {
    const { lifecycle } = model('salt-i');
    for (const party of ['all-parties', 'US', 'SU'] as const) {
      expect(statusAt(lifecycle, party, '1975-01-01')).toBe('in-force');
      expect(statusAt(lifecycle, party, '1977-10-03')).toBe('in-force');
      expect(statusAt(lifecycle, party, '1977-10-04')).toBe('expired');
    }
    expect(find('salt-i', 'expired')[0]).toMatchObject({ date: '1977-10-03', parties: ['all-parties'] });
  });

  it("the US Congress's approval of 1972-09-30 is a statement, and later US undertakings after expiry are statements only", () => {
    expect(find('salt-i', 'statement', 'US').map((e) => e.date)).toEqual(['1972-09-30', '1982', '1986-05-27']);
    const { lifecycle } = model('salt-i');
    expect(statusAt(lifecycle, 'US', '1986-06-01')).toBe('expired');
  });
});

describe('SALT II: signed, never ratified, never in force', () => {
  it("was signed 1979-06-18 by the United States and the Soviet Union, and statusAt is 'signed' for both through 1986", () => {
    expect(find('salt-ii', 'signed')[0]).toMatchObject({ date: '1979-06-18', parties: ['US', 'SU'] });
    const { lifecycle } = model('salt-ii');
    for (const day of ['1979-06-18', '1980-01-04', '1986-12-31'])
      for (const party of ['US', 'SU'] as const) expect(statusAt(lifecycle, party, day)).toBe('signed');
    expect(statusAt(lifecycle, 'all-parties', '1985-12-31')).toBe('not-in-force');
  });

  it('has no ratification, entry into force, expiry or withdrawal, and neverInForce(salt-ii) is true', () => {
    for (const type of ['ratified', 'entered-into-force', 'expired', 'terminated', 'withdrawn'])
      expect(find('salt-ii', type)).toEqual([]);
    expect(neverInForce(model('salt-ii').lifecycle)).toBe(true);
  });

  it("Carter's request of 1980-01-03 and Reagan's announcement of 1986-05-27 are US statements", () => {
    const us = find('salt-ii', 'statement', 'US').map((e) => e.date);
    expect(us).toContain('1980-01-03');
    expect(us).toContain('1986-05-27');
    expect(us).toContain('1986-11-28');
    expect(find('salt-ii', 'statement', 'SU').map((e) => e.date)).toContain('1986-12-05');
  });
});

describe('START II: approved by both legislatures, never ratified or in force', () => {
  it('was signed 1993-01-03; the Senate (1996-01-26), the Duma (2000-04-14) and the law (2000-05-04) are statements', () => {
    expect(find('start-ii', 'signed')[0]).toMatchObject({ date: '1993-01-03', parties: ['US', 'RU'] });
    expect(find('start-ii', 'statement', 'US').map((e) => e.date)).toEqual(['1996-01-26']);
    expect(find('start-ii', 'statement', 'RU').map((e) => e.date)).toEqual(['2000-04-14', '2000-05-04', '2002-06-14']);
    expect(find('start-ii', 'ratified')).toEqual([]);
    expect(find('start-ii', 'entered-into-force')).toEqual([]);
  });

  it("statusAt(start-ii, 'US' | 'RU', '2001-01-01') is 'signed', and stays so after Russia's statement of 2002-06-14", () => {
    const { lifecycle } = model('start-ii');
    for (const party of ['US', 'RU'] as const) {
      expect(statusAt(lifecycle, party, '2001-01-01')).toBe('signed');
      expect(statusAt(lifecycle, party, '2003-01-01')).toBe('signed');
    }
    expect(neverInForce(lifecycle)).toBe(true);
  });

  it('the 1997 New York Protocol is an update of an associated document, dated 1997-09-26, that changes no status', () => {
    const protocol = find('start-ii', 'updated')[0];
    expect(protocol).toMatchObject({ date: '1997-09-26' });
    expect(protocol?.document).toMatch(/Protocol/);
    const { lifecycle } = model('start-ii');
    expect(statusAt(lifecycle, 'RU', '1997-09-26')).toBe('signed');
  });
});

describe('Moscow Treaty (SORT): in force 2003-06-01, superseded by New START on 2011-02-05', () => {
  it('was signed 2002-05-24, with the Senate (2003-03-06) and Duma (2003-05-14) approvals as statements', () => {
    expect(find('sort', 'signed')[0]).toMatchObject({ date: '2002-05-24', parties: ['US', 'RU'] });
    expect(find('sort', 'statement', 'US')[0]?.date).toBe('2003-03-06');
    expect(find('sort', 'statement', 'RU')[0]?.date).toBe('2003-05-14');
  });

  it("statusAt(sort) is 'signed' on 2003-05-31 and 'in-force' from 2003-06-01 for both parties", () => {
    const { lifecycle } = model('sort');
    for (const party of ['US', 'RU'] as const) {
      expect(statusAt(lifecycle, party, '2003-05-31')).toBe('signed');
      expect(statusAt(lifecycle, party, '2003-06-01')).toBe('in-force');
    }
    expect(statusAt(lifecycle, 'all-parties', '2003-06-01')).toBe('in-force');
  });

  it("statusAt(sort) is 'in-force' on 2011-02-04 and 'terminated' on 2011-02-05, when New START entered into force", () => {
    const { lifecycle } = model('sort');
    for (const party of ['all-parties', 'US', 'RU'] as const) {
      expect(statusAt(lifecycle, party, dayBefore('2011-02-05'))).toBe('in-force');
      expect(statusAt(lifecycle, party, '2011-02-05')).toBe('terminated');
    }
    const newStartInForce = model('new-start').data.events.find((e) => e.type === 'entered-into-force')?.date;
    expect(find('sort', 'terminated')[0]?.date).toBe(newStartInForce);
  });

  it('names New START as its successor in lineage.supersededBy', () =>
    expect(model('sort').data.lineage?.supersededBy).toEqual(['new-start']));
});
