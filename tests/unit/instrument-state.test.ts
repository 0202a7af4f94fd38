import { describe, expect, it } from 'vitest';
import { drawnWholeIntervals } from '../../src/lib/model/instrument-state.ts';
import { deriveLifecycle, statusAt } from '../../src/lib/model/lifecycle.ts';
import { contentModel } from './content-model.ts';
import { event, instrument } from './hand-made.ts';

describe('drawnWholeIntervals(lifecycle)', () => {
  const data = instrument([
    event('2000-01-01', 'signed', ['US', 'RU', 'FR']),
    event('2001-01-01', 'ratified', ['US', 'RU', 'FR']),
    event('2001-01-01', 'entered-into-force', ['all-parties']),
    event('2010-05', 'suspended', ['RU']),
    event('2012-03-01', 'suspension-notified', ['FR']),
    event('2015-01-01', 'resumed', ['RU']),
  ]);
  const lifecycle = deriveLifecycle({ ...data, everyPartyDrawn: true });

  it('drawnWholeIntervals draws the instrument suspended by most of its states while more have suspended it than keep it', () => {
    expect(drawnWholeIntervals(lifecycle).map(({ status, from, to }) => [status, from, to])).toEqual([
      ['not-in-force', '2000-01-01', '2001-01-01'],
      ['in-force', '2001-01-01', '2012-03-01'],
      ['suspended-by-most', '2012-03-01', '2015-01-01'],
      ['in-force', '2015-01-01', null],
    ]);
    // The instrument's own legal status is untouched: it stays in force for those who keep it.
    expect(statusAt(lifecycle, 'all-parties', '2013-01-01')).toBe('in-force');
  });

  it('drawnWholeIntervals claims "by most" only where every state party has its own lane', () => {
    expect(drawnWholeIntervals(deriveLifecycle(data)).map((i) => i.status)).toEqual(['not-in-force', 'in-force']);
    // The Ottawa Convention's lanes are the few states that left: they say nothing of most of its parties.
    expect(drawnWholeIntervals(contentModel('mine-ban-convention').lifecycle).at(-1)?.status).toBe('in-force');
  });

  it('drawnWholeIntervals(cfe) ends suspended by most of its states, and (abm) is its own intervals', () => {
    expect(drawnWholeIntervals(contentModel('cfe').lifecycle).at(-1)).toMatchObject({
      status: 'suspended-by-most',
      to: null,
    });
    const abm = contentModel('abm').lifecycle;
    expect(drawnWholeIntervals(abm).map((i) => [i.status, i.from])).toEqual(
      abm.lanes[0]!.intervals.map((i) => [i.status, i.from]),
    );
  });
});
