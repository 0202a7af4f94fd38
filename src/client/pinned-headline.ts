/** A view pinned to a day (`?asof=`) says the status that held then, and its last step, from what the page carries. */
import { formatDate } from '../lib/model/dates.ts';
import { t } from '../lib/i18n/strings.ts';
import { headlineOn, type HeadlineChange } from '../lib/model/pinned-headline.ts';
import type { StepChange } from '../lib/site/status-card.ts';

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

/** Shows, in a status card inside `root`, the step that was last on `day` (YYYY-MM-DD). */
export function pinLastStep(root: ParentNode, day: string): void {
  const data = root.querySelector('[data-step-changes]')?.textContent;
  const link = root.querySelector<HTMLAnchorElement>('[data-last-step-link]');
  if (!data || !link) return;
  const last = headlineOn(JSON.parse(data) as StepChange[], day);
  link.href = last.href;
  link.textContent = last.line;
}
