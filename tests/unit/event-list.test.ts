import { describe, expect, it } from 'vitest';
import { eventLine, eventsByYear, eventView, groupByYear, type EventView } from '../../src/lib/model/event-list.ts';
import { deriveLifecycle } from '../../src/lib/model/lifecycle.ts';
import { event, instrument, SOURCE } from './hand-made.ts';

const data = instrument([
  event('1987-12-08', 'signed', ['US', 'SU'], { description: 'Signed in Washington.' }),
  event('1988', 'ratified', ['US'], { approximate: true }),
  event('1988-06-01', 'entered-into-force', ['all-parties'], {
    sources: [
      { ...SOURCE, date: '1988-06' },
      { ...SOURCE, title: 'Undated page' },
    ],
  }),
  event('2019-02-02', 'suspended', ['RU'], { contestedBy: ['US', 'GB'], document: 'Protocol' }),
]);

describe('eventView(data, index)', () => {
  it('eventView(data, 0) carries the date as written and in words, the type, its label and glyph, and the parties', () => {
    expect(eventView(data, 0)).toEqual({
      anchor: '1987-12-08-signed-us-su',
      date: '1987-12-08',
      dateText: '8 December 1987',
      type: 'signed',
      typeLabel: 'Signed',
      glyph: '✍',
      parties: ['United States', 'Soviet Union'],
      partyIds: ['US', 'SU'],
      document: undefined,
      contestedBy: undefined,
      description: 'Signed in Washington.',
      sources: [{ ...SOURCE, dateText: undefined }],
    });
  });

  it('eventView(data, 1) writes an approximate date with "c."', () => {
    expect(eventView(data, 1).dateText).toBe('c. 1988');
  });

  it('eventView(data, 2) gives each dated source its date in words, and undated ones none', () => {
    expect(eventView(data, 2).sources).toEqual([
      { ...SOURCE, date: '1988-06', dateText: 'June 1988' },
      { ...SOURCE, title: 'Undated page', dateText: undefined },
    ]);
  });

  it('eventView(data, 3) names the document and the parties that contest the step', () => {
    const view = eventView(data, 3);
    expect([view.anchor, view.document, view.contestedBy]).toEqual([
      '2019-02-02-suspended-ru',
      'Protocol',
      ['United States', 'United Kingdom'],
    ]);
  });
});

describe('eventLine(event)', () => {
  it("eventLine(signature) is 'date: type — parties'", () => {
    expect(eventLine(eventView(data, 0))).toBe('8 December 1987: Signed — United States and Soviet Union');
  });

  it('eventLine(contested step on a document) names the document in brackets and who contests it', () => {
    expect(eventLine(eventView(data, 3))).toBe(
      '2 February 2019: Suspended (Protocol) — Russia, contested by United States and United Kingdom',
    );
  });
});

describe('groupByYear(events) and eventsByYear(data, lifecycle)', () => {
  it('groupByYear puts consecutive events of one year together, whatever their precision', () => {
    const events = [{ date: '1987-12-08' }, { date: '1988' }, { date: '1988-06-01' }, { date: '1990-01' }];
    expect(groupByYear(events)).toEqual([
      { year: 1987, events: [{ date: '1987-12-08' }] },
      { year: 1988, events: [{ date: '1988' }, { date: '1988-06-01' }] },
      { year: 1990, events: [{ date: '1990-01' }] },
    ]);
    expect(groupByYear([])).toEqual([]);
  });

  it('eventsByYear(data, lifecycle) lists the events in chronological order, grouped by year', () => {
    const shuffled = instrument([data.events[2]!, data.events[0]!, data.events[1]!]);
    const years = eventsByYear(shuffled, deriveLifecycle(shuffled));
    expect(years.map((y) => [y.year, y.events.map((e: EventView) => e.anchor)])).toEqual([
      [1987, [data.events[0]!.id]],
      [1988, [data.events[1]!.id, data.events[2]!.id]],
    ]);
  });
});
