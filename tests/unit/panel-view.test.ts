import { describe, expect, it } from 'vitest';
import { explorerData } from '../../src/lib/explorer/explorer-data.ts';
import { withSelection } from '../../src/lib/explorer/explorer-state.ts';
import { openEvent, panelView } from '../../src/lib/explorer/panel-view.ts';
import { PACT_AND_ACCORD } from './hand-made.ts';

describe('the explorer’s side panel', () => {
  const data = explorerData(PACT_AND_ACCORD, '2020-01-01');
  const pact = data.instruments[0]!;

  it('openEvent is the index of an event of that instrument only, never one of another or past its last', () => {
    expect(openEvent({ event: pact.events[2]!.anchor }, pact)).toBe(2);
    expect(openEvent({ event: pact.events[0]!.anchor }, pact)).toBe(0);
    expect(openEvent({ event: data.instruments[1]!.events[0]!.anchor }, pact)).toBeUndefined();
    expect(openEvent({ event: 'pact:0' }, pact)).toBeUndefined();
    expect(openEvent({}, pact)).toBeUndefined();
  });

  it('panelView is undefined without an open instrument of the page', () => {
    expect(panelView(data, {})).toBeUndefined();
    expect(panelView(data, { instrument: 'elsewhere' })).toBeUndefined();
  });

  it('panelView gives the status on the view’s own day first, then the key dates, and the way to the whole lifecycle', () => {
    const now = panelView(data, { instrument: 'pact' })!;
    const then = panelView(data, { instrument: 'pact', asof: '2002-01-01' })!;
    expect(now.facts[0]![0]).toBe('Status on 1 January 2020');
    expect(then.facts[0]![0]).toBe('Status on 1 January 2002');
    // The instrument's headline that day, as its treaty page would say it.
    expect(now.facts[0]![1]).toBe(
      'Never entered into force; United States: signed, not ratified (since 1 May 2001); Russia: suspended (since 1 February 2003)',
    );
    expect(then.facts[0]![1]).toBe(
      'Never entered into force; United States and Russia: signed, not ratified (since 1 May 2001)',
    );
    expect(now.facts.slice(1)).toEqual(pact.keyDates);
    expect(now.lifecycle).toEqual({ href: pact.href, text: 'The whole lifecycle: Pact' });
    expect(now.event).toBeUndefined();
    expect(now.picked).toBeUndefined();
  });

  it('panelView heads the open event with its day and type, and links each state to its page', () => {
    const view = panelView(data, withSelection({}, pact, 0))!;
    expect(view.event?.index).toBe(0);
    expect(view.event?.heading).toBe(`${pact.events[0]!.dateText}: ${pact.events[0]!.typeLabel}`);
    expect(view.event?.parties.map((p) => p.name)).toEqual(pact.events[0]!.parties);
    expect(view.event?.parties.every((p) => p.href?.startsWith('/parties/'))).toBe(true);
  });

  it('panelView lists events picked together from one marker, counted in words, unless one event is open', () => {
    const view = panelView(data, { instrument: 'pact' }, [0, 2])!;
    expect(view.picked?.heading).toBe('2 events at this point of the timeline');
    expect(view.picked?.events.map((e) => e.index)).toEqual([0, 2]);
    expect(view.picked?.events[0]!.line).toContain(pact.events[0]!.dateText);
    expect(panelView(data, { instrument: 'pact' }, [2])?.picked?.heading).toBe('1 event at this point of the timeline');
    expect(panelView(data, withSelection({}, pact, 1), [0, 2])?.picked).toBeUndefined();
  });
});
