import { describe, expect, it } from 'vitest';
import {
  keepOnly,
  ignoredNotice,
  MAX_NOTICE_ITEMS,
  MAX_PARAMETER_LENGTH,
  parseViewState,
  serializeViewState,
  type UrlContext,
} from '../../src/lib/site/url-state.ts';

const context: UrlContext = {
  instrumentIds: ['cfe', 'inf', 'new-start'],
  eventIds: {
    cfe: ['cfe-1990-11-19-signed'],
    inf: ['inf-1987-12-08-signed', 'inf-2019-08-02-terminated'],
    'new-start': [],
  },
  legacyEvent: (value) => (value === 'inf:3' ? 'inf-2019-08-02-terminated' : undefined),
  asOf: '2026-11-22',
};

describe('parseViewState(search, context)', () => {
  it("parseViewState reads every parameter of a page's valid address", () => {
    expect(
      parseViewState(
        '?instrument=inf&event=inf-1987-12-08-signed&from=1985&to=2026-06&asof=2019-08-03&instruments=cfe,inf&types=signed,withdrawn&party=RU',
        context,
      ),
    ).toEqual({
      state: {
        instrument: 'inf',
        event: 'inf-1987-12-08-signed',
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
        { name: 'types', reason: 'params.notHere.embed' },
        { name: 'instrument', reason: 'params.notHere.embed' },
      ],
    });
    expect(parseViewState('?theme=dark', context).ignored).toEqual([{ name: 'theme', reason: 'params.notHere.page' }]);
  });

  it('parseViewState ignores each bad parameter on its own and says why', () => {
    const { state, ignored } = parseViewState(
      '?instrument=nope&asof=2030-01-01&instruments=cfe&types=signed,bogus&event=inf:99',
      context,
    );
    expect(state).toEqual({ instruments: ['cfe'], types: ['signed'] });
    expect(ignored).toEqual([
      { name: 'instrument', reason: 'params.unknownInstrument' },
      { name: 'asof', reason: 'params.afterData' },
      { name: 'bogus in types', reason: 'params.unknownEventType' },
      { name: 'event', reason: 'params.unknownEvent' },
    ]);
  });

  it('parseViewState refuses impossible days and a window that ends before it starts', () => {
    expect(parseViewState('?asof=2023-02-30', context).ignored).toEqual([{ name: 'asof', reason: 'params.notDay' }]);
    expect(parseViewState('?from=2020&to=1990', context)).toEqual({
      state: {},
      ignored: [
        { name: 'from', reason: 'params.fromAfterTo' },
        { name: 'to', reason: 'params.toBeforeFrom' },
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

describe('parseViewState(search, context) at the edges', () => {
  it('parseViewState reads a value of MAX_PARAMETER_LENGTH characters and ignores a longer one whole', () => {
    const list = (n: number) => Array.from({ length: n }, () => 'cfe').join(',');
    // 75 × "cfe," less the last comma is 299 characters; 76 is 303.
    expect(list(75).length).toBeLessThanOrEqual(MAX_PARAMETER_LENGTH);
    expect(parseViewState(`?instruments=${list(75)}`, context).state).toEqual({ instruments: ['cfe'] });
    expect(parseViewState(`?instruments=${'c'.repeat(MAX_PARAMETER_LENGTH)}`, context).ignored).toEqual([
      { name: 'instruments', reason: 'params.unknownInstrument' },
    ]);
    expect(parseViewState(`?instruments=${'c'.repeat(MAX_PARAMETER_LENGTH + 1)}`, context).ignored).toEqual([
      { name: 'instruments', reason: 'params.tooLong' },
    ]);
  });

  it('parseViewState keeps the known values of a list and names each unknown one, printable, in the notice', () => {
    const { state, ignored } = parseViewState('?instruments=foo,cfe,<b>&party=RU', context);
    expect(state).toEqual({ instruments: ['cfe'], party: ['RU'] });
    expect(ignored).toEqual([
      { name: 'foo in instruments', reason: 'params.unknownInstrument' },
      { name: '?b? in instruments', reason: 'params.unknownInstrument' },
    ]);
    expect(ignoredNotice(ignored)).toBe(
      'Ignored in the address: foo in instruments (unknown instrument) and ?b? in instruments (unknown instrument).',
    );
  });

  it('parseViewState prints a long unknown name shortened to 24 characters and an ellipsis', () => {
    const name = 'a'.repeat(30);
    expect(parseViewState(`?${name}=1`, context).ignored).toEqual([
      { name: `${'a'.repeat(24)}…`, reason: 'params.notHere.page' },
    ]);
    expect(parseViewState(`?${'b'.repeat(24)}=1`, context).ignored[0]!.name).toBe('b'.repeat(24));
    expect(parseViewState('?é_1-x=1', context).ignored[0]!.name).toBe('é_1-x');
  });

  it('parseViewState refuses a window that ends where it starts, and keeps one that ends a month later', () => {
    expect(parseViewState('?from=1990&to=1990-01-01', context).state).toEqual({});
    expect(parseViewState('?from=1990&to=1990-02', context).state).toEqual({ from: '1990', to: '1990-02' });
    expect(parseViewState('?from=1990', context)).toEqual({ state: { from: '1990' }, ignored: [] });
  });
});

describe('serializeViewState(state, view) at the edges', () => {
  it('serializeViewState leaves out empty lists, and writes ":" and "," as they are', () => {
    expect(serializeViewState({ instruments: [], event: 'inf:3', party: ['RU', 'US'] })).toBe(
      '?event=inf:3&party=RU,US',
    );
  });

  it("serializeViewState(state, 'embed') keeps what both views share", () => {
    expect(serializeViewState({ from: '1990', theme: 'dark', compare: '2000-01-01,2001-01-01' }, 'embed')).toBe(
      '?from=1990&theme=dark',
    );
  });
});

describe('ignoredNotice(ignored) counts', () => {
  const ignored = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ name: `p${i}`, reason: 'params.tooLong' as const }));

  it('ignoredNotice names exactly five parameters without a count, and counts a sixth', () => {
    expect(MAX_NOTICE_ITEMS).toBe(5);
    const five = ignoredNotice(ignored(5));
    expect(five.match(/p\d/g)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(five).not.toMatch(/\d more/);
    const six = ignoredNotice(ignored(6));
    expect(six.match(/p\d/g)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(six).toMatch(/\b1 more/);
  });

  it('ignoredNotice gives each parameter its reason in words', () => {
    expect(ignoredNotice(ignored(1))).toMatch(/p0 \(too long\)/);
  });
});

describe('keepOnly(state, names)', () => {
  it('keepOnly keeps the parameters a narrower view takes and names the others as ignored', () => {
    expect(keepOnly({ asof: '2019-08-03', from: '1990', theme: 'dark' }, ['asof', 'theme', 'title'])).toEqual({
      state: { asof: '2019-08-03', theme: 'dark' },
      ignored: [{ name: 'from', reason: 'params.notHere.embed' }],
    });
    expect(keepOnly({}, ['asof'])).toEqual({ state: {}, ignored: [] });
  });
});
