import { describe, expect, it } from 'vitest';
import { explorerData } from '../../src/lib/explorer/explorer-data.ts';
import { laneId, timelineLanes, visibleLanes } from '../../src/lib/explorer/timeline-lanes.ts';
import { PACT_AND_ACCORD } from './hand-made.ts';

describe('the explorer timeline’s lanes', () => {
  const data = explorerData(PACT_AND_ACCORD, '2020-01-01');

  it('timelineLanes(data, state) lists each instrument, then its parties, with their events in time order', () => {
    const lanes = timelineLanes(data, {});
    expect(lanes.map((l) => [l.key, l.label, l.events.map((e) => e.index)])).toEqual([
      ['pact', 'Pact', [1, 0, 2]],
      ['pact|US', 'United States', [0]],
      ['pact|RU', 'Russia', [0, 2]],
      ['accord', 'Accord', [0]],
      ['accord|BY', 'Belarus', [0]],
    ]);
    expect(lanes[0]!.events[0]!.time).toBe(Date.UTC(2000, 0, 1));
  });

  it('the filters leave out instruments and the events they do not let through, in every lane', () => {
    const lanes = timelineLanes(data, { instruments: ['pact'], types: ['suspended'] });
    expect(lanes.map((l) => [l.key, l.events.map((e) => e.index)])).toEqual([
      ['pact', [2]],
      ['pact|US', []],
      ['pact|RU', [2]],
    ]);
    expect(timelineLanes(data, { party: ['BY'] }).flatMap((l) => l.events.map((e) => `${l.key}:${e.index}`))).toEqual([
      'accord:0',
      'accord|BY:0',
    ]);
  });

  it('visibleLanes(lanes, open) keeps every instrument’s lane and the party lanes of the open ones', () => {
    const lanes = timelineLanes(data, {});
    expect(visibleLanes(lanes, new Set()).map((l) => l.key)).toEqual(['pact', 'accord']);
    expect(visibleLanes(lanes, new Set(['accord'])).map((l) => l.key)).toEqual(['pact', 'accord', 'accord|BY']);
  });

  it('laneId(instrument, party) is the instrument’s id for its own lane', () => {
    expect(laneId({ id: 'pact' }, 'all-parties')).toBe('pact');
    expect(laneId({ id: 'pact' }, 'RU')).toBe('pact|RU');
  });
});
