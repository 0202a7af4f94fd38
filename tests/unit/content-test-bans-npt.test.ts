import { describe, expect, it } from 'vitest';
import { contentModel as model, contentProblems as problems } from './content-model.ts';
import { statusAt } from '../../src/lib/model/lifecycle.ts';

const eventsOf = (id: string) => model(id).data.events;
const lanes = (id: string) => model(id).lifecycle.lanes.map((l) => l.party);
const by = (id: string, type: string, party: string) =>
  eventsOf(id).filter((e) => e.type === type && e.parties.includes(party as never) && e.document === undefined);

describe('Test bans and the NPT: the content validates', () => {
  it('validateContent(content/treaties) reports no problem in ttbt, pnet or npt', () =>
    expect(problems.filter((p) => /\/(ttbt|pnet|npt)\.md$/.test(p.file))).toEqual([]));
});

describe('Threshold Test Ban Treaty: signed 1974, in force 1990', () => {
  it("statusAt(ttbt, 'US', '1990-12-11') is 'in-force' and statusAt(ttbt, 'US', '1990-12-10') is not", () => {
    const { lifecycle } = model('ttbt');
    expect(statusAt(lifecycle, 'US', '1990-12-11')).toBe('in-force');
    expect(statusAt(lifecycle, 'US', '1990-12-10')).not.toBe('in-force');
    expect(statusAt(lifecycle, 'US', '1990-12-10')).toBe('signed');
    expect(statusAt(lifecycle, 'SU', '1990-12-11')).toBe('in-force');
    expect(statusAt(lifecycle, 'all-parties', '1990-12-10')).toBe('not-in-force');
    expect(statusAt(lifecycle, 'all-parties', '1990-12-11')).toBe('in-force');
  });

  it('was signed 1974-07-03 by both parties, and both ratified by the exchange of 1990-12-11', () => {
    expect(by('ttbt', 'signed', 'US').map((e) => e.date)).toEqual(['1974-07-03']);
    expect(by('ttbt', 'signed', 'SU').map((e) => e.date)).toEqual(['1974-07-03']);
    expect(by('ttbt', 'ratified', 'US').map((e) => e.date)).toEqual(['1990-12-11']);
    expect(by('ttbt', 'ratified', 'SU').map((e) => e.date)).toEqual(['1990-12-11']);
    expect(by('ttbt', 'entered-into-force', 'all-parties').map((e) => e.date)).toEqual(['1990-12-11']);
  });

  it('the Senate consent of 1990-09-25 is a US statement, not a ratification', () => {
    const consent = eventsOf('ttbt').find((e) => e.date === '1990-09-25');
    expect(consent).toMatchObject({ type: 'statement', parties: ['US'] });
    expect(statusAt(model('ttbt').lifecycle, 'US', '1990-09-25')).toBe('signed');
  });

  it('the 1990 verification protocol is an "updated" event of an associated document, signed 1990-06-01', () => {
    const protocol = eventsOf('ttbt').find((e) => e.type === 'updated');
    expect(protocol?.date).toBe('1990-06-01');
    expect(protocol?.document).toMatch(/[Pp]rotocol/);
  });

  it('records Russia taking the Soviet place in December 1991: its lanes are the treaty, the US, the USSR and Russia', () => {
    expect(lanes('ttbt')).toEqual(['all-parties', 'US', 'SU', 'RU']);
    expect(eventsOf('ttbt').find((e) => e.type === 'succeeded')).toMatchObject({
      id: 'ttbt-1991-12-succeeded-ru',
      date: '1991-12',
      parties: ['RU'],
      predecessor: 'SU',
    });
  });

  it('in 2026 Russia, not the dissolved USSR, is the party in force', () => {
    const { lifecycle } = model('ttbt');
    expect(statusAt(lifecycle, 'RU', '2026-01-01')).toBe('in-force');
    expect(statusAt(lifecycle, 'SU', '2026-01-01')).toBe('dissolved');
  });
});

describe('Peaceful Nuclear Explosions Treaty: signed 1976, in force with the TTBT', () => {
  it("statusAt(pnet, 'US', '1990-12-11') is 'in-force' and statusAt(pnet, 'US', '1990-12-10') is not", () => {
    const { lifecycle } = model('pnet');
    expect(statusAt(lifecycle, 'US', '1990-12-11')).toBe('in-force');
    expect(statusAt(lifecycle, 'US', '1990-12-10')).not.toBe('in-force');
    expect(statusAt(lifecycle, 'SU', '1990-12-11')).toBe('in-force');
    expect(statusAt(lifecycle, 'all-parties', '1990-12-10')).toBe('not-in-force');
  });

  it('was signed 1976-05-28 and entered into force 1990-12-11, the same day as the TTBT', () => {
    expect(by('pnet', 'signed', 'US').map((e) => e.date)).toEqual(['1976-05-28']);
    const entry = by('pnet', 'entered-into-force', 'all-parties').map((e) => e.date);
    expect(entry).toEqual(['1990-12-11']);
    expect(entry).toEqual(by('ttbt', 'entered-into-force', 'all-parties').map((e) => e.date));
  });

  it('links back to the TTBT and the CTBT', () => expect(model('pnet').data.related).toEqual(['ttbt', 'ctbt']));

  it('records Russia taking the Soviet place in December 1991, so Russia is in force in 2026', () => {
    const { lifecycle } = model('pnet');
    expect(eventsOf('pnet').find((e) => e.type === 'succeeded')).toMatchObject({
      date: '1991-12',
      parties: ['RU'],
      predecessor: 'SU',
    });
    expect(statusAt(lifecycle, 'RU', '2026-01-01')).toBe('in-force');
    expect(statusAt(lifecycle, 'SU', '2026-01-01')).toBe('dissolved');
  });
});

describe('NPT: in force 1970, extended 1995, North Korea out after 2003', () => {
  it("statusAt(npt, 'all-parties') is 'in-force' from 1970-03-05, not the day before", () => {
    const { lifecycle } = model('npt');
    expect(statusAt(lifecycle, 'all-parties', '1970-03-04')).toBe('not-in-force');
    expect(statusAt(lifecycle, 'all-parties', '1970-03-05')).toBe('in-force');
    expect(statusAt(lifecycle, 'US', '1970-03-05')).toBe('in-force');
    expect(statusAt(lifecycle, 'SU', '1970-03-05')).toBe('in-force');
  });

  it("the United Kingdom, which ratified on 1968-11-27, is 'ratified' until the treaty entered into force", () => {
    const { lifecycle } = model('npt');
    expect(by('npt', 'ratified', 'GB').map((e) => e.date)).toEqual(['1968-11-27']);
    expect(statusAt(lifecycle, 'GB', '1969-01-01')).toBe('ratified');
    expect(statusAt(lifecycle, 'GB', '1970-03-05')).toBe('in-force');
  });

  it('France and China acceded in 1992 and are in force from then', () => {
    const { lifecycle } = model('npt');
    expect(by('npt', 'ratified', 'CN').map((e) => e.date)).toEqual(['1992-03-09']);
    expect(by('npt', 'ratified', 'FR').map((e) => e.date)).toEqual(['1992-08-03']);
    expect(statusAt(lifecycle, 'CN', '1992-03-08')).toBe('not-signed');
    expect(statusAt(lifecycle, 'CN', '1992-03-09')).toBe('in-force');
    expect(statusAt(lifecycle, 'FR', '1992-08-03')).toBe('in-force');
  });

  it("Russia continues the Soviet Union's membership, which shows as dissolved", () => {
    const { lifecycle } = model('npt');
    expect(statusAt(lifecycle, 'RU', '1995-01-01')).toBe('in-force');
    expect(statusAt(lifecycle, 'SU', '1995-01-01')).toBe('dissolved');
  });

  it('the parties extended the treaty indefinitely on 1995-05-11', () =>
    expect(by('npt', 'extended', 'all-parties').map((e) => e.date)).toEqual(['1995-05-11']));

  it('North Korea acceded 1985-12 and stayed a party through its 1993 notice and its suspension', () => {
    const { lifecycle } = model('npt');
    expect(by('npt', 'ratified', 'KP').map((e) => e.date)).toEqual(['1985-12']);
    expect(statusAt(lifecycle, 'KP', '1985-12-12')).toBe('in-force');
    expect(by('npt', 'withdrawal-notified', 'KP').map((e) => e.date)).toEqual(['1993-03-12', '2003-01-10']);
    expect(eventsOf('npt').find((e) => e.date === '1993-06-11')).toMatchObject({ type: 'statement', parties: ['KP'] });
    expect(statusAt(lifecycle, 'KP', '1993-06-12')).toBe('in-force');
    expect(statusAt(lifecycle, 'KP', '2003-01-10')).toBe('in-force');
  });

  it("statusAt(npt, 'KP') is 'withdrawn' from 2003-01-11, the date it claimed, and after 2003", () => {
    const { lifecycle } = model('npt');
    expect(by('npt', 'withdrawn', 'KP').map((e) => e.date)).toEqual(['2003-01-11']);
    expect(statusAt(lifecycle, 'KP', '2003-01-11')).toBe('withdrawn');
    expect(statusAt(lifecycle, 'KP', '2003-04-11')).toBe('withdrawn');
    expect(statusAt(lifecycle, 'KP', '2026-11-22')).toBe('withdrawn');
    expect(statusAt(lifecycle, 'all-parties', '2026-11-22')).toBe('in-force');
  });

  it('India, Israel and Pakistan, which never joined, act in no event and have no lane', () => {
    for (const party of ['IN', 'IL', 'PK']) {
      expect(model('npt').data.parties).not.toContain(party);
      expect(lanes('npt')).not.toContain(party);
    }
  });
});
