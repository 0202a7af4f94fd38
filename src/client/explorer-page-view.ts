/**
 * Draws what of the explorer's state lies outside the timeline and the panel: the filter controls, the
 * notice, the as-of summary (explorer-summary-view.ts) and the table of events.
 */
import { eventShown, instrumentShown } from '../lib/explorer/explorer-filter.ts';
import type { ExplorerData } from '../lib/explorer/explorer-data.ts';
import type { ExplorerState } from '../lib/explorer/explorer-state.ts';
import type { ViewState } from '../lib/site/view-parameters.ts';
import { lazyRenderer } from './lazy-renderer.ts';
import { t } from '../lib/i18n/strings.ts';

/** Sets the form's controls to the view (never the date the reader is typing). */
export function renderControls(form: HTMLFormElement, view: ViewState, dataAsOf: string): void {
  const asOfInput = form.elements.namedItem('asof') as HTMLInputElement;
  if (document.activeElement !== asOfInput) asOfInput.value = view.asof ?? dataAsOf;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="instruments"]'))
    box.checked = instrumentShown(view, box.value);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="types"]'))
    box.checked = !view.types || (view.types as string[]).includes(box.value);
  (form.elements.namedItem('party') as HTMLSelectElement).value = view.party?.[0] ?? '';
}

/** What of a view the as-of summary shows, as one string: its day and the instruments its timeline draws. */
const summaryOf = ({ asof, instruments, party }: ViewState) => JSON.stringify([asof, instruments, party]);

/** Returns the renderer of everything but the timeline and the panel, each part drawn again only when what it shows changed. */
export function pageRenderer(root: HTMLElement, data: ExplorerData) {
  const form = root.querySelector<HTMLFormElement>('[data-explorer-controls]')!;
  const notice = root.querySelector<HTMLElement>('[data-notice]')!;
  // The build drew the summary of the data's own day; another day's comes with its code.
  const drawSummary = lazyRenderer(
    (view: ViewState) => summaryOf(view) !== summaryOf({}),
    async () => (await import('./explorer-summary-view.ts')).summaryRenderer(root, data),
  );
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.events-table tbody tr')];
  const count = document.querySelector<HTMLElement>('[data-event-count]');
  // The page as built shows the data's own day and every event.
  let drawn = { summary: summaryOf({}), filters: JSON.stringify([undefined, undefined, undefined]) };

  const renderTable = (view: ViewState) => {
    let shown = 0;
    for (const row of rows) {
      const event = { type: row.dataset.type!, partyIds: row.dataset.parties!.split(',') };
      row.hidden = !(instrumentShown(view, row.dataset.instrument!) && eventShown(view, event));
      if (!row.hidden) shown++;
    }
    if (count)
      count.textContent =
        shown === rows.length ? String(rows.length) : t('explorer.shownOf', { shown, total: rows.length });
  };

  return (state: ExplorerState) => {
    const { view } = state;
    renderControls(form, view, data.asOf);
    notice.hidden = !state.notice;
    notice.textContent = state.notice ?? '';
    // The summary and the table are drawn again only when they would show something else.
    const summary = summaryOf(view);
    const filters = JSON.stringify([view.instruments, view.types, view.party]);
    if (summary !== drawn.summary) void drawSummary(view);
    if (filters !== drawn.filters) renderTable(view);
    drawn = { summary, filters };
  };
}
