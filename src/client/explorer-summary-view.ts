/**
 * Draws the explorer's as-of summary for a view other than the one the build drew (another day, or
 * instruments or a party chosen): the sentence that answers the page's question, the day, the groups of
 * instruments and the line that names those the view leaves out, all of the instruments its timeline
 * draws (viewSummary). It loads only when the reader (or the address) asks for such a view
 * (src/client/lazy-renderer.ts).
 */
import { formatDate } from '../lib/model/dates.ts';
import { asOfFold, asOfGroups, asOfSentence, viewSummary, type AsOfSummary } from '../lib/explorer/as-of-summary.ts';
import type { ViewState } from '../lib/site/view-parameters.ts';
import type { ExplorerData } from '../lib/explorer/explorer-data.ts';
import { h } from './dom.ts';

/** The as-of summary's groups as elements. */
const summaryNodes = (summary: AsOfSummary) =>
  asOfGroups(summary).map((group) =>
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

/** Returns the summary's renderer: it draws the summary of a view. */
export function summaryRenderer(root: HTMLElement, data: ExplorerData) {
  const answer = root.querySelector<HTMLElement>('[data-as-of-answer]');
  const fold = root.querySelector<HTMLElement>('[data-as-of-fold]');
  const leftOut = root.querySelector<HTMLElement>('[data-left-out]');
  const summaryDay = document.querySelector<HTMLElement>('[data-as-of-day]');
  const summaryGroups = document.querySelector<HTMLElement>('[data-as-of-groups]');
  return (view: ViewState) => {
    const { summary, leftOut: line } = viewSummary(data, view);
    if (summaryDay) summaryDay.textContent = formatDate(summary.day);
    if (answer) answer.textContent = asOfSentence(summary);
    if (fold) fold.textContent = asOfFold(summary);
    if (leftOut) {
      leftOut.textContent = line;
      leftOut.hidden = !line;
    }
    summaryGroups?.replaceChildren(...summaryNodes(summary));
  };
}
