/**
 * The "what changed" form: lists the status changes between the two days the reader picks, with the
 * same function and markup as the build, and keeps the two days in the address (`compare=FROM,TO`,
 * one of the parameters in src/lib/site/view-parameters.ts), so a list can be shared. What it compares comes
 * from /data/compare.json, fetched once when the reader first reaches for the form.
 */
import { changesHeading, changesMarkup } from '../lib/compare/changes-markup.ts';
import { compareInputFor, statusChanges, type ComparedInstrument } from '../lib/compare/status-changes.ts';
import { t } from '../lib/i18n/strings.ts';
import type { PartyId } from '../lib/model/parties.ts';
import { VIEW_PARAMETERS } from '../lib/site/view-parameters.ts';
import { fetchJson } from './fetch-json.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The whole site's pruned instruments, fetched once for every form of the page. */
let site: Promise<ComparedInstrument[]> | undefined;

for (const section of document.querySelectorAll<HTMLElement>('[data-status-compare]')) {
  const source = section.dataset.compareSrc!;
  site ??= fetchJson<ComparedInstrument[]>(source);
  const party = section.dataset.compareParty as PartyId | undefined;
  const ready = site.then((all) => compareInputFor(all, (section.dataset.compareInstruments ?? '').split(' '), party));
  const form = section.querySelector<HTMLFormElement>('[data-compare-form]');
  const list = section.querySelector<HTMLElement>('[data-compare-list]');
  const heading = section.querySelector<HTMLElement>('[data-compare-heading]');
  const fromInput = form?.elements.namedItem('from') as HTMLInputElement | null;
  const toInput = form?.elements.namedItem('to') as HTMLInputElement | null;
  const show = (from: string, to: string) => {
    if (!DAY.test(from) || !DAY.test(to) || !list) return false;
    const [first, last] = from <= to ? [from, to] : [to, from];
    void ready.then(
      (input) => {
        // Built by src/lib/site/markup.ts, which escapes every value.
        list.innerHTML = changesMarkup(
          statusChanges(input, first, last, party ? [party] : undefined),
          first,
          last,
        ).html;
        if (heading) heading.textContent = changesHeading(first, last);
      },
      () => {
        list.textContent = t('compare.unavailable');
      },
    );
    return true;
  };
  if (form) form.dataset.ready = 'true';
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const from = fromInput?.value ?? '';
    const to = toInput?.value ?? '';
    if (!show(from, to)) return;
    const params = new URLSearchParams(location.search);
    params.set('compare', [from, to].sort().join(','));
    history.replaceState(null, '', `${location.pathname}?${params.toString().replaceAll('%2C', ',')}${location.hash}`);
    // A page that keeps its own state of the address (the explorer's) learns the two days from this.
    document.dispatchEvent(new CustomEvent('view-compare', { detail: params.get('compare') }));
  });
  // A shared address opens with its two days.
  const asked = new URLSearchParams(location.search).get('compare');
  const parsed =
    asked === null
      ? undefined
      : VIEW_PARAMETERS.compare.parse(asked, {
          instrumentIds: [],
          eventIds: {},
          asOf: toInput?.max || '9999-12-31',
        });
  if (parsed?.ok && fromInput && toInput) {
    [fromInput.value, toInput.value] = parsed.value.split(',') as [string, string];
    show(fromInput.value, toInput.value);
  }
}
