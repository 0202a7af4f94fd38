/** A view pinned to a day (`?asof=`) says the status that held then, from the headlines the page carries. */
import { formatDate } from '../lib/dates.ts';
import { t } from '../lib/i18n/strings.ts';
import { headlineOn, type HeadlineChange } from '../lib/pinned-headline.ts';

/** Shows, in the StatusHeadline inside `root`, the headline that held on `day` (YYYY-MM-DD). */
export function pinHeadline(root: ParentNode, day: string): void {
  const data = root.querySelector('[data-headline-changes]')?.textContent;
  const badge = root.querySelector<HTMLElement>('[data-headline] .status');
  const label = root.querySelector('[data-headline-label]');
  if (!data || !badge || !label) return;
  const held = headlineOn(JSON.parse(data) as HeadlineChange[], day);
  badge.dataset.status = held.drawn;
  badge.textContent = held.sentence;
  label.textContent = t('headline.on', { day: formatDate(day) });
}
