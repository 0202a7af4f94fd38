/**
 * The explorer's first, small script: it reads the data the page embeds and the address, keeps the
 * two in step (as-of day, filters, open instrument and event, visible window), fills the side panel
 * and the as-of summary, and loads vis-timeline to take over from the static timeline when the reader
 * first reaches for it. It derives no fact: everything it shows was computed at build time.
 */
import { dateToTime, formatDate, timeToDay } from '../lib/dates.ts';
import { addressWindow, zoomWindow, ZOOM_KEYS, type TimeWindow } from '../lib/chart/chart-window.ts';
import { treatyEventPath } from '../lib/routes.ts';
import { legacyLookup } from '../lib/ids/event-addresses.ts';
import { eventShown, filtersChosen, instrumentShown } from '../lib/explorer/explorer-filter.ts';
import { asOfGroups, asOfSentence, asOfSummary } from '../lib/explorer/as-of-summary.ts';
import { panelView, withSelection, withoutSelection, type PanelView } from '../lib/explorer/panel-view.ts';
import type { EventTexts, ExplorerData } from '../lib/explorer/explorer-data.ts';
import { drawnAsServed } from '../lib/view-parameters.ts';
import {
  ignoredNotice,
  parseViewState,
  serializeViewState,
  type UrlContext,
  type ViewState,
} from '../lib/url-state.ts';
import { offerEmbed } from './embed-share.ts';
import { fetchJson } from './fetch-json.ts';
import { drawnSpan, shiftDrawing } from './shift-drawing.ts';
import type { ChartController, ChartData } from './chart-zoom.ts';
import type { TimelineController } from './explorer-timeline.ts';
import { t } from '../lib/i18n/strings.ts';

const root = document.querySelector<HTMLElement>('[data-explorer]');
const dataElement = document.getElementById('explorer-data');

/** Creates an element with text content only: no string from data or address ever becomes markup. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

if (root && dataElement) {
  const data = JSON.parse(dataElement.textContent ?? '{}') as ExplorerData;
  const context: UrlContext = {
    instrumentIds: data.instruments.map((i) => i.id),
    eventIds: Object.fromEntries(data.instruments.map((i) => [i.id, i.events.map((e) => e.anchor)])),
    legacyEvent: legacyLookup(data.legacy ?? {}, data.instruments),
    asOf: data.asOf,
    earliest: data.start,
  };
  const form = root.querySelector<HTMLFormElement>('[data-explorer-controls]')!;
  const notice = root.querySelector<HTMLElement>('[data-notice]')!;
  const panel = root.querySelector<HTMLElement>('[data-panel]')!;
  const summaryDay = document.querySelector<HTMLElement>('[data-as-of-day]');
  const summaryGroups = document.querySelector<HTMLElement>('[data-as-of-groups]');
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.events-table tbody tr')];
  const count = document.querySelector<HTMLElement>('[data-event-count]');
  let state: ViewState = {};
  /** Events of the open instrument picked together from one marker; not kept in the address (the window is). */
  let picked: number[] | undefined;
  let timeline: TimelineController | undefined;
  let texts: Promise<EventTexts> | undefined;
  const eventTexts = () => (texts ??= fetchJson<EventTexts>(root.dataset.eventTexts!));

  const readAddress = () => {
    const { state: parsed, ignored } = parseViewState(location.search, context);
    state = parsed;
    notice.hidden = ignored.length === 0;
    notice.textContent = ignoredNotice(ignored);
  };

  const writeAddress = (mode: 'push' | 'replace') => {
    const url = `${location.pathname}${serializeViewState(state)}`;
    if (url !== `${location.pathname}${location.search}`)
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  };

  const eventVisible = (instrument: string, type: string, parties: string[]) =>
    instrumentShown(state, instrument) && eventShown(state, { type, partyIds: parties });

  const asOfInput = form.elements.namedItem('asof') as HTMLInputElement;
  const answer = root.querySelector<HTMLElement>('[data-as-of-answer]');
  const renderControls = () => {
    // Never rewrite the date while the reader is typing it.
    if (document.activeElement !== asOfInput) asOfInput.value = state.asof ?? data.asOf;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="instruments"]'))
      box.checked = instrumentShown(state, box.value);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="types"]'))
      box.checked = !state.types || (state.types as string[]).includes(box.value);
    (form.elements.namedItem('party') as HTMLSelectElement).value = state.party?.[0] ?? '';
  };

  const renderSummary = () => {
    const day = state.asof ?? data.asOf;
    if (summaryDay) summaryDay.textContent = formatDate(day);
    if (answer) answer.textContent = asOfSentence(asOfSummary(data.instruments, day));
    summaryGroups?.replaceChildren(
      ...asOfGroups(asOfSummary(data.instruments, day)).map((group) =>
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
      ),
    );
  };

  const renderTable = () => {
    let shown = 0;
    for (const row of rows) {
      const visible = eventVisible(row.dataset.instrument!, row.dataset.type!, row.dataset.parties!.split(','));
      row.hidden = !visible;
      if (visible) shown++;
    }
    if (count)
      count.textContent =
        shown === rows.length ? String(rows.length) : t('explorer.shownOf', { shown, total: rows.length });
  };

  const renderPanel = () => {
    const view = panelView(data, state, picked);
    panel.hidden = !view;
    if (!view) return;
    panel.querySelector('[data-panel-title]')!.textContent = view.instrument.name;
    panel.querySelector('[data-panel-body]')!.replaceChildren(...panelBody(view));
  };

  /** The panel's elements: text only, as everywhere in this file. */
  const panelBody = ({ instrument, facts, event, picked: together, lifecycle }: PanelView): Node[] => {
    const nodes: Node[] = [
      h('dl', { class: 'facts' }, ...facts.flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value)])),
    ];
    if (event) {
      const sentence = h('span', {});
      const sources = h('ul', { class: 'sources', 'aria-busy': 'true' });
      nodes.push(
        h('h3', {}, event.heading),
        // Each state's name leads to its page, as party names do everywhere on the site.
        h(
          'p',
          {},
          ...event.parties.flatMap((party, n) => [
            ...(n > 0 ? [', '] : []),
            party.href ? h('a', { href: party.href }, party.name) : party.name,
          ]),
          '.',
          sentence,
        ),
        sources,
      );
      // The event's words and sources come with the page's texts, fetched when an event is first opened.
      eventTexts().then(
        (texts) => {
          const text = texts[instrument.id]?.[event.index];
          if (!text) throw new Error(`No text for ${instrument.id} event ${event.index}`);
          sentence.textContent = ` ${text.description}`;
          sources.replaceChildren(
            ...text.sources.map((s) =>
              h(
                'li',
                {},
                h('a', { href: s.url, rel: 'noopener external' }, `${s.publisher}: ${s.title}`),
                ...(s.dateText ? [h('span', { class: 'muted' }, ` (${s.dateText})`)] : []),
              ),
            ),
          );
          sources.removeAttribute('aria-busy');
        },
        () => {
          sources.replaceChildren(
            h(
              'li',
              {},
              h(
                'a',
                { href: treatyEventPath(instrument.id, instrument.events[event.index]!.anchor) },
                t('explorer.textsElsewhere'),
              ),
            ),
          );
          sources.removeAttribute('aria-busy');
        },
      );
    }
    if (together)
      nodes.push(
        h('h3', {}, together.heading),
        h(
          'ul',
          { class: 'picked' },
          ...together.events.map(({ index, line }) => {
            const open = h('button', { type: 'button', class: 'link-button' }, line);
            open.addEventListener('click', () => select(instrument.id, index));
            return h('li', {}, open);
          }),
        ),
      );
    nodes.push(h('p', {}, h('a', { href: lifecycle.href }, lifecycle.text)));
    return nodes;
  };

  const render = () => {
    renderControls();
    renderSummary();
    renderTable();
    renderPanel();
    renderTimeline();
  };

  form.addEventListener('change', (event) => {
    const asof = asOfInput.value;
    if (event.target === asOfInput) {
      // A date being typed passes through days like 0019-01-25: only a whole day within the data counts.
      const refused = !asof ? undefined : parseViewState(`asof=${asof}`, context).ignored[0];
      if (refused) {
        notice.hidden = false;
        notice.textContent = t('explorer.chooseDay', {
          from: formatDate(data.start),
          to: formatDate(data.asOf),
          value: asof,
          reason: t(refused.reason),
        });
        return;
      }
      notice.hidden = true;
      notice.textContent = '';
    }
    const picked = (name: string) =>
      [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)]
        .filter((b) => b.checked)
        .map((b) => b.value);
    const all = (name: string) => form.querySelectorAll(`input[name="${name}"]`).length;
    const instruments = picked('instruments');
    const types = picked('types');
    const party = (form.elements.namedItem('party') as HTMLSelectElement).value;
    const next = parseViewState(
      serializeViewState({
        ...state,
        asof: asof && asof !== data.asOf ? asof : undefined,
        ...filtersChosen({ instruments, types }, { instruments: all('instruments'), types: all('types') }, party),
      }),
      context,
    );
    state = next.state;
    // An empty selection is a valid choice (show nothing), which the address cannot carry; keep it here.
    if (instruments.length === 0) state.instruments = [];
    if (types.length === 0) state.types = [];
    writeAddress('replace');
    render();
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  /** What had focus when the panel opened, so that closing it returns there. */
  let opener: HTMLElement | undefined;
  const closePanel = () => {
    state = withoutSelection(state);
    picked = undefined;
    writeAddress('push');
    render();
    // vis-timeline redraws its lane and marker buttons: find the one that opened the panel by its name.
    const again = opener?.isConnected
      ? opener
      : [...root.querySelectorAll<HTMLElement>('.lane-button')].find(
          (b) => opener && b.textContent === opener.textContent && b.title === opener.title,
        );
    (again ?? root.querySelector<HTMLElement>('.vis-host, [data-static-timeline]'))?.focus();
  };
  panel.querySelector('[data-panel-close]')!.addEventListener('click', closePanel);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden && !document.querySelector('dialog[open]')) closePanel();
  });

  window.addEventListener('popstate', () => {
    picked = undefined;
    readAddress();
    render();
  });

  function select(instrument: string, event?: number, many?: number[]) {
    if (panel.hidden || !panel.contains(document.activeElement))
      opener =
        document.activeElement instanceof HTMLElement && document.activeElement !== document.body
          ? document.activeElement
          : undefined;
    picked = many;
    state = withSelection(
      state,
      data.instruments.find((i) => i.id === instrument)!,
      event,
    );
    writeAddress('push');
    render();
    // The panel is beside the timeline or a sheet over the screen's lower part: focusing it must not scroll the timeline away.
    panel.querySelector<HTMLElement>('[data-panel-title]')?.focus({ preventScroll: true });
  }

  offerEmbed(() => serializeViewState(state, 'embed'));

  const container = root.querySelector<HTMLElement>('[data-timeline]')!;
  const staticTimeline = root.querySelector<HTMLElement>('[data-static-timeline]')!;
  const detail = root.querySelector<HTMLElement>('[data-timeline-detail]');
  // Until vis-timeline comes, the static timeline is the one Tab stop it will be: its links wait for the keys.
  staticTimeline.tabIndex = 0;
  staticTimeline.setAttribute('role', 'region');
  staticTimeline.setAttribute('aria-label', t('explorer.timelineLabel'));
  for (const link of staticTimeline.querySelectorAll('a')) link.setAttribute('tabindex', '-1');
  /** Keys pressed while vis-timeline loads, handed to it once it has drawn. */
  const pending: KeyboardEventInit[] = [];
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  // First the static timeline's own zoom (some 7 KB gzip: the same layout function that drew it), so a
  // zoom or a pan is answered at once; then, a frame later, vis-timeline takes over at the same window.
  let still: ChartController | undefined;
  let stillLoading: Promise<void> | undefined;
  /** The static timeline's zoom and its lanes, fetched together (the lanes are not in the page). */
  let stillParts: Promise<[typeof import('./chart-zoom.ts'), ChartData]> | undefined;
  const fetchStill = () =>
    (stillParts ??= Promise.all([import('./chart-zoom.ts'), fetchJson<ChartData>(staticTimeline.dataset.chartInput!)]));
  /** The window the server's drawing was moved to show before the zoom's code came (src/client/shift-drawing.ts). */
  let shifted: TimeWindow | undefined;
  const windowShown = (shown?: { from: string; to: string }) => {
    state = { ...state, from: shown?.from, to: shown?.to };
    writeAddress('replace');
  };
  /** Whether the static timeline's zoom has drawn it again; until then the server's drawing shows. */
  let redrawn = false;
  /** Mounts the static timeline's zoom once, keeping the server's drawing until a zoom asks for another. */
  const zoomStill = (): Promise<void> =>
    (stillLoading ??= fetchStill()
      .then(([{ mountChart }, chart]) => {
        if (timeline) return;
        still = mountChart(
          staticTimeline,
          {},
          { data: chart, keyboard: false, deferred: true, windowChanged: windowShown },
        );
      })
      // Without its lanes (a failed fetch) the static timeline stays as drawn, and vis-timeline still comes.
      .catch(() => undefined));
  /** What of the state the static timeline draws: the window is its zoom's, the selection the panel's. */
  const drawn = ({ instruments, types, party, asof }: ViewState): ViewState => ({ instruments, types, party, asof });
  /** Whether a redraw of the static timeline is waiting for its code: one drawing serves every ask made meanwhile. */
  let redrawing = false;
  /**
   * Draws the static timeline again with the layout function, for the state as it is when its code has
   * come (filters, as-of day, window), once; after the next paint when a zoom has just moved it in place.
   */
  const redrawStill = (afterPaint: boolean) => {
    if (redrawing) return;
    redrawing = true;
    const redraw = () =>
      void zoomStill().then(() => {
        redrawing = false;
        if (!still || timeline) return;
        still.apply(drawn(state), addressWindow(state, [dateToTime(data.start), dateToTime(data.asOf)]));
        redrawn = true;
        // The room the page kept for every lane gives way to the lanes drawn: a filtered view has no empty space.
        container.style.minHeight = '0';
      });
    if (afterPaint) requestAnimationFrame(() => setTimeout(redraw));
    else redraw();
  };
  /** The timeline for the state: vis-timeline once it has come; until then the static one, drawn again when the server's drawing does not show the state. */
  function renderTimeline() {
    if (timeline) return timeline.apply(state);
    if (redrawn || !drawnAsServed(drawn(state))) redrawStill(false);
  }
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= zoomStill()
      .then(nextFrame)
      .then(() => import('./explorer-timeline.ts'))
      .then(async ({ mountTimeline, stylesReady }) => {
        await stylesReady;
        // A task of its own: the module's evaluation and the timeline's first draw do not block as one.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const hadFocus = container.contains(document.activeElement);
        timeline = mountTimeline(container, data, state, {
          select: (instrument, event) => select(instrument, event),
          selectMany: (instrument, events) => select(instrument, undefined, events),
          windowChanged: (from, to) => {
            state = { ...state, from, to };
            writeAddress('replace');
          },
          announce: (text) => {
            if (detail) detail.textContent = text;
          },
        });
        staticTimeline.hidden = true;
        const host = container.querySelector<HTMLElement>('.vis-host')!;
        if (hadFocus) host.focus();
        await timeline.settled;
        root.dataset.ready = 'true';
        performance.mark('explorer-ready'); // read by npm run bench
        for (const init of pending.splice(0))
          host.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true }));
      }));
  /** What a reader does in reaching for a control, before using it: a pointer over it, a touch, the focus. */
  const REACH = ['pointerenter', 'pointerdown', 'touchstart', 'focusin'];
  // vis-timeline (some 180 KB gzip) loads when the reader reaches for the timeline, not before: a
  // pointer over it, a touch, the focus, Ctrl + wheel, a key, a zoom button; or an address that names a window.
  for (const type of REACH) container.addEventListener(type, () => void load(), { once: true, passive: true });
  container.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey || event.metaKey) void load();
    },
    { passive: true },
  );
  container.addEventListener('keydown', (event) => {
    if (timeline || event.altKey || event.ctrlKey || event.metaKey || event.key === 'Tab') return;
    event.preventDefault();
    // A zoom key is answered at once, as the buttons are; vis-timeline opens at the window it leaves.
    const step = ZOOM_KEYS[event.key];
    if (step) zoomStatic(step === 'whole' ? 'fit' : step);
    else pending.push({ key: event.key, shiftKey: event.shiftKey });
    void load();
  });
  // A pointer or the focus on the zoom buttons fetches the static timeline's zoom before the click comes.
  const zoomButtons = root.querySelector('[data-zoom-buttons]');
  for (const type of REACH)
    zoomButtons?.addEventListener(type, () => void fetchStill().catch(() => undefined), { once: true, passive: true });
  /** A zoom step before vis-timeline has come: the static timeline answers it. */
  function zoomStatic(step: 'in' | 'out' | 'fit') {
    if (still && redrawn) return still.zoom(step === 'fit' ? 'reset' : step);
    // Until the layout function has drawn the timeline again, the server's drawing answers in the next
    // frame, moved in place; the layout function draws the same window in full once that frame is painted.
    const drawing = [...staticTimeline.querySelectorAll<SVGSVGElement>('svg.lifecycle-chart')].find(
      (svg) => svg.getBoundingClientRect().width > 0,
    );
    if (drawing) {
      const span = drawnSpan(drawing);
      const next = step === 'fit' ? span : zoomWindow(shifted ?? span, span, step === 'in' ? 2 : 0.5);
      shifted = next[0] <= span[0] && next[1] >= span[1] ? undefined : next;
      shiftDrawing(drawing, next);
      windowShown(shifted && { from: timeToDay(next[0]), to: timeToDay(next[1]) });
    }
    redrawStill(true);
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-zoom]'))
    button.addEventListener('click', () => {
      const step = button.dataset.zoom as 'in' | 'out' | 'fit';
      if (timeline) return timeline.zoom(step);
      zoomStatic(step);
      void load();
    });
  // The skip link leads to the timeline's container: the focus goes on to its one Tab stop.
  container.addEventListener('focus', () => container.querySelector<HTMLElement>('.vis-host')?.focus());
  readAddress();
  // An old instrument:index address opened the event it meant; the address now names it by its lasting id.
  const asked = new URLSearchParams(location.search);
  if (state.event && asked.get('event') !== state.event) {
    asked.set('event', state.event);
    history.replaceState(null, '', `${location.pathname}?${asked.toString().replaceAll('%2C', ',')}`);
  }
  // Without parameters the page shows what the build wrote: only the controls are set again (a browser
  // may have restored other values into them), the summary, the table and the timeline are not redone.
  if (location.search) render();
  else renderControls();
  if (state.from || state.to) void load();
}
