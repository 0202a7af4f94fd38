import { compareDates, dateStart, eventDate } from '../model/dates.ts';
import { EVENT_TYPES } from '../model/event-types.ts';
import type { InstrumentModel } from '../model/instrument-summary.ts';
import { element, fragment } from '../site/markup.ts';
import { partyName } from '../model/parties.ts';
import { DATA_PATHS, partyPath, releaseFilePath, treatyEventPath } from '../site/routes.ts';
import { pt } from '../i18n/page-strings.ts';

/** How many of the latest events the feed carries. */
export const FEED_SIZE = 50;

/**
 * An Atom feed of the latest lifecycle events, newest first; each entry links to the event on its page by
 * its permanent id. An entry first published under an index anchor keeps that address as its Atom id
 * (`legacyEntryId`), so that feed readers do not take it for a new entry. The feed names the data
 * `version` it was built from, and links to that release's data.
 */
export function atomFeed(
  models: readonly InstrumentModel[],
  asOf: string,
  siteUrl: string,
  version: string,
  legacyEntryId: (instrument: string, eventId: string) => string | undefined = () => undefined,
): string {
  const url = (path: string) => new URL(path, siteUrl).href;
  const events = models
    .flatMap((model) => model.data.events.map((event, index) => ({ model, event, index })))
    .sort(
      (a, b) => compareDates(b.event.date, a.event.date) || a.model.id.localeCompare(b.model.id) || a.index - b.index,
    )
    .slice(0, FEED_SIZE);
  const entries = events.map(({ model, event }) => {
    const link = url(treatyEventPath(model.id, event.id));
    const what = `${EVENT_TYPES[event.type].label}${event.document ? ` (${event.document})` : ''}`;
    const when = eventDate(event);
    const title = `${model.data.shortName}: ${what} — ${event.parties.map(partyName).join(', ')}, ${when}`;
    return element(
      'entry',
      {},
      element('id', {}, url(legacyEntryId(model.id, event.id) ?? treatyEventPath(model.id, event.id))),
      element('title', {}, title),
      element('updated', {}, `${dateStart(event.date)}T00:00:00Z`),
      element('link', { rel: 'alternate', type: 'text/html', href: link }),
      // Each state that acted has a page of its own: the entry points readers there too.
      ...event.parties.flatMap((party) =>
        partyPath(party)
          ? [
              element('link', {
                rel: 'related',
                type: 'text/html',
                href: url(partyPath(party)!),
                title: partyName(party),
              }),
            ]
          : [],
      ),
      element(
        'summary',
        {},
        `${event.description} Source: ${event.sources[0]!.publisher}, “${event.sources[0]!.title}”.`,
      ),
      element('category', { term: event.type, label: EVENT_TYPES[event.type].label }),
    );
  });
  const feed = element(
    'feed',
    { xmlns: 'http://www.w3.org/2005/Atom' },
    element('id', {}, url(DATA_PATHS.feed)),
    element('title', {}, pt('feed.title')),
    element('subtitle', {}, pt('feed.subtitle', { version })),
    element('updated', {}, `${asOf}T00:00:00Z`),
    element('author', {}, element('name', {}, pt('site.name'))),
    element('link', { rel: 'self', type: 'application/atom+xml', href: url(DATA_PATHS.feed) }),
    element('link', { rel: 'alternate', type: 'text/html', href: url('/') }),
    element('link', {
      rel: 'related',
      type: 'application/json',
      href: url(releaseFilePath(version, 'treaties.json')),
      title: pt('feed.release', { version }),
    }),
    element('rights', {}, 'Data CC BY 4.0'),
    fragment(entries),
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n${feed.html}\n`;
}
