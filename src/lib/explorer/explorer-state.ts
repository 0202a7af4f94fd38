/**
 * The explorer as a step function: everything a reader does (choose, close, zoom, pan, filter, as of,
 * compare, move the cursor, follow the address) is an action, and `explorerStep(data)(state, action)`
 * the state it leads to. The address is read and written by the parameter table (view-parameters.ts,
 * url-state.ts); what it does not keep (events picked together from one marker, the keyboard cursor, a
 * notice) lives beside it. src/client/explorer.ts maps DOM events to actions and draws the state.
 */
import { DAY_MS, dateToTime, formatDate, timeToDay } from '../model/dates.ts';
import { panWindow, spanFrom, viewWindow, zoomWindow, type TimeWindow } from '../chart/chart-window.ts';
import { t } from '../i18n/strings.ts';
import { legacyLookup } from '../site/event-addresses.ts';
import {
  ignoredNotice,
  parseViewState,
  serializeViewState,
  type UrlContext,
  type ViewState,
} from '../site/url-state.ts';
import type { ExplorerData, ExplorerInstrument } from './explorer-data.ts';
import { eventDrawn, filtersChosen, happenedBy, instrumentDrawn } from './explorer-filter.ts';
import { ALL_PARTIES } from '../model/parties.ts';
import { CHART_CONSTANTS } from '../chart/chart-constants.ts';

/** The view with `instrument` open, and its event at `event` (its index in the file) when one is chosen: the address names the event by its permanent id. */
export function withSelection(state: ViewState, instrument: ExplorerInstrument, event?: number): ViewState {
  return {
    ...state,
    instrument: instrument.id,
    event: event === undefined ? undefined : instrument.events[event]?.anchor,
  };
}

/** The view with the panel closed. */
export function withoutSelection(state: ViewState): ViewState {
  return { ...state, instrument: undefined, event: undefined };
}

/** Where the keyboard is on the timeline: a lane's key and an event's index in its instrument, so it survives redraws. */
export interface CursorAt {
  instrument: string;
  lane: string;
  index: number;
}

/** What the explorer shows. */
export interface ExplorerState {
  /** What the address keeps: filters, as-of day, window, open instrument and event, compared days. */
  view: ViewState;
  /** Events of the open instrument picked together from one marker (the window shows them; the address keeps that). */
  picked?: readonly number[];
  /** The keyboard's cursor on the timeline; its instrument's party lanes are open. */
  cursor?: CursorAt;
  /** The one sentence that says what the address or the as-of field asked for and did not get. */
  notice?: string;
}

/** Everything that changes the explorer's state. */
export type ExplorerAction =
  /** The address was read: on arrival, or going back and forth in the history. */
  | { type: 'address'; search: string }
  /** An instrument chosen, or one of its events, or several events merged in one marker. */
  | { type: 'choose'; instrument: string; event?: number; events?: readonly number[] }
  /** The panel closed. */
  | { type: 'close' }
  /** One zoom step, from `shown` (the window as drawn, ms) when the renderer knows it better than the address. */
  | { type: 'zoom'; step: 'in' | 'out' | 'fit'; shown?: TimeWindow }
  /** The window moved by a share of its width (positive: later). */
  | { type: 'pan'; by: number; shown?: TimeWindow }
  /** A renderer moved the window itself (a drag, a wheel, a pinch); undefined when it shows every event. */
  | { type: 'window'; shown: TimeWindow | undefined }
  /** The filter boxes as checked, how many boxes there are, and the party chosen ('' for any). */
  | {
      type: 'filter';
      instruments: readonly string[];
      types: readonly string[];
      party: string;
      available: { instruments: number; types: number };
    }
  /** A day typed in the as-of field ('' for the data's own day). */
  | { type: 'asof'; day: string }
  /** The two days compared (FROM,TO), or none. */
  | { type: 'compare'; days: string | undefined }
  /** The cursor moved (src/lib/explorer/cursor-move.ts works out where a key takes it), and the window that shows its event. */
  | { type: 'cursor'; cursor: CursorAt; shown?: TimeWindow };

/** Whether an action is a step the reader can go back from (a new history entry) or only changes the address in place. */
export const historyMode = (action: ExplorerAction): 'push' | 'replace' | undefined =>
  action.type === 'address' ? undefined : action.type === 'choose' || action.type === 'close' ? 'push' : 'replace';

/** What the address may refer to on a page of the explorer. */
export function explorerContext(data: ExplorerData): UrlContext {
  return {
    instrumentIds: data.instruments.map((i) => i.id),
    eventIds: Object.fromEntries(data.instruments.map((i) => [i.id, i.events.map((e) => e.anchor)])),
    legacyEvent: legacyLookup(data.legacy ?? {}, data.instruments),
    asOf: data.asOf,
    earliest: data.start,
  };
}

/** The state an address gives, with the notice for what it asked and did not get. */
export function stateFromAddress(search: string, context: UrlContext): ExplorerState {
  const { state, ignored } = parseViewState(search, context);
  return { view: state, notice: ignored.length ? ignoredNotice(ignored) : undefined };
}

/** The address (query string, "" when empty) of a state. */
export const addressOf = (state: ExplorerState): string => serializeViewState(state.view);

/** Spans already worked out, per page's data and per what they depend on: every zoom step asks again. */
const SPANS = new WeakMap<ExplorerData, Map<string, TimeWindow>>();

/**
 * The span the explorer's window moves in for a view (ms): from the first event or status its
 * instruments' lanes draw to its day, as the static drawing's (chartView's defaultSpan) — a view of New
 * START alone spans 2010 on, not the first day of all the content. It depends on the view's filters and
 * day only, so a window or a selection finds it worked out.
 */
export function explorerSpan(data: ExplorerData, view: ViewState = {}): TimeWindow {
  const key = JSON.stringify([view.instruments, view.types, view.party, view.asof]);
  const known = SPANS.get(data) ?? SPANS.set(data, new Map()).get(data)!;
  let span = known.get(key);
  if (!span) known.set(key, (span = spanOf(data, view)));
  return span;
}

function spanOf(data: ExplorerData, view: ViewState): TimeWindow {
  const asOf = view.asof ?? data.asOf;
  const times = data.instruments
    .filter((instrument) => instrumentDrawn(view, instrument.id, instrument.events))
    .flatMap((instrument) => [
      ...instrument.events.filter((event) => eventDrawn(view, event)).map((event) => event.date),
      ...(instrument.lanes.find((lane) => lane.party === ALL_PARTIES)?.intervals ?? [])
        .filter((interval) => happenedBy(interval.from, asOf))
        .map((interval) => interval.from),
    ]);
  return spanFrom(times.map(dateToTime), asOf);
}

/** The window a state shows (ms), as every renderer shows it (viewWindow), or undefined for every event. */
export const stateWindow = (state: ExplorerState, span: TimeWindow): TimeWindow | undefined =>
  viewWindow(state.view, span, state.view.asof ?? timeToDay(span[1]));

/** The instruments whose party lanes are open: the cursor's. */
export const openLanes = (state: ExplorerState): ReadonlySet<string> =>
  new Set(state.cursor ? [state.cursor.instrument] : []);

/** The view showing `shown` (ms): no window when it takes in the whole span. */
function withWindow(view: ViewState, shown: TimeWindow | undefined, [start, end]: TimeWindow): ViewState {
  if (!shown || (shown[0] <= start && shown[1] >= end)) return { ...view, from: undefined, to: undefined };
  const [from, to] = [timeToDay(shown[0]), timeToDay(shown[1])];
  // A window within one day is none the address can say (from must come before to): the view keeps its own.
  return from < to ? { ...view, from, to } : view;
}

/** The view as the address reads it back (unknown values dropped); an empty filter, which the address cannot carry, is kept. */
function normalised(view: ViewState, context: UrlContext): ViewState {
  const read = parseViewState(serializeViewState(view), context).state;
  if (view.instruments?.length === 0) read.instruments = [];
  if (view.types?.length === 0) read.types = [];
  return read;
}

/** What a step needs of the page: its data, what its address may name, the span its window moves in. */
interface Page {
  data: ExplorerData;
  context: UrlContext;
  span: (view: ViewState) => TimeWindow;
}

/** The window a state shows, or `shown` as the renderer draws it; the whole span when it names none. */
const shownBy = (page: Page, state: ExplorerState, shown?: TimeWindow) =>
  shown ?? stateWindow(state, page.span(state.view)) ?? page.span(state.view);

/** An instrument chosen, or one of its events; several events from one marker are listed, and the window zooms in on them. */
function chosen(page: Page, state: ExplorerState, action: Extract<ExplorerAction, { type: 'choose' }>): ExplorerState {
  const instrument = page.data.instruments.find((i) => i.id === action.instrument);
  if (!instrument) return state;
  const view = withSelection(state.view, instrument, action.event);
  if (!action.events?.length) return { ...state, view, picked: undefined };
  const times = action.events.map((i) => dateToTime(instrument.events[i]?.date ?? page.data.asOf));
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const around = Math.max((last - first) * 0.5, 20 * DAY_MS);
  return {
    ...state,
    view: withWindow(view, [first - around, last + around], page.span(view)),
    picked: action.events,
  };
}

/** A day typed as the as-of day: a date being typed passes through days like 0019-01-25, and only a whole day within the data counts. */
function typedDay({ data, context }: Page, state: ExplorerState, typed: string): ExplorerState {
  const day = typed === data.asOf ? '' : typed;
  const refused = day ? parseViewState(`asof=${day}`, context).ignored[0] : undefined;
  if (!refused)
    return { ...state, view: { ...state.view, asof: day || undefined }, cursor: undefined, notice: undefined };
  const notice = t('explorer.chooseDay', {
    from: formatDate(data.start),
    to: formatDate(data.asOf),
    value: day,
    reason: t(refused.reason),
  });
  return { ...state, notice };
}

/** A zoom step or a pan from the window shown. */
function zoomed(page: Page, state: ExplorerState, action: Extract<ExplorerAction, { type: 'zoom' | 'pan' }>) {
  const shown = shownBy(page, state, action.shown);
  const span = page.span(state.view);
  const { zoomStep } = CHART_CONSTANTS;
  const next =
    action.type === 'pan'
      ? panWindow(shown, span, (shown[1] - shown[0]) * action.by)
      : action.step === 'fit'
        ? undefined
        : zoomWindow(shown, span, action.step === 'in' ? zoomStep : 1 / zoomStep);
  return { ...state, view: withWindow(state.view, next, span) };
}

/** The explorer's step function for a page's data: `(state, action) → state`, the same state when nothing changes. */
export function explorerStep(data: ExplorerData): (state: ExplorerState, action: ExplorerAction) => ExplorerState {
  const page: Page = { data, context: explorerContext(data), span: (view) => explorerSpan(data, view) };
  return (state, action) => {
    switch (action.type) {
      case 'address':
        return stateFromAddress(action.search, page.context);
      case 'choose':
        return chosen(page, state, action);
      case 'close':
        return { ...state, view: withoutSelection(state.view), picked: undefined };
      case 'zoom':
      case 'pan':
        return zoomed(page, state, action);
      case 'window':
        return { ...state, view: withWindow(state.view, action.shown, page.span(state.view)) };
      case 'filter': {
        const filters = filtersChosen(action, action.available, action.party);
        return { ...state, view: normalised({ ...state.view, ...filters }, page.context), cursor: undefined };
      }
      case 'asof':
        return typedDay(page, state, action.day);
      case 'compare':
        return { ...state, view: normalised({ ...state.view, compare: action.days }, page.context) };
      case 'cursor':
        return {
          ...state,
          cursor: action.cursor,
          view: action.shown ? withWindow(state.view, action.shown, page.span(state.view)) : state.view,
        };
    }
  };
}
