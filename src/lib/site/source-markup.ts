/**
 * A source as every list of sources shows it, on pages and in the explorer's panel alike: "Publisher:
 * Title" linked to the document's own address, its date, what it is cited for where that is less than
 * the whole event, and the faithful copies the author read where the official address could not be read.
 */
import type { Source } from '../content/schema/source-schema.ts';
import { CONTENT_LANG } from '../i18n/locale.ts';
import { t } from '../i18n/strings.ts';
import { element, fragment, type Markup } from './markup.ts';

/** A source with its date in words (EventView's sources). */
export type SourceView = Source & { dateText?: string };

const link = (href: string, text: string) => element('a', { href, rel: 'noopener external' }, text);

/** The source's line, to be placed in a list item. */
export function sourceMarkup(source: SourceView): Markup {
  const parts: Markup[] = [link(source.url, `${source.publisher}: ${source.title}`)];
  if (source.dateText) parts.push(element('span', { class: 'muted' }, ` (${source.dateText})`));
  if (source.claim)
    parts.push(
      element(
        'span',
        { class: 'source-claim' },
        ` — ${t('source.claim')} `,
        element('span', { lang: CONTENT_LANG }, source.claim),
      ),
    );
  if (source.copies)
    parts.push(
      element(
        'span',
        { class: 'source-copies' },
        ` — ${t('source.copies')} `,
        ...source.copies.flatMap((copy, n) => [n > 0 ? t('list.separator') : '', link(copy.url, copy.publisher)]),
      ),
    );
  return fragment(parts);
}
