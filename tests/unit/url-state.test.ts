import { describe, expect, it } from 'vitest';
import { ignoredNotice, parseViewState, serializeViewState, type UrlContext } from '../../src/lib/url-state.ts';

const context: UrlContext = {
  instrumentIds: ['cfe', 'inf', 'new-start'],
  eventCounts: { cfe: 12, inf: 10, 'new-start': 11 },
  asOf: '2026-11-22',
};

describe('parseViewState(search, context)', () => {
  it("parseViewState reads every parameter of a page's valid address", () => {
    expect(
      parseViewState(
        '?instrument=inf&event=inf:3&from=1985&to=2026-06&asof=2019-08-03&instruments=cfe,inf&types=signed,withdrawn&party=RU',
        context,
      ),
    ).toEqual({
      state: {
        instrument: 'inf',
        event: 'inf:3',
        from: '1985',
        to: '2026-06',
        asof: '2019-08-03',
        instruments: ['cfe', 'inf'],
        types: ['signed', 'withdrawn'],
        party: ['RU'],
      },
      ignored: [],
    });
  });

  it("parseViewState(search, context, 'embed') reads the embed's parameters and refuses the page's", () => {
    expect(
      parseViewState(
        '?from=1985&asof=2019-08-03&instruments=cfe&party=RU&theme=dark&title=off&types=signed&instrument=inf',
        context,
        'embed',
      ),
    ).toEqual({
      state: { from: '1985', asof: '2019-08-03', instruments: ['cfe'], party: ['RU'], theme: 'dark', title: 'off' },
      ignored: [
        { name: 'types', reason: 'not a parameter of this embed' },
        { name: 'instrument', reason: 'not a parameter of this embed' },
      ],
    });
    expect(parseViewState('?theme=dark', context).ignored).toEqual([
      { name: 'theme', reason: 'not a parameter of this page' },
    ]);
  });

  it('parseViewState ignores each bad parameter on its own and says why', () => {
    const { state, ignored } = parseViewState(
      '?instrument=nope&asof=2030-01-01&instruments=cfe&types=signed,bogus&event=inf:99',
      context,
    );
    expect(state).toEqual({ instruments: ['cfe'] });
    expect(ignored).toEqual([
      { name: 'instrument', reason: 'unknown instrument' },
      { name: 'asof', reason: 'after the date of the data' },
      { name: 'types', reason: 'unknown event type' },
      { name: 'event', reason: 'unknown event' },
    ]);
  });

  it('parseViewState refuses impossible days and a window that ends before it starts', () => {
    expect(parseViewState('?asof=2023-02-30', context).ignored).toEqual([
      { name: 'asof', reason: 'not a day (YYYY-MM-DD)' },
    ]);
    expect(parseViewState('?from=2020&to=1990', context)).toEqual({
      state: {},
      ignored: [
        { name: 'from', reason: 'not before "to"' },
        { name: 'to', reason: 'not after "from"' },
      ],
    });
  });

  it('parseViewState keeps hostile values out of the state and prints unknown names harmlessly', () => {
    const { state, ignored } = parseViewState(
      `?theme=${encodeURIComponent('<script>alert(1)</script>')}&instruments=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&${encodeURIComponent('<img src=x>')}=1&asof=${'9'.repeat(5000)}`,
      context,
      'embed',
    );
    expect(state).toEqual({});
    expect(ignored.map((i) => i.name)).toEqual(['theme', 'instruments', '?img?src?x?', 'asof']);
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

describe('serializeViewState(state, view)', () => {
  it("serializeViewState(state, 'embed') keeps what an embed can show and drops the page's panel and filters", () => {
    expect(
      serializeViewState(
        { instrument: 'inf', event: 'inf:3', types: ['signed'], instruments: ['inf'], asof: '2019-01-01' },
        'embed',
      ),
    ).toBe('?asof=2019-01-01&instruments=inf');
  });

  it("serializeViewState(state, 'page') strips the embed's theme and title", () => {
    expect(serializeViewState({ theme: 'dark', title: 'off', from: '1990' }, 'page')).toBe('?from=1990');
  });
});

describe('ignoredNotice(ignored)', () => {
  it('ignoredNotice() is empty when nothing was ignored', () => expect(ignoredNotice([])).toBe(''));

  it('ignoredNotice() names five parameters at most and counts the rest, however many there are', () => {
    const search = Array.from({ length: 1000 }, (_, n) => `p${n}=1`).join('&');
    const notice = ignoredNotice(parseViewState(search, context).ignored);
    expect(notice).toBe(
      'Ignored in the address: p0 (not a parameter of this page), p1 (not a parameter of this page), p2 (not a parameter of this page), p3 (not a parameter of this page), p4 (not a parameter of this page), and 995 more.',
    );
  });
});
