import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, dateToTime, timeToDay } from '../../src/lib/model/dates.ts';
import { EVENT_TYPE_IDS } from '../../src/lib/model/event-types.ts';
import { cursorAction } from '../../src/lib/explorer/cursor-move.ts';
import { explorerData, splitForBrowser } from '../../src/lib/explorer/explorer-data.ts';
import {
  addressOf,
  explorerContext,
  explorerSpan,
  explorerStep,
  historyMode,
  openLanes,
  stateFromAddress,
  stateWindow,
  withSelection,
  withoutSelection,
  type ExplorerAction,
  type ExplorerState,
} from '../../src/lib/explorer/explorer-state.ts';
import { PARTY_IDS } from '../../src/lib/model/parties.ts';
import type { ViewState } from '../../src/lib/site/view-parameters.ts';
import { PACT_AND_ACCORD } from './hand-made.ts';
import { AS_OF as CONTENT_AS_OF, contentInstruments, contentModel } from './content-model.ts';
import { chartView } from '../../src/lib/chart/chart-view.ts';
import type { ChartInput } from '../../src/lib/chart/chart-lanes.ts';
import { explorerChartInput } from '../../src/lib/explorer/explorer-page.ts';

const { data } = splitForBrowser(explorerData(PACT_AND_ACCORD, '2020-01-01'));
const step = explorerStep(data);
const context = explorerContext(data);
const span = explorerSpan(data);
const pact = data.instruments[0]!;
const start: ExplorerState = { view: {} };
/** The state after each action in turn, from `state`. */
const run = (actions: readonly ExplorerAction[], state = start) => actions.reduce(step, state);
const widthOf = (state: ExplorerState) => {
  const [from, to] = stateWindow(state, span)!;
  return to - from;
};

describe('explorerStep(data)(state, action)', () => {
  it("explorerStep(data)(state, { type: 'address' }) reads the address, and says what it ignored", () => {
    const state = step(start, { type: 'address', search: '?instrument=pact&asof=2002-01-01&colour=red' });
    expect(state.view).toEqual({ instrument: 'pact', asof: '2002-01-01' });
    expect(state.notice).toMatch(/colour/);
  });

  it("explorerStep(data)(state, { type: 'choose' }) opens an instrument or its event; 'close' closes both", () => {
    const opened = run([{ type: 'choose', instrument: 'pact', event: 2 }]);
    expect(opened.view).toEqual({ instrument: 'pact', event: pact.events[2]!.anchor });
    expect(run([{ type: 'close' }], opened).view).toEqual({ instrument: undefined, event: undefined });
    expect(run([{ type: 'choose', instrument: 'nowhere' }], opened)).toBe(opened);
  });

  it("explorerStep(data)(state, { type: 'choose', events }) lists the events of a merged marker and zooms in on them", () => {
    const state = run([{ type: 'choose', instrument: 'pact', events: [1, 0] }]);
    expect(state.picked).toEqual([1, 0]);
    expect(state.view.event).toBeUndefined();
    const [from, to] = stateWindow(state, span)!;
    expect(from).toBeLessThan(dateToTime('2000-01-01'));
    expect(to).toBeGreaterThan(dateToTime('2001-05-01'));
    // Choosing one of them keeps the window and forgets the list.
    const one = step(state, { type: 'choose', instrument: 'pact', event: 1 });
    expect(one.picked).toBeUndefined();
    expect([one.view.from, one.view.to]).toEqual([state.view.from, state.view.to]);
  });

  it("explorerStep(data)(state, { type: 'zoom' }) halves or doubles the window about its middle; 'fit' names none", () => {
    const zoomedIn = run([{ type: 'zoom', step: 'in' }]);
    const whole = span[1] - span[0];
    expect(Math.abs(widthOf(zoomedIn) - whole / 2)).toBeLessThan(2 * DAY_MS);
    expect(Math.abs(widthOf(run([{ type: 'zoom', step: 'in' }], zoomedIn)) - whole / 4)).toBeLessThan(2 * DAY_MS);
    expect(run([{ type: 'zoom', step: 'out' }], zoomedIn).view).toEqual({ from: undefined, to: undefined });
    expect(run([{ type: 'zoom', step: 'fit' }], zoomedIn).view).toEqual({ from: undefined, to: undefined });
  });

  it("explorerStep(data)(state, { type: 'pan' }) moves the window by a share of its width, never past the span's ends", () => {
    const zoomed = run([{ type: 'zoom', step: 'in' }]);
    const later = step(zoomed, { type: 'pan', by: 0.2 });
    expect(later.view.from! > zoomed.view.from!).toBe(true);
    const end = run(
      Array.from({ length: 20 }, () => ({ type: 'pan', by: 1 }) as const),
      zoomed,
    );
    expect(end.view.to).toBe(data.asOf);
  });

  it("explorerStep(data)(state, { type: 'window' }) keeps a renderer's window to the day; the whole span is no window", () => {
    const shown = [dateToTime('2005-03-01') + 5000, dateToTime('2009-07-01')] as const;
    expect(run([{ type: 'window', shown }]).view).toEqual({ from: '2005-03-01', to: '2009-07-01' });
    expect(run([{ type: 'window', shown: [span[0] - DAY_MS, span[1] + DAY_MS] }]).view.from).toBeUndefined();
  });

  it("explorerStep(data)(state, { type: 'filter' }) is no filter when every box is checked, an empty one when none is", () => {
    const available = { instruments: 2, types: EVENT_TYPE_IDS.length };
    const all = {
      type: 'filter',
      instruments: ['pact', 'accord'],
      types: EVENT_TYPE_IDS,
      party: '',
      available,
    } as const;
    expect(run([all]).view).toEqual({});
    const none = run([{ ...all, instruments: [], party: 'RU' }]);
    expect(none.view).toEqual({ instruments: [], party: ['RU'] });
  });

  it("explorerStep(data)(state, { type: 'asof' }) takes a whole day within the data; anything else leaves a notice and the view", () => {
    const then = run([{ type: 'asof', day: '2002-01-01' }]);
    expect(then.view.asof).toBe('2002-01-01');
    expect(run([{ type: 'asof', day: data.asOf }], then).view.asof).toBeUndefined();
    const typing = run([{ type: 'asof', day: '0019-01-25' }], then);
    expect(typing.view).toEqual(then.view);
    expect(typing.notice).toMatch(/0019-01-25/);
    expect(run([{ type: 'asof', day: '2003-01-01' }], typing).notice).toBeUndefined();
  });

  it("explorerStep(data)(state, { type: 'compare' }) keeps the two days in the view, in order", () => {
    expect(run([{ type: 'compare', days: '2010-01-01,2001-01-01' }]).view.compare).toBe('2001-01-01,2010-01-01');
  });

  it('cursorAction(data, state, key, pixels) moves the cursor over the events and opens its party lanes; other keys ask nothing', () => {
    const press = (state: ExplorerState, key: string) => {
      const action = cursorAction(data, state, key, 1000);
      return action ? step(state, action) : state;
    };
    const first = press(start, 'Home');
    expect(first.cursor).toEqual({ instrument: 'pact', lane: 'pact', index: 1 });
    expect([...openLanes(first)]).toEqual(['pact']);
    const next = press(first, 'ArrowRight');
    expect(next.cursor?.index).toBe(0);
    expect(cursorAction(data, next, 'Tab', 1000)).toBeUndefined();
    // A letter goes to the lane it begins; another as-of day starts the cursor again.
    expect(press(next, 'a').cursor?.instrument).toBe('accord');
    expect(step(next, { type: 'asof', day: '2002-01-01' }).cursor).toBeUndefined();
  });

  it("cursorAction(data, state, key, pixels) zooms in until the cursor's marker stands for its event alone", () => {
    // Two events 16 months apart on a timeline 100 px wide: the whole span would merge them.
    const action = cursorAction(data, start, 'Home', 100)!;
    expect(action.shown).toBeDefined();
    const [from, to] = action.shown!;
    expect(to - from).toBeLessThan((span[1] - span[0]) / 2);
    expect(from).toBeLessThan(dateToTime('2000-01-01'));
    expect(to).toBeGreaterThan(dateToTime('2000-01-01'));
  });

  it('historyMode(action) makes choosing and closing steps the reader can go back from', () => {
    expect(historyMode({ type: 'choose', instrument: 'pact' })).toBe('push');
    expect(historyMode({ type: 'close' })).toBe('push');
    expect(historyMode({ type: 'zoom', step: 'in' })).toBe('replace');
    expect(historyMode({ type: 'address', search: '' })).toBeUndefined();
  });

  it('a sequence of actions leaves an address that opens the same view', () => {
    const state = run([
      { type: 'asof', day: '2008-06-01' },
      { type: 'zoom', step: 'in' },
      { type: 'pan', by: -0.2 },
      { type: 'choose', instrument: 'pact', event: 0 },
    ]);
    expect(stateFromAddress(addressOf(state), context).view).toEqual(state.view);
  });
});

// What the address can carry: each parameter's own values, written as the table reads them.
const dayBetween = (from: string, to: string) =>
  fc.integer({ min: dateToTime(from) / DAY_MS, max: dateToTime(to) / DAY_MS }).map((d) => timeToDay(d * DAY_MS));
const twoDays = (from: string, to: string) =>
  fc
    .tuple(dayBetween(from, to), dayBetween(from, to))
    .filter(([a, b]) => a !== b)
    .map(([a, b]): [string, string] => (a < b ? [a, b] : [b, a]));
const anEvent = fc.constantFrom(...data.instruments.flatMap((i) => i.events.map((_, n) => [i.id, n] as const)));
const views: fc.Arbitrary<ViewState> = fc
  .record(
    {
      selection: anEvent.map(([instrument, n]) => ({
        instrument,
        event: data.instruments.find((i) => i.id === instrument)!.events[n]!.anchor,
      })),
      window: twoDays('1990-01-01', '2030-12-31').map(([from, to]) => ({ from, to })),
      asof: dayBetween(data.start, data.asOf),
      instruments: fc.subarray(['pact', 'accord'], { minLength: 1 }),
      types: fc.subarray([...EVENT_TYPE_IDS], { minLength: 1 }),
      party: fc.subarray([...PARTY_IDS], { minLength: 1, maxLength: 3 }),
      compare: twoDays('1990-01-01', data.asOf).map((days) => days.join(',')),
    },
    { requiredKeys: [] },
  )
  .map(({ selection, window, ...rest }) => ({ ...selection, ...window, ...rest }));

/** An action, or a key that the cursor turns into one (or none) for the state it is pressed in. */
const anAction: fc.Arbitrary<ExplorerAction | { type: 'key'; key: string }> = fc.oneof(
  anEvent.map(([instrument, event]) => ({ type: 'choose' as const, instrument, event })),
  fc.constant({ type: 'choose' as const, instrument: 'pact', events: [0, 1] }),
  fc.constant({ type: 'close' as const }),
  fc.constantFrom('in', 'out', 'fit').map((s) => ({ type: 'zoom' as const, step: s })),
  fc.double({ min: -1, max: 1, noNaN: true }).map((by) => ({ type: 'pan' as const, by })),
  fc
    .tuple(fc.integer({ min: span[0] - 400 * DAY_MS, max: span[1] }), fc.integer({ min: 0, max: 9000 * DAY_MS }))
    .map(([from, width]) => ({ type: 'window' as const, shown: [from, from + width] as const })),
  fc
    .tuple(fc.subarray(['pact', 'accord']), fc.subarray([...EVENT_TYPE_IDS]), fc.constantFrom('', 'RU', 'BY'))
    .map(([instruments, types, party]) => ({
      type: 'filter' as const,
      instruments,
      types,
      party,
      available: { instruments: 2, types: EVENT_TYPE_IDS.length },
    })),
  fc.oneof(dayBetween('1900-01-01', '2030-01-01'), fc.constant('')).map((day) => ({ type: 'asof' as const, day })),
  twoDays('1995-01-01', data.asOf).map((days) => ({ type: 'compare' as const, days: days.join(',') })),
  fc
    .constantFrom('ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'p', 'a', 'x')
    .map((key) => ({ type: 'key' as const, key })),
);

/** A view as the address can say it: without the keys left undefined, and without empty filters (which show nothing and are not kept). */
const sayable = (view: ViewState) =>
  Object.fromEntries(
    Object.entries(view).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );

describe('explorerStep(data) in detail', () => {
  it("explorerStep(data)(state, { type: 'choose', events }) zooms to half their spread beyond them, or 20 days at least", () => {
    const times = pact.events.map((e) => dateToTime(e.date));
    // The first and the last event but one, whose window stays inside the span.
    const [a, b] = [times[0]!, times[2]!].sort((x, y) => x - y) as [number, number];
    const far = stateWindow(run([{ type: 'choose', instrument: 'pact', events: [2, 0] }]), span)!;
    const around = Math.max((b - a) * 0.5, 20 * DAY_MS);
    expect(Math.abs(far[0] - (a - around))).toBeLessThan(DAY_MS);
    expect(Math.abs(far[1] - (b + around))).toBeLessThan(DAY_MS);
    // One event alone: 20 days either side of it, whole days.
    const near = stateWindow(run([{ type: 'choose', instrument: 'pact', events: [0] }]), span)!;
    expect(near[1] - near[0]).toBeGreaterThanOrEqual(40 * DAY_MS - DAY_MS);
    expect(near[1] - near[0]).toBeLessThanOrEqual(40 * DAY_MS + DAY_MS);
  });

  it("explorerStep(data)(state, { type: 'zoom', step: 'fit' }) shows everything from any window, not one step out", () => {
    const deep = run([
      { type: 'zoom', step: 'in' },
      { type: 'zoom', step: 'in' },
      { type: 'zoom', step: 'in' },
    ]);
    expect(deep.view.from).toBeDefined();
    expect(run([{ type: 'zoom', step: 'out' }], deep).view.from).toBeDefined();
    expect(run([{ type: 'zoom', step: 'fit' }], deep).view).toEqual({ from: undefined, to: undefined });
  });

  it("explorerStep(data)(state, { type: 'pan', by }) moves the window by that share of its width", () => {
    const zoomed = run([
      { type: 'zoom', step: 'in' },
      { type: 'zoom', step: 'in' },
    ]);
    const [from, to] = stateWindow(zoomed, span)!;
    const [later] = stateWindow(step(zoomed, { type: 'pan', by: 0.2 }), span)!;
    expect(Math.abs(later - from - 0.2 * (to - from))).toBeLessThanOrEqual(DAY_MS);
  });

  it("explorerStep(data)(state, { type: 'window' }) keeps the rest of the view, and a window within a day changes nothing", () => {
    const open = run([
      { type: 'choose', instrument: 'pact', event: 1 },
      { type: 'zoom', step: 'in' },
    ]);
    const whole = step(open, { type: 'window', shown: span });
    expect(whole.view).toEqual({ ...open.view, from: undefined, to: undefined });
    const day = dateToTime('2001-01-01');
    expect(step(open, { type: 'window', shown: [day, day + DAY_MS / 2] }).view).toEqual(open.view);
  });

  it("explorerStep(data)(state, { type: 'filter' }) keeps no event type checked as none, not as all", () => {
    const none = run([
      { type: 'filter', instruments: [], types: [], party: '', available: { instruments: 2, types: 3 } },
    ]);
    expect(none.view.types).toEqual([]);
    expect(none.view.instruments).toEqual([]);
  });

  it('openLanes(state) opens no lane without a cursor', () => {
    expect([...openLanes(start)]).toEqual([]);
  });
});

describe('choosing and closing', () => {
  const pact = data.instruments[0]!;

  it('withSelection opens an instrument, and one of its events when given; withoutSelection closes both and keeps the rest', () => {
    const opened = withSelection({ asof: '2002-01-01' }, pact, 1);
    expect(opened).toEqual({ asof: '2002-01-01', instrument: 'pact', event: pact.events[1]!.anchor });
    expect(withSelection(opened, data.instruments[1]!)).toEqual({
      asof: '2002-01-01',
      instrument: 'accord',
      event: undefined,
    });
    expect(withoutSelection(opened)).toEqual({ asof: '2002-01-01', instrument: undefined, event: undefined });
  });
});

describe('the explorer’s address', () => {
  it('stateFromAddress(addressOf(state)) gives back any view the address can carry', () => {
    fc.assert(
      fc.property(views, (view) => {
        const read = stateFromAddress(addressOf({ view }), context);
        expect(read.notice).toBeUndefined();
        expect(read.view).toEqual(view);
      }),
    );
  });

  it('stateFromAddress(addressOf(state)) gives back the view of any state a sequence of actions reaches', () => {
    fc.assert(
      fc.property(fc.array(anAction, { maxLength: 12 }), (actions) => {
        const state = actions.reduce<ExplorerState>((reached, action) => {
          if (action.type !== 'key') return step(reached, action);
          const moved = cursorAction(data, reached, action.key, 900);
          return moved ? step(reached, moved) : reached;
        }, start);
        const read = stateFromAddress(addressOf(state), context);
        expect(read.notice).toBeUndefined();
        expect(read.view).toEqual(sayable(state.view));
      }),
    );
  });
});

describe('explorerSpan(data, view): the span the drawing draws for the view, in every renderer', () => {
  const without = ({ from: _from, to: _to, ...view }: ViewState): ViewState => view;
  const drawn = (input: ChartInput, view: ViewState) => chartView(input, view, 'page').options.span;

  it('is the static drawing’s span (chartView) for any view of the hand-made instruments', () => {
    const input = explorerChartInput(PACT_AND_ACCORD, '2020-01-01');
    fc.assert(
      fc.property(views, (view) => {
        expect(explorerSpan(data, without(view))).toEqual(drawn(input, without(view)));
      }),
    );
  });

  it('is the static drawing’s span for views of the real content: a view of New START spans 2010 on', () => {
    const models = contentInstruments.map((i) => contentModel(i.id));
    const real = splitForBrowser(explorerData(models, CONTENT_AS_OF)).data;
    const input = explorerChartInput(models, CONTENT_AS_OF);
    const asked: ViewState[] = [
      {},
      { instruments: ['new-start'] },
      { instruments: ['cfe', 'inf'] },
      { party: ['RU'] },
      { types: ['withdrawn'] },
      { asof: '2019-08-03' },
      { instruments: ['new-start'], asof: '2015-01-01' },
    ];
    for (const view of asked) expect(explorerSpan(real, view), JSON.stringify(view)).toEqual(drawn(input, view));
    expect(timeToDay(explorerSpan(real, { instruments: ['new-start'] })[0])).toBe('2010-04-08');
    expect(explorerSpan(real, { instruments: ['new-start'] })[0]).toBeGreaterThan(explorerSpan(real)[0]);
  });

  it('is worked out once for a view’s filters and day: a window or a selection finds the same span', () => {
    const filtered: ViewState = { instruments: ['pact'], asof: '2010-01-01' };
    const first = explorerSpan(data, filtered);
    expect(explorerSpan(data, { ...filtered, from: '1995-01-01', to: '2000-01-01', event: 'pact-1' })).toBe(first);
    const others: ViewState[] = [
      { instruments: ['accord'] },
      { types: ['signed'] },
      { party: ['RU'] },
      { asof: '2005-01-01' },
    ];
    for (const other of others)
      expect(explorerSpan(data, { ...filtered, ...other }), JSON.stringify(other)).not.toBe(first);
  });

  it('zooms a filtered view within its own span: "Zoom in" on New START alone stays after 2010', () => {
    const models = contentInstruments.map((i) => contentModel(i.id));
    const real = splitForBrowser(explorerData(models, CONTENT_AS_OF)).data;
    const zoomed = explorerStep(real)({ view: { instruments: ['new-start'] } }, { type: 'zoom', step: 'in' });
    expect(zoomed.view.from! >= '2010-04-08').toBe(true);
    expect(zoomed.view.to! <= CONTENT_AS_OF).toBe(true);
  });
});
