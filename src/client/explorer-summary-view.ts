/**
 * Draws the explorer's as-of summary for a day other than the one the build drew: the sentence that
 * answers the page's question, the day and the groups of instruments. It loads only when the reader
 * (or the address) asks for another day (src/client/lazy-renderer.ts).
 */
import { formatDate } from '../lib/model/dates.ts';
import { asOfGroups, asOfSentence, asOfSummary } from '../lib/explorer/as-of-summary.ts';
import type { ExplorerData } from '../lib/explorer/explorer-data.ts';
import { h } from './dom.ts';

/** The as-of summary's groups as elements. */
const summaryNodes = (data: ExplorerData, day: string) =>
  asOfGroups(asOfSummary(data.instruments, day)).map((group) =>
    h(
      'div',
      {},
      h('h3', {}, group.title),
      h(
        'ul',
        {},
        ...group.entries.map((e) =>
          h(
            'li',
            {},
            h('a', { href: e.href }, e.shortName),
            ...(e.detail ? [h('span', { class: 'muted' }, ` — ${e.detail}`)] : []),
          ),
        ),
      ),
    ),
  );

/** Returns the summary's renderer: it draws the summary of a day (YYYY-MM-DD). */
export function summaryRenderer(root: HTMLElement, data: ExplorerData) {
  const answer = root.querySelector<HTMLElement>('[data-as-of-answer]');
  const summaryDay = document.querySelector<HTMLElement>('[data-as-of-day]');
  const summaryGroups = document.querySelector<HTMLElement>('[data-as-of-groups]');
  return (day: string) => {
    if (summaryDay) summaryDay.textContent = formatDate(day);
    if (answer) answer.textContent = asOfSentence(asOfSummary(data.instruments, day));
    summaryGroups?.replaceChildren(...summaryNodes(data, day));
  };
}
