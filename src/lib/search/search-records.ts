/**
 * What the site's search finds besides its pages: one record per event, so that an event is a result of
 * its own that leads to its permanent anchor on its instrument's page. The build hands these to Pagefind
 * (src/node/search-index-integration.ts); the pages of instruments and states are indexed from their HTML.
 */
import { parsePartialDate } from '../model/dates.ts';
import { eventLine, eventView } from '../model/event-list.ts';
import { listOf } from '../i18n/strings.ts';
import { pt } from '../i18n/page-strings.ts';
import type { InstrumentModel } from '../model/instrument-summary.ts';
import { treatyEventPath } from '../site/routes.ts';

/** The filters a reader can narrow the results by, as Pagefind names them (data-pagefind-filter on the pages, `filters` here). */
export const SEARCH_FILTERS = ['instrument', 'type', 'state', 'decade'] as const;

/**
 * A filter's name; `kind` (treaty or state) is one the panel uses itself, to find the pages apart and rank
 * them above events. Events have none: a filter's file lists every record that has it, and 20,000 events
 * would make a reader load it with every first query.
 */
export type SearchFilter = (typeof SEARCH_FILTERS)[number] | 'kind';

/** What kind of thing a result is (Pagefind meta `kind`): the client labels each. */
export type SearchKind = 'event' | 'treaty' | 'state';

/** One record of the index that no page stands for, shaped as Pagefind's addCustomRecord takes it. */
export interface SearchRecord {
  /** Where the result leads: the event's permanent anchor on its instrument's page. */
  url: string;
  /** The words the record is found by. */
  content: string;
  /** The edition's language, as the pages' `<html lang>` gives it. */
  language: string;
  /** What a result shows: `title` (the event on one line), `kind`, `date`, `instrument`, `type`, `who`, `description`. */
  meta: Record<string, string>;
  /** The values of each filter this record has. */
  filters: Partial<Record<SearchFilter, string[]>>;
}

/** The decade a date falls in, in words ("1990s"): the value of the decade filter. */
export function decadeOf(date: string): string {
  const year = parsePartialDate(date)!.year;
  return pt('search.decade', { decade: String(year - (year % 10)) });
}

/** One search record for every event of `instruments`, in their chronological order. */
export function eventSearchRecords(instruments: readonly InstrumentModel[], language: string): SearchRecord[] {
  return instruments.flatMap((model) =>
    model.lifecycle.chronology.map((index) => {
      const view = eventView(model.data, index);
      const who = listOf(view.parties);
      const instrument = model.data.shortName;
      return {
        url: treatyEventPath(model.id, view.anchor),
        content: [
          view.dateText,
          view.typeLabel,
          view.document ?? '',
          who,
          model.data.name,
          instrument,
          view.description,
        ].join(' \n'),
        language,
        meta: {
          title: eventLine(view),
          kind: 'event' satisfies SearchKind,
          date: view.dateText,
          instrument,
          type: view.typeLabel,
          who,
          description: view.description.split('\n')[0]!,
        },
        filters: {
          instrument: [instrument],
          type: [view.typeLabel],
          state: view.parties,
          decade: [decadeOf(view.date)],
        },
      };
    }),
  );
}
