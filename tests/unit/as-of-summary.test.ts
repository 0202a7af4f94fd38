import { describe, expect, it } from 'vitest';
import {
  asOfGroups,
  asOfSentence,
  asOfSummary,
  viewSummary,
  type InstrumentHeadlines,
} from '../../src/lib/explorer/as-of-summary.ts';
import { explorerData } from '../../src/lib/explorer/explorer-data.ts';
import { formatDate } from '../../src/lib/model/dates.ts';
import { statusHeadline } from '../../src/lib/model/status-headline.ts';
import type { Status } from '../../src/lib/model/statuses.ts';
import { AS_OF, contentModel, dayBefore } from './content-model.ts';

const instrument = (id: string, headlines: [string, Status, string][]): InstrumentHeadlines => ({
  id,
  shortName: id.toUpperCase(),
  headlines: headlines.map(([from, drawn, sentence]) => ({ from, drawn, sentence })),
});

const cfe = instrument('cfe', [
  ['0001-01-01', 'not-signed', 'Not signed yet'],
  ['1990-11-19', 'not-in-force', 'Not in force yet'],
  ['1992-07-17', 'provisionally-applied', 'Provisionally applied'],
  ['1992-11-09', 'in-force', 'In force'],
  ['2007-12-12', 'in-force', 'In force; Russia: suspended (since 12 December 2007)'],
  ['2024-04-08', 'suspended-by-most', 'In force for 4 of the 30 states drawn here; 11 states: suspended'],
]);
const inf = instrument('inf', [
  ['0001-01-01', 'not-signed', 'Not signed yet'],
  ['1988-06-01', 'in-force', 'In force'],
  ['2019-08-02', 'terminated', 'Terminated; United States: withdrawn (since 2 August 2019)'],
]);

describe('asOfSummary(instruments, day)', () => {
  it('asOfSummary lists each instrument under the group of its lane as drawn, with the headline that held that day', () => {
    const { groups } = asOfSummary([cfe, inf], '2020-01-01');
    expect(groups['in-force']).toEqual([
      {
        id: 'cfe',
        shortName: 'CFE',
        drawn: 'in-force',
        sentence: 'In force; Russia: suspended (since 12 December 2007)',
      },
    ]);
    expect(groups.ended.map((e) => e.sentence)).toEqual(['Terminated; United States: withdrawn (since 2 August 2019)']);
    expect(asOfSummary([cfe], '2026-01-01').groups.suspended.map((e) => e.drawn)).toEqual(['suspended-by-most']);
  });

  it('asOfSummary takes a headline from the day it began, the one before until then', () => {
    expect(asOfSummary([inf], '2019-08-01').groups['in-force'].map((e) => e.id)).toEqual(['inf']);
    expect(asOfSummary([inf], '2019-08-02').groups.ended.map((e) => e.id)).toEqual(['inf']);
    expect(asOfSummary([cfe], '1992-08-01').groups['in-force'][0]!.sentence).toBe('Provisionally applied');
  });

  it('asOfSummary(instruments, day before any event) puts every instrument under "not yet"', () => {
    expect(asOfSummary([cfe, inf], '1980-01-01').groups['not-yet'].map((e) => e.id)).toEqual(['cfe', 'inf']);
  });
});

describe('asOfGroups(summary) and asOfSentence(summary)', () => {
  it('asOfGroups titles the non-empty groups in the status table order, each instrument with its headline', () => {
    expect(asOfGroups(asOfSummary([inf, cfe], '2020-01-01'))).toEqual([
      {
        title: 'In force or in effect',
        entries: [
          {
            id: 'cfe',
            shortName: 'CFE',
            href: '/treaties/cfe/',
            detail: 'In force; Russia: suspended (since 12 December 2007)',
          },
        ],
      },
      {
        title: 'Ended',
        entries: [
          {
            id: 'inf',
            shortName: 'INF',
            href: '/treaties/inf/',
            detail: 'Terminated; United States: withdrawn (since 2 August 2019)',
          },
        ],
      },
    ]);
    expect(asOfGroups(asOfSummary([], '2020-01-01'))).toEqual([]);
  });

  it('asOfSentence names an instrument whose headline says only its status, without brackets', () => {
    expect(asOfSentence(asOfSummary([cfe, inf], '2000-01-01'))).toBe(
      'On 1 January 2000. In force or in effect: CFE and INF.',
    );
  });

  it('asOfSentence says the day and one sentence per group, each headline that says more in brackets', () => {
    expect(asOfSentence(asOfSummary([cfe, inf], '2020-01-01'))).toBe(
      'On 1 January 2020. In force or in effect: CFE (In force; Russia: suspended (since 12 December 2007)). ' +
        'Ended: INF (Terminated; United States: withdrawn (since 2 August 2019)).',
    );
    expect(asOfSentence(asOfSummary([], '2020-01-01'))).toBe('On 1 January 2020. ');
  });
});

describe("the explorer's summary of the real content", () => {
  const models = ['cfe', 'ctbt', 'mine-ban-convention', 'new-start'].map((id) => contentModel(id));
  const data = explorerData(models, AS_OF);

  it('on every day a headline began, and the day before, each instrument reads as its treaty page would that day', () => {
    for (const model of models) {
      const days = data.instruments
        .find((i) => i.id === model.id)!
        .headlines.flatMap((h) => [h.from, dayBefore(h.from)]);
      for (const day of days.filter((d) => d >= '1945-01-01' && d <= AS_OF)) {
        const entry = Object.values(asOfSummary(data.instruments, day).groups)
          .flat()
          .find((e) => e.id === model.id)!;
        const headline = statusHeadline(model.data, model.lifecycle, day, model.neverInForce);
        expect([day, entry.sentence, entry.drawn]).toEqual([day, headline.sentence, headline.drawn]);
      }
    }
  });

  it("viewSummary(data, { party: ['RU'] }) sums up only the instruments the timeline draws, and names those it leaves out", () => {
    const ids = (view: Parameters<typeof viewSummary>[1]) =>
      Object.values(viewSummary(data, view).summary.groups)
        .flat()
        .map((e) => e.id)
        .sort();
    expect(ids({})).toEqual(['cfe', 'ctbt', 'mine-ban-convention', 'new-start']);
    expect(ids({ party: ['RU'] })).toEqual(['cfe', 'ctbt', 'new-start']);
    expect(viewSummary(data, { party: ['RU'] }).leftOut).toBe(
      `1 instrument left out, which records no step by Russia up to ${formatDate(AS_OF)}: Ottawa Convention.`,
    );
    // Before New START was signed, Russia had no step in it either.
    expect(ids({ party: ['RU'], asof: '2009-01-01' })).toEqual(['cfe', 'ctbt']);
    expect(viewSummary(data, { party: ['RU'], asof: '2009-01-01' }).summary.day).toBe('2009-01-01');
    expect(ids({ instruments: ['cfe', 'mine-ban-convention'] })).toEqual(['cfe', 'mine-ban-convention']);
    expect(viewSummary(data, { instruments: ['cfe'] }).leftOut).toBe('');
  });
});
