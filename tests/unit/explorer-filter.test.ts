import { describe, expect, it } from 'vitest';
import {
  eventShown,
  filtersChosen,
  instrumentDrawn,
  instrumentShown,
  instrumentsLeftOut,
  leftOutLine,
} from '../../src/lib/explorer/explorer-filter.ts';

const signedByRussia = { type: 'signed', partyIds: ['RU', 'US'] };
/** An instrument in which Russia first acted in 1992, and one in which it never did. */
const pact = {
  id: 'pact',
  events: [
    { partyIds: ['US', 'SU'], date: '1990-11-19' },
    { partyIds: ['RU'], date: '1992-11' },
  ],
};
const mines = {
  id: 'mines',
  events: [
    { partyIds: ['all-parties'], date: '1997-12-03' },
    { partyIds: ['UA'], date: '2005' },
  ],
};

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

  it('instrumentDrawn(state, id, events) draws every instrument shown when no party is chosen', () => {
    expect(instrumentDrawn({}, 'mines', mines.events)).toBe(true);
    expect(instrumentDrawn({ asof: '1950-01-01' }, 'mines', mines.events)).toBe(true);
    expect(instrumentDrawn({ instruments: ['pact'] }, 'mines', mines.events)).toBe(false);
  });

  it("instrumentDrawn(state, id, events) leaves out an instrument in which no chosen party had acted by the view's day", () => {
    expect(instrumentDrawn({ party: ['RU'] }, 'pact', pact.events)).toBe(true);
    expect(instrumentDrawn({ party: ['RU'] }, 'mines', mines.events)).toBe(false);
    // A step for all parties is none of Russia's own.
    expect(instrumentDrawn({ party: ['RU'], asof: '2000-01-01' }, 'mines', mines.events)).toBe(false);
    expect(instrumentDrawn({ party: ['RU', 'UA'] }, 'mines', mines.events)).toBe(true);
    // A step known to its month counts from the month's first day.
    expect(instrumentDrawn({ party: ['RU'], asof: '1992-10-31' }, 'pact', pact.events)).toBe(false);
    expect(instrumentDrawn({ party: ['RU'], asof: '1992-11-01' }, 'pact', pact.events)).toBe(true);
    expect(instrumentDrawn({ party: ['RU'], instruments: ['mines'] }, 'pact', pact.events)).toBe(false);
  });

  it('instrumentsLeftOut(state, instruments) gives those the party leaves out, not those the reader did', () => {
    expect(instrumentsLeftOut({ party: ['RU'] }, [pact, mines]).map((i) => i.id)).toEqual(['mines']);
    expect(instrumentsLeftOut({ party: ['RU'], instruments: ['pact'] }, [pact, mines])).toEqual([]);
    expect(instrumentsLeftOut({}, [pact, mines])).toEqual([]);
  });

  it('leftOutLine(state, names, day) counts and names them and says why, in one line', () => {
    expect(leftOutLine({ party: ['RU'] }, ['Ottawa', 'Oslo'], '2019-08-03')).toBe(
      '2 instruments left out, which record no step by Russia up to 3 August 2019: Ottawa and Oslo.',
    );
    expect(leftOutLine({ party: ['RU', 'BY'] }, ['Oslo'], '2019-08-03')).toBe(
      '1 instrument left out, which records no step by Russia and Belarus up to 3 August 2019: Oslo.',
    );
    expect(leftOutLine({ party: ['RU'] }, [], '2019-08-03')).toBe('');
    expect(leftOutLine({}, ['Oslo'], '2019-08-03')).toBe('');
  });
});
