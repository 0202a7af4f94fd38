/** The list of status changes as markup: the page and the browser (after the reader picks two days) show the same. */
import { formatDate } from '../model/dates.ts';
import { element, type Markup } from '../site/markup.ts';
import { sourceMarkup } from '../site/source-markup.ts';
import type { StatusChange } from './status-changes.ts';
import { t } from '../i18n/strings.ts';

/** Each change as a sentence, each step's sources linked below it; one sentence when nothing changed. */
export function changesMarkup(changes: readonly StatusChange[], from: string, to: string): Markup {
  if (changes.length === 0)
    return element('p', {}, t('compare.nothing', { from: formatDate(from), to: formatDate(to) }));
  return element(
    'ol',
    { class: 'changes' },
    ...changes.map((change) =>
      element(
        'li',
        {},
        element('p', {}, change.sentence),
        element(
          'ul',
          { class: 'sources' },
          ...change.steps.flatMap((step) =>
            step.sources.map((s) => element('li', {}, `${step.text}: `, sourceMarkup(s))),
          ),
        ),
      ),
    ),
  );
}

/** The list's heading, in words. */
export function changesHeading(from: string, to: string): string {
  return t('compare.heading', { from: formatDate(from), to: formatDate(to) });
}
