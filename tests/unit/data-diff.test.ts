import { describe, expect, it } from 'vitest';
import { dataDiff, readSnapshot, releaseHistory, snapshotOf, type Snapshot } from '../../src/lib/releases/data-diff.ts';
import { event, instrument } from './hand-made.ts';

const SIGNED = event('1987-12-09', 'signed', ['US', 'SU'], { id: 'inf-signed' });
const RATIFIED = event('1988-05-27', 'ratified', ['US'], { id: 'inf-ratified-us' });
const STATEMENT = event('2019-02-01', 'statement', ['US'], { id: 'inf-statement' });

/** Two small releases by hand: the signature's date corrected (with its note), one event added, one removed. */
const OLDER: Snapshot = snapshotOf(
  [{ id: 'inf', data: instrument([SIGNED, RATIFIED, STATEMENT], { shortName: 'INF Treaty' }) }],
  '2026-12-01-aaaaaaa',
  '2026-12-01',
);
const CORRECTION = { date: '2026-12-07', note: 'The treaty text is dated 8 December.' };
const NEWER: Snapshot = snapshotOf(
  [
    {
      id: 'inf',
      data: instrument(
        [
          { ...SIGNED, date: '1987-12-08', corrections: [CORRECTION] },
          RATIFIED,
          event('1988-05-28', 'ratified', ['SU'], { id: 'inf-ratified-su' }),
        ],
        {
          shortName: 'INF Treaty',
          removedEvents: [{ id: 'inf-statement', note: 'Recorded twice.' }],
        },
      ),
    },
  ],
  '2026-12-07-bbbbbbb',
  '2026-12-07',
);

describe('dataDiff(older, newer)', () => {
  const diff = dataDiff(OLDER, NEWER);

  it('dataDiff lists a corrected date as one change, old → new, with the note added since', () => {
    expect(diff.changes.filter((c) => c.kind === 'changed')).toEqual([
      {
        kind: 'changed',
        instrument: 'inf',
        instrumentName: 'INF Treaty',
        event: { ...SIGNED, date: '1987-12-08', corrections: [CORRECTION] },
        fields: [{ field: 'date', from: '1987-12-09', to: '1987-12-08' }],
        notes: [CORRECTION],
      },
    ]);
  });

  it('dataDiff gives as reasons only the corrections added since the older version', () => {
    const EARLIER = { date: '2026-11-30', note: 'An earlier fix.' };
    const before = snapshotOf(
      [{ id: 'inf', data: instrument([{ ...SIGNED, corrections: [EARLIER] }], { shortName: 'INF Treaty' }) }],
      '2026-12-01-aaaaaaa',
      '2026-12-01',
    );
    const after = snapshotOf(
      [
        {
          id: 'inf',
          data: instrument([{ ...SIGNED, date: '1987-12-08', corrections: [EARLIER, CORRECTION] }], {
            shortName: 'INF Treaty',
          }),
        },
      ],
      '2026-12-07-bbbbbbb',
      '2026-12-07',
    );
    expect(dataDiff(before, after).changes.map((c) => c.notes)).toEqual([[CORRECTION]]);
  });

  it('dataDiff lists an added event and a removed one with its removal note, and leaves unchanged events out', () => {
    expect([diff.from, diff.to]).toEqual(['2026-12-01-aaaaaaa', '2026-12-07-bbbbbbb']);
    expect(diff.changes.map((c) => [c.kind, c.event.id, c.notes.map((n) => n.note)])).toEqual([
      ['changed', 'inf-signed', ['The treaty text is dated 8 December.']],
      ['added', 'inf-ratified-su', []],
      ['removed', 'inf-statement', ['Recorded twice.']],
    ]);
  });

  it('dataDiff matches a renamed event by the alias it keeps, and shows the new id and the move to another instrument', () => {
    const renamed = snapshotOf(
      [
        { id: 'inf', data: instrument([RATIFIED, STATEMENT], { shortName: 'INF Treaty' }) },
        {
          id: 'inf-2',
          data: instrument([{ ...SIGNED, id: 'inf-2-signed', aliases: ['inf-signed'] }], { shortName: 'INF II' }),
        },
      ],
      '2026-12-07-ccccccc',
      '2026-12-07',
    );
    expect(dataDiff(OLDER, renamed).changes).toEqual([
      expect.objectContaining({
        kind: 'changed',
        instrument: 'inf-2',
        fields: [
          { field: 'instrument', from: 'INF Treaty', to: 'INF II' },
          { field: 'id', from: 'inf-signed', to: 'inf-2-signed' },
        ],
        notes: [],
      }),
    ]);
  });

  it('dataDiff ignores a change in bookkeeping alone (aliases, corrections): only facts are changes', () => {
    const noted = snapshotOf(
      [
        {
          id: 'inf',
          data: instrument([{ ...SIGNED, aliases: ['old'], corrections: [CORRECTION] }, RATIFIED, STATEMENT], {
            shortName: 'INF Treaty',
          }),
        },
      ],
      '2026-12-07-ddddddd',
      '2026-12-07',
    );
    expect(dataDiff(OLDER, noted).changes).toEqual([]);
  });
});

describe('releaseHistory(snapshots) and readSnapshot(text, where)', () => {
  it('releaseHistory compares each version with the one before it, newest first, whatever order it is given', () => {
    const history = releaseHistory([NEWER, OLDER, { ...OLDER, generatedAt: '2026-12-05' }]);
    expect(history.map((h) => [h.from, h.to])).toEqual([['2026-12-01-aaaaaaa', '2026-12-07-bbbbbbb']]);
  });

  it('releaseHistory of one version is empty', () => expect(releaseHistory([OLDER])).toEqual([]));

  it('readSnapshot reads a release and names the file when it is not one', () => {
    expect(readSnapshot(JSON.stringify({ ...OLDER, formatVersion: '2.0.0' }), 'x.json').version).toBe(OLDER.version);
    expect(() => readSnapshot('{', 'releases/x/treaties.json')).toThrow(/^releases\/x\/treaties\.json is not JSON/);
    expect(() => readSnapshot(JSON.stringify({ ...OLDER, version: '1.0.0' }), 'y.json')).toThrow(
      /^y\.json is not a release of the data \(version: not a data version\)/,
    );
  });
});
