/**
 * The Atom feed of corrections, additions and removals between versions of the data (/changes.xml):
 * one entry per event change, newest version first, each with its old → new values and its reason.
 */
import { pt } from '../i18n/page-strings.ts';
import { element, fragment } from '../site/markup.ts';
import { CHANGES_FEED_PATH, CHANGES_PATH, releaseFilePath } from '../site/routes.ts';
import type { DataChanges } from './data-diff.ts';
import { versionChangesView } from './changes-view.ts';

/** How many event changes the feed carries at most. */
export const CHANGES_FEED_SIZE = 100;

/** The feed of `history` (newest comparison first) at `siteUrl`; `day` is its date while nothing has changed yet (the current version's). */
export function changesFeed(history: readonly DataChanges[], day: string, siteUrl: string): string {
  const url = (path: string) => new URL(path, siteUrl).href;
  const entries = history
    .map(versionChangesView)
    .flatMap((version) =>
      version.groups.flatMap((group) =>
        group.changes.map((change) => {
          const summary = [
            ...change.fields.map((f) => pt('changes.fieldLine', { label: f.label, from: f.from, to: f.to })),
            ...change.reasons.map((reason) => pt('changes.reason', { reason })),
          ].join(pt('changes.separator'));
          return element(
            'entry',
            {},
            // One change of one event in one version: the same entry however often the feed is rebuilt.
            element('id', {}, url(`${CHANGES_PATH}#${version.anchor}-${change.kind}-${change.id}`)),
            element(
              'title',
              {},
              pt(`changes.entry.${change.kind}`, {
                instrument: change.instrument,
                line: change.line,
                version: version.to,
              }),
            ),
            element('updated', {}, `${version.date}T00:00:00Z`),
            element('link', { rel: 'alternate', type: 'text/html', href: url(change.href) }),
            element('link', {
              rel: 'related',
              type: 'text/html',
              href: url(`${CHANGES_PATH}#${version.anchor}`),
              title: version.heading,
            }),
            element('link', {
              rel: 'related',
              type: 'application/json',
              href: url(releaseFilePath(version.to, 'treaties.json')),
              title: pt('changes.releaseLink', { version: version.to }),
            }),
            element('summary', {}, summary || change.line),
            element('category', { term: change.kind, label: group.title }),
          );
        }),
      ),
    )
    .slice(0, CHANGES_FEED_SIZE);
  const feed = element(
    'feed',
    { xmlns: 'http://www.w3.org/2005/Atom' },
    element('id', {}, url(CHANGES_FEED_PATH)),
    element('title', {}, pt('changes.feedTitle')),
    element('subtitle', {}, pt('changes.feedSubtitle')),
    element('updated', {}, `${history[0] ? versionChangesView(history[0]).date : day}T00:00:00Z`),
    element('author', {}, element('name', {}, pt('site.publisher'))),
    element('link', { rel: 'self', type: 'application/atom+xml', href: url(CHANGES_FEED_PATH) }),
    element('link', { rel: 'alternate', type: 'text/html', href: url(CHANGES_PATH) }),
    element('rights', {}, 'Data CC BY 4.0'),
    fragment(entries),
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n${feed.html}\n`;
}
