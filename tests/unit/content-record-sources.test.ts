import { describe, expect, it } from 'vitest';
import {
  contentInstruments,
  contentModel as model,
  contentProblems as problems,
  recordShare,
} from './content-model.ts';
import { sourceCensus, sourceKind } from '../../src/lib/content/sources/source-kinds.ts';
import { statusAt } from '../../src/lib/model/lifecycle.ts';

/** The two files whose sources of record this test pins, with the share each reached (events with a source of record). */
const REACHED: Record<string, { record: number; events: number }> = {
  'vienna-document': { record: 12, events: 14 },
  'mine-ban-convention': { record: 20, events: 30 },
};

const eventsOf = (id: string) => model(id).data.events;
const sourcesOf = (id: string) => eventsOf(id).flatMap((e) => e.sources);

describe('sources of record in the Vienna Document and the Ottawa Convention', () => {
  it('validateContent(content/treaties) reports no problem in vienna-document or mine-ban-convention', () =>
    expect(problems.filter((p) => /\/(vienna-document|mine-ban-convention)\.md$/.test(p.file))).toEqual([]));

  for (const [id, { record, events }] of Object.entries(REACHED)) {
    it(`recordShare(${id}) is at least ${record} of ${events} events (${Math.round((record / events) * 100)} %)`, () =>
      expect(recordShare(id)).toBeGreaterThanOrEqual(record / events));

    it(`sourceCensus(${id}) counts at least ${record} events with a source of record`, () => {
      const [line] = sourceCensus([model(id)]);
      expect(line!.record).toBeGreaterThanOrEqual(record);
    });

    it(`no source title in ${id} carries a note about a stored copy`, () => {
      for (const source of sourcesOf(id)) expect(source.title, source.url).not.toMatch(/stored copy/i);
    });
  }
});

describe('no source title carries a working note', () => {
  it('no source title in any file speaks of a stored copy, a missing headline or where the title was taken from', () => {
    for (const { data } of contentInstruments)
      for (const source of data.events.flatMap((e) => e.sources))
        expect(source.title, source.url).not.toMatch(/stored copy|no headline|taken from the address/i);
  });
});

describe('each source carries the claim it is cited for', () => {
  it("Ukraine's 2005 ratification cites no 2025 article about Poland or Estonia, and rests on a source of record", () => {
    const ratified = eventsOf('mine-ban-convention').find((e) => e.id === 'mine-ban-convention-2005-12-27-ratified-ua');
    expect(ratified).toMatchObject({ date: '2005-12-27', type: 'ratified', parties: ['UA'] });
    const urls = ratified!.sources.map((s) => s.url);
    expect(urls.some((u) => /babel\.ua|rbc\.ua|trb-2003-112/.test(u))).toBe(false);
    expect(urls.some((u) => sourceKind(u) === 'record')).toBe(true);
  });

  it("Poland's 2012 ratification no longer cites a 2008 letter that predates it", () => {
    const ratified = eventsOf('mine-ban-convention').find((e) => e.id === 'mine-ban-convention-2012-12-27-ratified-pl');
    expect(ratified!.sources.some((s) => s.url.includes('v2_cou_pl_profce'))).toBe(false);
  });
});

describe('Vienna Document 1990: adopted, then in effect', () => {
  it('the adoption on 1990-11-17 and the taking effect on 1991-01-01 are separate events, for all parties', () => {
    const events = eventsOf('vienna-document');
    expect(events.find((e) => e.id === 'vienna-document-1990-11-17-adopted')).toMatchObject({
      date: '1990-11-17',
      type: 'adopted',
      parties: ['all-parties'],
    });
    expect(events.find((e) => e.id === 'vienna-document-1991-01-01-entered-into-force')).toMatchObject({
      date: '1991-01-01',
      type: 'entered-into-force',
      parties: ['all-parties'],
    });
  });

  it("keyDates(vienna-document) gives 'adopted' 1990-11-17 and 'in effect' 1991-01-01", () => {
    expect(model('vienna-document').keyDates).toMatchObject({ signed: '1990-11-17', inForce: '1991-01-01' });
  });

  // Adopted on 17 November 1990, in effect from 1 January 1991: the lanes do not draw it in effect before.
  it("statusAt(vienna-document, 'all-parties', day) is not 'in-force' until 1991-01-01, and is from that day", () => {
    const { lifecycle } = model('vienna-document');
    expect(statusAt(lifecycle, 'all-parties', '1990-11-17')).not.toBe('in-force');
    expect(statusAt(lifecycle, 'all-parties', '1990-12-31')).not.toBe('in-force');
    expect(statusAt(lifecycle, 'all-parties', '1991-01-01')).toBe('in-force');
  });
});
