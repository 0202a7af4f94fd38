import { describe, expect, it } from 'vitest';
import { moveCursor, type CursorLane } from '../../src/lib/chart/event-cursor.ts';

const lane = (key: string, label: string, times: number[]): CursorLane => ({
  key,
  label,
  events: times.map((time, index) => ({ index, time })),
});
// New START's lanes, much shortened: an instrument lane, a lane with no event, and two states.
const lanes = [
  lane('all', 'New START', [10, 50, 90]),
  lane('empty', 'Nobody', []),
  lane('US', 'United States', [20, 40]),
  lane('RU', 'Russia', [30, 60, 70, 80]),
];

describe('the keyboard cursor', () => {
  it('starts, on any move, at the event nearest the middle of the window in the first lane with events', () => {
    expect(moveCursor(lanes, undefined, 'ArrowRight', 55)).toEqual({ lane: 0, event: 1 });
    expect(moveCursor(lanes, undefined, 'ArrowDown', 0)).toEqual({ lane: 0, event: 0 });
    expect(moveCursor([lanes[1]!, ...lanes], undefined, 'ArrowLeft', 100)).toEqual({ lane: 1, event: 2 });
    expect(moveCursor(lanes, undefined, 'Home', 55)).toEqual({ lane: 0, event: 0 });
    expect(moveCursor(lanes, undefined, 'End', 0)).toEqual({ lane: 0, event: 2 });
  });

  it('Left and Right step through a lane in time and stop at its ends', () => {
    expect(moveCursor(lanes, { lane: 3, event: 1 }, 'ArrowRight', 0)).toEqual({ lane: 3, event: 2 });
    expect(moveCursor(lanes, { lane: 3, event: 1 }, 'ArrowLeft', 0)).toEqual({ lane: 3, event: 0 });
    expect(moveCursor(lanes, { lane: 3, event: 3 }, 'ArrowRight', 0)).toEqual({ lane: 3, event: 3 });
    expect(moveCursor(lanes, { lane: 3, event: 0 }, 'ArrowLeft', 0)).toEqual({ lane: 3, event: 0 });
  });

  it('Home and End go to the lane’s first and last event', () => {
    expect(moveCursor(lanes, { lane: 3, event: 2 }, 'Home', 0)).toEqual({ lane: 3, event: 0 });
    expect(moveCursor(lanes, { lane: 3, event: 1 }, 'End', 0)).toEqual({ lane: 3, event: 3 });
  });

  it('Up and Down go to the neighbouring lane with events, to the event nearest in time, and stop at the edges', () => {
    expect(moveCursor(lanes, { lane: 0, event: 1 }, 'ArrowDown', 0)).toEqual({ lane: 2, event: 1 });
    expect(moveCursor(lanes, { lane: 2, event: 0 }, 'ArrowDown', 0)).toEqual({ lane: 3, event: 0 });
    expect(moveCursor(lanes, { lane: 2, event: 1 }, 'ArrowUp', 0)).toEqual({ lane: 0, event: 1 });
    expect(moveCursor(lanes, { lane: 3, event: 3 }, 'ArrowDown', 0)).toEqual({ lane: 3, event: 3 });
    expect(moveCursor(lanes, { lane: 0, event: 2 }, 'ArrowUp', 0)).toEqual({ lane: 0, event: 2 });
  });

  it('a letter goes to the next lane whose name begins with it, coming round at the end, whatever its case or accents', () => {
    expect(moveCursor(lanes, { lane: 0, event: 2 }, 'r', 0)).toEqual({ lane: 3, event: 3 });
    expect(moveCursor(lanes, { lane: 3, event: 0 }, 'N', 0)).toEqual({ lane: 0, event: 0 });
    expect(moveCursor(lanes, undefined, 'u', 35)).toEqual({ lane: 2, event: 1 });
    const accented = [lane('a', 'Austria', [1]), lane('t', 'Türkiye', [1]), lane('o', 'Östereich', [1])];
    expect(moveCursor(accented, { lane: 0, event: 0 }, 'o', 0)).toEqual({ lane: 2, event: 0 });
    expect(moveCursor(accented, { lane: 1, event: 0 }, 'T', 0)).toEqual({ lane: 1, event: 0 });
    // The lane without events is passed over even when its name matches.
    expect(moveCursor(lanes, { lane: 0, event: 0 }, 'n', 0)).toEqual({ lane: 0, event: 0 });
  });

  it('any other key, a letter no lane begins with, or a chart without events, is not a move', () => {
    for (const key of ['+', '-', '0', 'Enter', 'Escape', 'Tab', 'PageDown', 'z'])
      expect(moveCursor(lanes, { lane: 0, event: 0 }, key, 0), key).toBeUndefined();
    expect(moveCursor([lanes[1]!], undefined, 'ArrowRight', 0)).toBeUndefined();
  });

  it('a cursor left from a longer list of lanes starts again', () => {
    expect(moveCursor(lanes, { lane: 9, event: 0 }, 'ArrowRight', 45)).toEqual({ lane: 0, event: 1 });
    expect(moveCursor(lanes, { lane: 0, event: 7 }, 'ArrowLeft', 45)).toEqual({ lane: 0, event: 1 });
  });
});
