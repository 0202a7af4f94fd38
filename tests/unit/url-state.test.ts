import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState, type UrlContext } from '../../src/lib/url-state.ts';

const context: UrlContext = { instrumentIds: ['cfe', 'inf', 'new-start'], eventCounts: { cfe: 12, inf: 10, 'new-start': 11 }, asOf: '2026-11-22' };

describe('parseViewState(search, context)', () => {
  it('parseViewState reads every parameter of a valid address', () => {
    expect(parseViewState('?instrument=inf&event=inf:3&from=1985&to=2026-06&asof=2019-08-03&instruments=cfe,inf&types=signed,withdrawn&party=RU&theme=dark&title=off', context)).toEqual({
      state: { instrument: 'inf', event: 'inf:3', from: '1985', to: '2026-06', asof: '2019-08-03', instruments: ['cfe', 'inf'], types: ['signed', 'withdrawn'], party: ['RU'], theme: 'dark', title: 'off' },
      ignored: [],
    });
  });

  it('parseViewState ignores each bad parameter on its own and says why', () => {
    const { state, ignored } = parseViewState('?instrument=nope&asof=2030-01-01&instruments=cfe&types=signed,bogus&theme=neon&event=inf:99', context);
    expect(state).toEqual({ instruments: ['cfe'] });
    expect(ignored).toEqual([
      { name: 'instrument', reason: 'unknown instrument' },
      { name: 'asof', reason: 'after the date of the data' },
      { name: 'types', reason: 'unknown event type' },
      { name: 'theme', reason: 'not light, dark or auto' },
      { name: 'event', reason: 'unknown event' },
    ]);
  });

  it('parseViewState refuses impossible days and a window that ends before it starts', () => {
    expect(parseViewState('?asof=2023-02-30', context).ignored).toEqual([{ name: 'asof', reason: 'not a day (YYYY-MM-DD)' }]);
    expect(parseViewState('?from=2020&to=1990', context)).toEqual({
      state: {},
      ignored: [{ name: 'from', reason: 'not before "to"' }, { name: 'to', reason: 'not after "from"' }],
    });
  });

  it('parseViewState keeps hostile values out of the state and prints unknown names harmlessly', () => {
    const { state, ignored } = parseViewState(`?title=${encodeURIComponent('<script>alert(1)</script>')}&instruments=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&${encodeURIComponent('<img src=x>')}=1&asof=${'9'.repeat(5000)}`, context);
    expect(state).toEqual({});
    expect(ignored.map((i) => i.name)).toEqual(['title', 'instruments', '?img?src?x?', 'asof']);
    expect(JSON.stringify(ignored)).not.toContain('<');
  });
});

describe('serializeViewState(state)', () => {
  it('serializeViewState writes parameters in a fixed order and round-trips', () => {
    const state = { asof: '2019-08-03', instrument: 'inf', instruments: ['cfe', 'inf'] };
    const search = serializeViewState(state);
    expect(search).toBe('?instrument=inf&asof=2019-08-03&instruments=cfe,inf');
    expect(parseViewState(search, context).state).toEqual(state);
  });

  it('serializeViewState of an empty state is the empty string', () => {
    expect(serializeViewState({})).toBe('');
  });
});
