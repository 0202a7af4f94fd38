import { describe, expect, it } from 'vitest';
import { contentModel as model, contentProblems as problems, recordShare } from './content-model.ts';
import { statusAt } from '../../src/lib/model/lifecycle.ts';

const lanes = (id: string) => model(id).lifecycle.lanes.map((l) => l.party);
const eventsOf = (id: string) => model(id).data.events;

const AGGREGATORS = /urdupoint|weeklyblitz|worldreportnow|tag24|pledgetimes|ceasefire\.ca|grabien|moneycontrol/;
const hosts = (id: string) =>
  eventsOf(id).flatMap((e) => e.sources.map((s) => new URL(s.url).hostname.replace(/^www\./, '')));

describe('US–Soviet/Russian treaties: the content validates', () => {
  it('validateContent(content/treaties) reports no problem in inf, abm, start-i or new-start', () =>
    expect(problems.filter((p) => /\/(inf|abm|start-i|new-start)\.md$/.test(p.file))).toEqual([]));

  for (const id of ['inf', 'abm', 'start-i', 'new-start']) {
    it(`${id} cites no aggregator`, () => {
      for (const host of hosts(id)) expect(host).not.toMatch(AGGREGATORS);
    });
  }
});

describe('ABM Treaty: succession as the record supports it', () => {
  it("statusAt(abm, 'RU', '2002-06-12') is 'in-force' and statusAt(abm, 'RU', '2002-06-13') is 'terminated'", () => {
    const { lifecycle } = model('abm');
    expect(statusAt(lifecycle, 'RU', '2002-06-12')).toBe('in-force');
    expect(statusAt(lifecycle, 'RU', '2002-06-13')).toBe('terminated');
  });

  it("statusAt(abm, 'RU', '1995-01-01') is 'in-force': Russia continued the Soviet Union, which shows as dissolved", () => {
    const { lifecycle } = model('abm');
    expect(statusAt(lifecycle, 'RU', '1995-01-01')).toBe('in-force');
    expect(statusAt(lifecycle, 'SU', '1995-01-01')).toBe('dissolved');
    expect(statusAt(lifecycle, 'SU', '1991-06-01')).toBe('in-force');
  });

  it("statusAt(abm, 'US', '2002-06-13') is 'withdrawn' after notice on 2001-12-13", () => {
    const { lifecycle } = model('abm');
    expect(statusAt(lifecycle, 'US', '2002-06-12')).toBe('in-force');
    expect(statusAt(lifecycle, 'US', '2002-06-13')).toBe('withdrawn');
    expect(eventsOf('abm').find((e) => e.type === 'withdrawal-notified')?.date).toBe('2001-12-13');
  });

  it('lanes(abm) has no Belarus, Kazakhstan or Ukraine lane: they never became parties, so none shows "Terminated"', () => {
    expect(lanes('abm')).toEqual(['all-parties', 'US', 'SU', 'RU']);
  });

  it('the 1997 Memorandum of Understanding on Succession is a signature of an associated document, signed 1997-09-26, that changes no status', () => {
    const mou = eventsOf('abm').find((e) => e.document === 'Memorandum of Understanding on Succession');
    expect(mou).toMatchObject({ date: '1997-09-26', type: 'signed' });
    expect(mou?.description).toMatch(/never entered into force/);
    expect(mou?.description).toMatch(/Belarus/);
  });
});

describe('INF Treaty: successors, termination and the moratorium', () => {
  it("statusAt(inf, 'RU' | 'BY' | 'KZ' | 'UA', '2000-01-01') is 'in-force' as successors of the Soviet Union", () => {
    const { lifecycle } = model('inf');
    for (const party of ['RU', 'BY', 'KZ', 'UA'] as const)
      expect(statusAt(lifecycle, party, '2000-01-01')).toBe('in-force');
    expect(statusAt(lifecycle, 'SU', '2000-01-01')).toBe('dissolved');
  });

  it("statusAt(inf, 'RU', '2019-03-04') is 'suspended', and statusAt(inf, 'RU', '2019-08-02') is 'terminated'", () => {
    const { lifecycle } = model('inf');
    expect(statusAt(lifecycle, 'RU', '2019-03-03')).toBe('in-force');
    expect(statusAt(lifecycle, 'RU', '2019-03-04')).toBe('suspended');
    expect(statusAt(lifecycle, 'RU', '2019-08-02')).toBe('terminated');
  });

  it("statusAt(inf, 'US', '2019-02-02') is 'suspended' and statusAt(inf, 'US', '2019-08-02') is 'withdrawn'", () => {
    const { lifecycle } = model('inf');
    expect(statusAt(lifecycle, 'US', '2019-02-01')).toBe('in-force');
    expect(statusAt(lifecycle, 'US', '2019-02-02')).toBe('suspended');
    expect(statusAt(lifecycle, 'US', '2019-08-02')).toBe('withdrawn');
  });

  it("statusAt(inf, 'UA', '2019-08-02') is 'terminated': the treaty ended for Ukraine with the US withdrawal", () => {
    const { lifecycle } = model('inf');
    expect(statusAt(lifecycle, 'UA', '2019-08-01')).toBe('in-force');
    expect(statusAt(lifecycle, 'UA', '2019-08-02')).toBe('terminated');
  });

  it("Russia's end of its moratorium is a 'statement' of RU dated 2025-08-04", () => {
    const moratorium = eventsOf('inf').find((e) => e.date === '2025-08-04');
    expect(moratorium).toMatchObject({ type: 'statement', parties: ['RU'] });
  });

  it('recordShare(inf) is at least 40 % of its events (it was 0 %)', () =>
    expect(recordShare('inf')).toBeGreaterThanOrEqual(0.4));
});

describe('New START: extension and expiry', () => {
  it("statusAt(new-start, 'all-parties', '2026-02-05') is 'in-force': it expired at the end of that day, and is 'expired' on the 6th", () => {
    const { lifecycle } = model('new-start');
    expect(statusAt(lifecycle, 'all-parties', '2026-02-04')).toBe('in-force');
    expect(statusAt(lifecycle, 'all-parties', '2026-02-05')).toBe('in-force');
    expect(statusAt(lifecycle, 'all-parties', '2026-02-06')).toBe('expired');
    expect(statusAt(lifecycle, 'US', '2026-02-05')).toBe('in-force');
    expect(statusAt(lifecycle, 'RU', '2026-02-06')).toBe('expired');
  });

  it("statusAt(new-start, 'RU', '2026-02-04') is 'suspended' and statusAt(new-start, 'US', '2026-02-04') is 'in-force'", () => {
    const { lifecycle } = model('new-start');
    expect(statusAt(lifecycle, 'RU', '2026-02-04')).toBe('suspended');
    expect(statusAt(lifecycle, 'US', '2026-02-04')).toBe('in-force');
  });

  it('the extension of 2021-02-03 cites no tag index page', () => {
    const extension = eventsOf('new-start').find((e) => e.type === 'extended');
    expect(extension?.date).toBe('2021-02-03');
    for (const source of extension?.sources ?? []) expect(source.url).not.toMatch(/\/tag\//);
  });

  it('the treaty was signed 2010-04-08, ratified by both on the exchange and in force 2011-02-05; the earlier steps are statements', () => {
    const by = (type: string, party: string) =>
      eventsOf('new-start').find((e) => e.type === type && e.parties.includes(party as never))?.date;
    expect(by('signed', 'US')).toBe('2010-04-08');
    expect(by('ratified', 'RU')).toBe('2011-02-05');
    expect(by('ratified', 'US')).toBe('2011-02-05');
    expect(eventsOf('new-start').find((e) => e.id === 'new-start-2011-01-28-ratified-ru')?.type).toBe('statement');
    expect(eventsOf('new-start').find((e) => e.id === 'new-start-2011-02-02-ratified-us')?.type).toBe('statement');
    expect(by('entered-into-force', 'all-parties')).toBe('2011-02-05');
  });

  it('recordShare(new-start) is higher than the 15 % it had', () =>
    expect(recordShare('new-start')).toBeGreaterThan(0.15));
});

describe('START I: expiry at the end of a day', () => {
  it("statusAt(start-i, 'all-parties', '2009-12-05') is 'in-force' and '2009-12-06' is 'expired'", () => {
    const { lifecycle } = model('start-i');
    expect(statusAt(lifecycle, 'all-parties', '2009-12-05')).toBe('in-force');
    expect(statusAt(lifecycle, 'all-parties', '2009-12-06')).toBe('expired');
  });
});
