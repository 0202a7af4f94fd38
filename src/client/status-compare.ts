/** The "what changed" form: lists the status changes between the two days the reader picks, with the same function and markup as the build. */
import { changesHeading, changesMarkup } from '../lib/compare/changes-markup.ts';
import { statusChanges, type ComparedInstrument } from '../lib/compare/status-changes.ts';
import type { PartyId } from '../lib/parties.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

for (const section of document.querySelectorAll<HTMLElement>('[data-status-compare]')) {
  const { input, party } = JSON.parse(section.querySelector('[data-compare-input]')?.textContent ?? '{}') as { input: ComparedInstrument[]; party?: PartyId };
  const form = section.querySelector<HTMLFormElement>('[data-compare-form]');
  const list = section.querySelector<HTMLElement>('[data-compare-list]');
  const heading = section.querySelector<HTMLElement>('[data-compare-heading]');
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const from = String(data.get('from') ?? '');
    const to = String(data.get('to') ?? '');
    if (!DAY.test(from) || !DAY.test(to) || !list) return;
    const [first, last] = from <= to ? [from, to] : [to, from];
    // Built by src/lib/markup.ts, which escapes every value.
    list.innerHTML = changesMarkup(statusChanges(input, first, last, party ? [party] : undefined), first, last).html;
    if (heading) heading.textContent = changesHeading(first, last);
  });
}
