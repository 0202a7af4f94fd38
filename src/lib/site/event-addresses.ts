/**
 * Where every event address ever published leads now. An event's address is its permanent id
 * (`/treaties/inf/#inf-1987-12-08-signed`, `?event=inf-1987-12-08-signed`); the ids of events merged
 * into another stay as its aliases, those of removed events lead to a note, and the index anchors of the
 * last release that had them (`#event-3`, `?event=inf:3`, `#inf-event-3`) lead through a frozen table
 * to the event they meant then. Pure: the tables are read by src/data.ts and passed in.
 */
import type { InstrumentData } from '../content/schema/instrument-schema.ts';

/** content/ids/legacy-index.json: for each instrument, the id of the event each index meant in the last release with index anchors. */
export interface LegacyIndex {
  /** The commit of that release. */
  release: string;
  /** Instrument id → ids, by the old index. */
  instruments: Readonly<Record<string, readonly string[]>>;
}

/** content/ids/published.json: every published id, with the instrument whose page first carried it. */
export type PublishedIds = Readonly<Record<string, string>>;

/** What an id leads to now: an event (by instrument and index in its file), or a removed event's note. */
export type Resolved =
  | { kind: 'event'; instrument: string; index: number; id: string }
  | { kind: 'removed'; instrument: string; note: string };

/** The content as the resolver needs it. */
export type IdContent = readonly { id: string; data: Pick<InstrumentData, 'events' | 'removedEvents'> }[];

/** Every name an event answers to (id and aliases) and every removed id, with what it leads to. */
export function idResolver(content: IdContent): (id: string) => Resolved | undefined {
  const names = new Map<string, Resolved>();
  for (const { id: instrument, data } of content) {
    data.events.forEach((event, index) => {
      for (const name of [event.id, ...(event.aliases ?? [])])
        names.set(name, { kind: 'event', instrument, index, id: event.id });
    });
    for (const removed of data.removedEvents ?? [])
      names.set(removed.id, { kind: 'removed', instrument, note: removed.note });
  }
  return (id) => names.get(id);
}

/** The id an old `instrument:index` address meant, read from the frozen table; undefined when it named nothing. */
export function legacyEventId(legacy: LegacyIndex, value: string): string | undefined {
  const match = /^([a-z0-9-]+):(\d+)$/.exec(value);
  return match ? legacy.instruments[match[1]!]?.[Number(match[2])] : undefined;
}

/** An address a page must keep answering: the anchor as published, and what it leads to now. */
export interface OldAnchor {
  /** The anchor as published, without "#". */
  anchor: string;
  /** What it leads to. */
  to: Resolved;
}

/**
 * The old anchors a page of one instrument must answer: its index anchors (`event-3`) and the ids first
 * published on it that now name something else (an alias, a removed event, an event moved to another file).
 */
export function treatyOldAnchors(
  instrument: string,
  legacy: LegacyIndex,
  published: PublishedIds,
  resolve: (id: string) => Resolved | undefined,
): OldAnchor[] {
  const anchors: OldAnchor[] = [];
  (legacy.instruments[instrument] ?? []).forEach((id, index) => {
    const to = resolve(id);
    if (to) anchors.push({ anchor: `event-${index}`, to });
  });
  for (const [id, page] of Object.entries(published)) {
    const to = resolve(id);
    if (page !== instrument || !to) continue;
    const renamed = to.kind === 'removed' || to.instrument !== instrument || to.id !== id;
    if (renamed) anchors.push({ anchor: id, to });
  }
  return anchors;
}

/** The index anchors a page spanning instruments (a state's page, the explorer's table) must answer: `inf-event-3`. */
export function crossOldAnchors(legacy: LegacyIndex, resolve: (id: string) => Resolved | undefined): OldAnchor[] {
  return Object.entries(legacy.instruments).flatMap(([instrument, ids]) =>
    ids.flatMap((id, index) => {
      const to = resolve(id);
      return to ? [{ anchor: `${instrument}-event-${index}`, to }] : [];
    }),
  );
}

/** The old anchors grouped by the current event id they lead to, for pages that place them inside that event. */
export function anchorsByEvent(anchors: readonly OldAnchor[]): Map<string, string[]> {
  const byEvent = new Map<string, string[]>();
  for (const { anchor, to } of anchors)
    if (to.kind === 'event') byEvent.set(to.id, [...(byEvent.get(to.id) ?? []), anchor]);
  return byEvent;
}

/**
 * The old `instrument:index` addresses of a page's instruments, as small as the browser can take them: for
 * each instrument, the ids its old indices meant, or only their count where they are still the first ids
 * of its events in file order (as they are until an event is inserted before another).
 */
export function legacyForPage(
  legacy: LegacyIndex,
  instruments: readonly { id: string; events: readonly { anchor: string }[] }[],
  resolve: (id: string) => Resolved | undefined,
): Record<string, number | string[]> {
  return Object.fromEntries(
    instruments.flatMap((instrument) => {
      const old = legacy.instruments[instrument.id];
      if (!old) return [];
      const now = old.map((id) => {
        const to = resolve(id);
        return to?.kind === 'event' ? to.id : '';
      });
      const unchanged = now.every((id, i) => instrument.events[i]?.anchor === id);
      return [[instrument.id, unchanged ? now.length : now]];
    }),
  );
}

/** Reads an old `instrument:index` address with a page's table (legacyForPage): the id it meant, or undefined. */
export function legacyLookup(
  table: Readonly<Record<string, number | readonly string[]>>,
  instruments: readonly { id: string; events: readonly { anchor: string }[] }[],
): (value: string) => string | undefined {
  return (value) => {
    const match = /^([a-z0-9-]+):(\d+)$/.exec(value);
    if (!match) return undefined;
    const [, instrument, number] = match;
    const entry = table[instrument!];
    const index = Number(number);
    if (typeof entry === 'number')
      return index < entry ? instruments.find((i) => i.id === instrument)?.events[index]?.anchor : undefined;
    return entry?.[index] || undefined;
  };
}
