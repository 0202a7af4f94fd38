/**
 * The header's search: Pagefind's index of this edition, with a small panel of our own (its default
 * UI would bring its own styles, which the page's policy does not allow). Results are links; the arrow
 * keys move through them and back to the box, Enter follows one, Escape closes the panel, and a live
 * region says how many there are.
 */
import { t, tn } from '../lib/i18n/strings.ts';
import { mergeResults, nextFocus, searchResultView, type PagefindResultData } from '../lib/search/search-result.ts';

/** The part of Pagefind's browser API the panel uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string | { any: string[] }> },
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Results drawn at once: a screen's worth; a longer list is narrowed by words or filters. */
const SHOWN = 10;
/** Keystrokes closer than this make one search. */
const DEBOUNCE_MS = 120;

/** The matching words of a page, from Pagefind's escaped HTML, built as text and `<mark>` elements (never as HTML). */
function excerptNodes(html: string): Node[] {
  const decode = document.createElement('textarea');
  return html.split(/<\/?mark>/).map((part, n) => {
    decode.innerHTML = part;
    if (n % 2 === 0) return document.createTextNode(decode.value);
    const mark = document.createElement('mark');
    mark.textContent = decode.value;
    return mark;
  });
}

/** Wires the search in `root` (SiteSearch.astro) to its box `input`, loading Pagefind from the index folder. */
export async function mountSearch(root: HTMLElement, input: HTMLInputElement): Promise<void> {
  const panel = root.querySelector<HTMLElement>('[data-search-panel]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const count = root.querySelector<HTMLElement>('[data-search-count]')!;
  const filtersBox = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];

  const say = (text: string) => {
    status.textContent = text;
    count.textContent = text;
  };
  const open = (shown: boolean) => {
    panel.hidden = !shown;
  };

  let pagefind: Pagefind;
  try {
    // A path the bundler must leave alone: the index is written after the bundle, by the build's last step.
    const url = root.dataset.index! + 'pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // On the page's own thread, not in Pagefind's worker: the worker keeps every result's data until the
    // page lets go of the result, then is sent one message per result to free it; after a few searches of a
    // common word (5,000 results at 1,000 instruments) that flood held the next answer back 1–3 s.
    // Here a search costs tens of milliseconds at that size, and a few at the site's own (npm run bench).
    await pagefind.options({ excerptLength: 16, noWorker: true });
    await pagefind.init();
  } catch {
    open(true);
    say(t('search.unavailable'));
    return;
  }

  const filters = () =>
    Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.searchFilter!, s.value]));

  let asked = 0;
  const run = async () => {
    const query = input.value.trim();
    const chosen = filters();
    const ask = ++asked;
    if (!query && Object.keys(chosen).length === 0) {
      list.replaceChildren();
      say('');
      open(filtersBox.open);
      return;
    }
    // The pages apart too, so that a page's score can count for more (see PAGE_BOOST).
    const [pages, all] = await Promise.all([
      pagefind.search(query || null, { filters: { ...chosen, kind: { any: ['treaty', 'state'] } } }),
      pagefind.search(query || null, { filters: chosen }),
    ]);
    if (!pages || !all || ask !== asked) return; // a newer search has started
    const found = mergeResults(pages.results, all.results);
    const views = (await Promise.all(found.slice(0, SHOWN).map((r) => r.data()))).map(searchResultView);
    if (ask !== asked) return;
    list.replaceChildren(
      ...views.map((view) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = view.href;
        link.textContent = view.title;
        const detail = document.createElement('span');
        detail.className = 'muted';
        detail.textContent = view.detail;
        const words = document.createElement('span');
        words.className = 'search-words';
        if (view.excerpt !== undefined) words.append(...excerptNodes(view.excerpt));
        else words.textContent = view.description ?? '';
        item.append(link, detail, words);
        return item;
      }),
    );
    say(found.length ? tn('search.results', found.length) : t('search.none', { query }));
    open(true);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const move = (event: KeyboardEvent, current: number) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      open(false);
      input.focus();
      return;
    }
    const all = links();
    if (event.key === 'Enter' && current === -1 && all[0]) {
      event.preventDefault();
      all[0].click();
      return;
    }
    const next = nextFocus(event.key, current, all.length);
    if (next === undefined) return;
    event.preventDefault();
    if (panel.hidden) open(true);
    (next < 0 ? input : all[next]!).focus();
  };

  input.addEventListener('input', soon);
  input.addEventListener('keydown', (event) => move(event, -1));
  input.addEventListener('focus', () => {
    if (list.childElementCount || filtersBox.open) open(true);
  });
  list.addEventListener('keydown', (event) => {
    const at = links().indexOf(event.target as HTMLAnchorElement);
    if (at >= 0) move(event, at);
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !list.contains(event.target as Node)) move(event, -2);
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) open(false);
  });
  for (const select of selects) select.addEventListener('change', () => void run());
  // The filters' values come from the index, fetched when the reader first opens them.
  const fillFilters = async () => {
    const values = await pagefind.filters();
    for (const select of selects)
      select.append(
        ...Object.keys(values[select.dataset.searchFilter!] ?? {})
          .sort((a, b) => a.localeCompare(b))
          .map((value) => new Option(value, value)),
      );
  };
  filtersBox.addEventListener('toggle', () => void fillFilters(), { once: true });
  if (input.value.trim()) await run();
}
