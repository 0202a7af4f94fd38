/**
 * What the explorer's side panel says for a view, and how choosing or closing changes the address: the
 * open instrument, its status on the view's day and its key dates, then the open event's heading and
 * parties, or the events picked together from one marker. Pure: src/client/explorer-panel.ts turns it into
 * elements (text only) and fetches the event's words and sources when it is first opened. Choosing and
 * closing are the explorer's steps (explorer-state.ts).
 */
import { formatDate } from '../model/dates.ts';
import { eventLine } from '../model/event-list.ts';
import { partyPath } from '../site/routes.ts';
import type { ViewState } from '../site/view-parameters.ts';
import { headlineOn } from '../model/pinned-headline.ts';
import type { ExplorerData, ExplorerInstrument } from './explorer-data.ts';
import { te, ten } from '../i18n/explorer-strings.ts';

/** The side panel's content. */
export interface PanelView {
  instrument: ExplorerInstrument;
  /** Names and values, the status on the view's day first. */
  facts: [string, string][];
  /** The open event: its index, heading, and parties with their pages. */
  event?: { index: number; heading: string; parties: { name: string; href?: string }[] };
  /** Events picked together from one marker, when no single event is open. */
  picked?: { heading: string; events: { index: number; line: string }[] };
  /** The way on to the instrument's own page. */
  lifecycle: { href: string; text: string };
}

/** The index of the event the view opens in `instrument`, if it names one of that instrument's events. */
export function openEvent(state: ViewState, instrument: ExplorerInstrument): number | undefined {
  const index = instrument.events.findIndex((e) => e.anchor === state.event);
  return index < 0 ? undefined : index;
}

/** What the panel shows for a view, or undefined when no instrument of the page is open. */
export function panelView(data: ExplorerData, state: ViewState, picked?: readonly number[]): PanelView | undefined {
  const instrument = data.instruments.find((i) => i.id === state.instrument);
  if (!instrument) return undefined;
  const day = state.asof ?? data.asOf;
  const index = openEvent(state, instrument);
  const event = index === undefined ? undefined : instrument.events[index]!;
  const known = picked?.filter((i) => instrument.events[i]) ?? [];
  return {
    instrument,
    facts: [
      [te('explorer.statusOn', { day: formatDate(day) }), headlineOn(instrument.headlines, day).sentence],
      ...instrument.keyDates,
    ],
    event:
      event && index !== undefined
        ? {
            index,
            heading: `${event.dateText}: ${event.typeLabel}${event.document ? ` (${event.document})` : ''}`,
            parties: event.partyIds.map((id, n) => ({ name: event.parties[n]!, href: partyPath(id) })),
          }
        : undefined,
    picked:
      !event && known.length
        ? {
            heading: ten('explorer.pickedEvents', known.length),
            events: known.map((i) => ({ index: i, line: eventLine(instrument.events[i]!) })),
          }
        : undefined,
    lifecycle: { href: instrument.href, text: te('explorer.wholeLifecycle', { name: instrument.shortName }) },
  };
}
