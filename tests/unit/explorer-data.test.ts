import { describe, expect, it } from 'vitest';
import { headlineChanges } from '../../src/lib/model/status-headline.ts';
import { eventView } from '../../src/lib/model/event-list.ts';
import { earliestDay, explorerData, splitForBrowser } from '../../src/lib/explorer/explorer-data.ts';
import { BILATERAL, event, model } from './hand-made.ts';

const AS_OF = '2026-01-01';
const bilateral = model('ex', BILATERAL, AS_OF);
const later = model('ns', [event('2010-04', 'signed', ['US', 'RU'])], AS_OF, {
  shortName: 'New START',
  name: 'New START Treaty',
});

describe('explorerData(models, asOf, start)', () => {
  it('explorerData(models) carries each instrument with its status, key dates in words, lanes and events', () => {
    const data = explorerData([bilateral], AS_OF);
    expect([data.asOf, data.start]).toEqual([AS_OF, '1990-11-19']);
    const [ex] = data.instruments;
    expect(ex!.headlines).toEqual(headlineChanges(bilateral.data, bilateral.lifecycle, bilateral.neverInForce));
    expect({ ...ex, lanes: undefined, events: undefined, headlines: undefined }).toEqual({
      id: 'ex',
      shortName: 'Examples',
      name: 'Treaty on Examples',
      kind: 'treaty',
      href: '/treaties/ex/',
      status: 'in-force',
      statusLabel: 'In force',
      keyDates: [
        ['Signed', '19 November 1990'],
        ['In force', '9 November 1992'],
      ],
      lanes: undefined,
      events: undefined,
      headlines: undefined,
    });
    expect(ex!.events).toEqual(BILATERAL.map((_, index) => eventView(bilateral.data, index)));
  });

  it("explorerData draws group events on the instrument's lane and each party's own events on its lane", () => {
    const [ex] = explorerData([bilateral], AS_OF).instruments;
    expect(ex!.lanes.map((l) => [l.party, l.label, l.events])).toEqual([
      ['all-parties', 'Examples', [4]],
      ['US', 'United States', [0, 2]],
      ['SU', 'Soviet Union', [0]],
      ['RU', 'Russia', [1, 3, 5, 6]],
    ]);
    expect(ex!.lanes[2]!.intervals).toEqual([
      { status: 'signed', from: '1990-11-19', to: '1991-12-25' },
      { status: 'dissolved', from: '1991-12-25', to: null },
    ]);
  });

  it('explorerData hands over only the statuses a lane draws: none "not signed", the others as the model has them', () => {
    const [ex] = explorerData([bilateral], AS_OF).instruments;
    const intervals = ex!.lanes.flatMap((lane) => lane.intervals);
    expect(intervals.length).toBeGreaterThan(0);
    expect(intervals.some((i) => i.status === 'not-signed')).toBe(false);
    // Russia's lane begins with its succession, not with the years before it when it had not signed.
    const russia = ex!.lanes.find((lane) => lane.party === 'RU')!;
    const model = bilateral.lifecycle.lanes.find((lane) => lane.party === 'RU')!;
    expect(russia.intervals.map((i) => [i.status, i.from])).toEqual(
      model.intervals.filter((i) => i.status !== 'not-signed').map((i) => [i.status, i.from]),
    );
  });

  it('explorerData(models, asOf, start) keeps a start given by the caller', () => {
    const data = explorerData([later], AS_OF, '1972-05-26');
    expect(data.start).toBe('1972-05-26');
    expect(data.instruments.map((i) => [i.id, i.status, i.statusLabel])).toEqual([
      ['ns', 'not-in-force', 'Never entered into force'],
    ]);
  });
});

describe('splitForBrowser(data)', () => {
  it("splitForBrowser keeps the events' words and sources apart, by instrument and index, and nothing else", () => {
    const whole = explorerData([bilateral, later], AS_OF);
    const { data, texts } = splitForBrowser(whole);
    expect(Object.keys(texts)).toEqual(['ex', 'ns']);
    expect(texts.ex).toEqual(
      BILATERAL.map((_, index) => {
        const { description, sources } = eventView(bilateral.data, index);
        return { description, sources };
      }),
    );
    for (const [n, instrument] of data.instruments.entries()) {
      expect({ ...instrument, events: undefined }).toEqual({ ...whole.instruments[n], events: undefined });
      instrument.events.forEach((e, i) => {
        expect(e).not.toHaveProperty('description');
        expect(e).not.toHaveProperty('sources');
        expect({ ...e, ...texts[instrument.id]![i] }).toEqual(whole.instruments[n]!.events[i]);
      });
    }
  });
});

describe('earliestDay(models, asOf)', () => {
  it('earliestDay is the first day of the earliest event of any instrument, at any precision', () => {
    expect(earliestDay([later, bilateral], AS_OF)).toBe('1990-11-19');
    expect(earliestDay([later], AS_OF)).toBe('2010-04-01');
  });

  it('earliestDay(no instruments, asOf) is the as-of day', () => {
    expect(earliestDay([], AS_OF)).toBe(AS_OF);
  });
});
