import { describe, expect, it } from 'vitest';
import { eventShown, filtersChosen, instrumentShown } from '../../src/lib/explorer/explorer-filter.ts';

const signedByRussia = { type: 'signed', partyIds: ['RU', 'US'] };

describe('the explorer filter', () => {
  it('instrumentShown(state, id) shows every instrument when none is named, else only those named', () => {
    expect(instrumentShown({}, 'cfe')).toBe(true);
    expect(instrumentShown({ instruments: ['inf'] }, 'cfe')).toBe(false);
    expect(instrumentShown({ instruments: ['inf', 'cfe'] }, 'cfe')).toBe(true);
    expect(instrumentShown({ instruments: [] }, 'cfe')).toBe(false);
  });

  it('eventShown(state, event) needs the type among those chosen and a party among those named', () => {
    expect(eventShown({}, signedByRussia)).toBe(true);
    expect(eventShown({ types: ['signed'] }, signedByRussia)).toBe(true);
    expect(eventShown({ types: ['withdrawn'] }, signedByRussia)).toBe(false);
    expect(eventShown({ types: [] }, signedByRussia)).toBe(false);
    expect(eventShown({ party: ['RU'] }, signedByRussia)).toBe(true);
    expect(eventShown({ party: ['BY'] }, signedByRussia)).toBe(false);
    expect(eventShown({ types: ['signed'], party: ['BY'] }, signedByRussia)).toBe(false);
  });

  it('filtersChosen(checked, available, party) leaves out a filter whose every box is checked, and keeps an empty one', () => {
    expect(filtersChosen({ instruments: ['a', 'b'], types: ['signed'] }, { instruments: 2, types: 3 }, '')).toEqual({
      instruments: undefined,
      types: ['signed'],
      party: undefined,
    });
    expect(filtersChosen({ instruments: [], types: ['x', 'y'] }, { instruments: 2, types: 2 }, 'RU')).toEqual({
      instruments: [],
      types: undefined,
      party: ['RU'],
    });
  });
});
