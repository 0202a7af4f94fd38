import { describe, expect, it } from 'vitest';
import { eventTable } from '../../src/lib/explorer/event-table.ts';
import { explorerData } from '../../src/lib/explorer/explorer-data.ts';
import { event, model } from './hand-made.ts';

const AS_OF = '2026-01-01';

describe('eventTable(data)', () => {
  const b = model(
    'b',
    [
      event('2000-05-01', 'entered-into-force', ['all-parties']),
      event('2000-05', 'signed', ['RU']),
      event('2000-05-01', 'ratified', ['US']),
      event('2000-05-01', 'ratified', ['RU']),
    ],
    AS_OF,
    { shortName: 'B' },
  );
  const a = model('a', [event('2000-05-01', 'ratified', ['FR']), event('1999', 'signed', ['FR'])], AS_OF, {
    shortName: 'A',
  });

  it('eventTable lists every event of every instrument by date, lifecycle order, instrument and place in the file', () => {
    const rows = eventTable(explorerData([b, a], AS_OF));
    expect(rows.map((r) => [r.instrument, r.index, r.date, r.type])).toEqual([
      ['a', 1, '1999', 'signed'],
      // A month sorts before the days in it.
      ['b', 1, '2000-05', 'signed'],
      ['a', 0, '2000-05-01', 'ratified'],
      ['b', 2, '2000-05-01', 'ratified'],
      ['b', 3, '2000-05-01', 'ratified'],
      ['b', 0, '2000-05-01', 'entered-into-force'],
    ]);
  });

  it("eventTable gives each row its instrument's name, its index and an anchor unique across instruments", () => {
    const [first] = eventTable(explorerData([b, a], AS_OF));
    expect(first).toMatchObject({
      instrument: 'a',
      instrumentName: 'A',
      index: 1,
      rowId: a.data.events[1]!.id,
      anchor: a.data.events[1]!.id,
      typeLabel: 'Signed',
    });
  });

  it('eventTable(no instruments) is empty', () => {
    expect(eventTable(explorerData([], AS_OF))).toEqual([]);
  });
});
