/**
 * Draws the explorer's side panel for a state (src/lib/explorer/panel-view.ts says what it holds): text
 * only, as everywhere in the explorer. The event's words and sources come with the page's texts,
 * fetched when an event is first opened.
 */
import { treatyEventPath } from '../lib/site/routes.ts';
import { panelView, type PanelView } from '../lib/explorer/panel-view.ts';
import type { EventTexts, ExplorerData } from '../lib/explorer/explorer-data.ts';
import type { ExplorerState } from '../lib/explorer/explorer-state.ts';
import { sourceMarkup } from '../lib/site/source-markup.ts';
import { fetchJson } from './fetch-json.ts';
import { h } from './dom.ts';
import { te } from '../lib/i18n/explorer-strings.ts';

/** What the panel needs of the page: the texts' address, and what choosing one of several picked events does. */
export interface PanelHooks {
  texts: string;
  choose(instrument: string, event: number): void;
}

/** Fills the event's sentence and sources once the page's texts have come, or leads to its page when they cannot. */
function fillEvent(
  texts: Promise<EventTexts>,
  { instrument, event }: Required<Pick<PanelView, 'instrument' | 'event'>>,
) {
  const sentence = h('span', {});
  const sources = h('ul', { class: 'sources', 'aria-busy': 'true' });
  texts.then(
    (all) => {
      const text = all[instrument.id]?.[event.index];
      if (!text) throw new Error(`No text for ${instrument.id} event ${event.index}`);
      sentence.textContent = ` ${text.description}`;
      sources.replaceChildren(
        ...text.sources.map((s) => {
          const item = h('li', {});
          // Escaped markup from the one source line every list shows (src/lib/site/source-markup.ts).
          item.innerHTML = sourceMarkup(s).html;
          return item;
        }),
      );
      sources.removeAttribute('aria-busy');
    },
    () => {
      const href = treatyEventPath(instrument.id, instrument.events[event.index]!.anchor);
      sources.replaceChildren(h('li', {}, h('a', { href }, te('explorer.textsElsewhere'))));
      sources.removeAttribute('aria-busy');
    },
  );
  return { sentence, sources };
}

/** The panel's elements for a view. */
function panelBody(view: PanelView, texts: () => Promise<EventTexts>, hooks: PanelHooks): Node[] {
  const { instrument, facts, event, picked, lifecycle } = view;
  // What the reader opened comes first (on a phone the sheet shows little more); the instrument's facts follow.
  const nodes: Node[] = [];
  if (event) {
    const { sentence, sources } = fillEvent(texts(), { instrument, event });
    // Each state's name leads to its page, as party names do everywhere on the site.
    const parties = event.parties.flatMap((party, n) => [
      ...(n > 0 ? [', '] : []),
      party.href ? h('a', { href: party.href }, party.name) : party.name,
    ]);
    nodes.push(h('h3', {}, event.heading), h('p', {}, ...parties, '.', sentence), sources);
  }
  if (picked) {
    const items = picked.events.map(({ index, line }) => {
      const open = h('button', { type: 'button', class: 'link-button' }, line);
      open.addEventListener('click', () => hooks.choose(instrument.id, index));
      return h('li', {}, open);
    });
    nodes.push(h('h3', {}, picked.heading), h('ul', { class: 'picked' }, ...items));
  }
  if (instrument.name !== instrument.shortName) nodes.push(h('p', { class: 'muted' }, instrument.name));
  nodes.push(
    h('dl', { class: 'facts' }, ...facts.flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value)])),
    h('p', {}, h('a', { href: lifecycle.href }, lifecycle.text)),
  );
  return nodes;
}

/** Returns the panel's renderer: it draws the panel again only when what it shows changed. */
export function panelRenderer(panel: HTMLElement, data: ExplorerData, hooks: PanelHooks) {
  let texts: Promise<EventTexts> | undefined;
  const eventTexts = () => (texts ??= fetchJson<EventTexts>(hooks.texts));
  let shown = '';
  return (state: ExplorerState) => {
    const { instrument, event, asof } = state.view;
    const key = JSON.stringify([instrument, event, asof, state.picked]);
    if (key === shown) return;
    shown = key;
    const view = panelView(data, state.view, state.picked);
    panel.hidden = !view;
    if (!view) return;
    // Its short name: the official one, up to eight lines on a phone, follows what was opened.
    panel.querySelector('[data-panel-title]')!.textContent = view.instrument.shortName;
    panel.querySelector('[data-panel-body]')!.replaceChildren(...panelBody(view, eventTexts, hooks));
  };
}
