import { describe, expect, it } from 'vitest';
import { compareView } from '../../src/lib/compare/compare-view.ts';
import { compareInput } from '../../src/lib/compare/status-changes.ts';
import { BILATERAL, event, model } from './hand-made.ts';

const AS_OF = '2026-01-01';
const bilateral = model('ex', BILATERAL, AS_OF);
const other = model('ot', [event('1995-03', 'signed', ['FR']), event('2001', 'ratified', ['FR'])], AS_OF, {
  shortName: 'Other',
});

describe('compareView(models, party, asOf, since)', () => {
  it("compareView(models, 'RU', asOf) spans from the day before Russia's first event to the as-of day", () => {
    const view = compareView([bilateral, other], 'RU', AS_OF);
    expect([view.from, view.to, view.min, view.max]).toEqual(['1991-12-24', AS_OF, '1991-12-24', AS_OF]);
    expect(view.heading).toBe('What changed between 24 December 1991 and 1 January 2026');
    expect(view.instruments).toEqual(compareInput([bilateral, other], 'RU').map((i) => i.id));
    expect(view.instruments).toEqual(['ex']);
  });

  it("compareView(models, 'RU', asOf) lists only Russia's changes", () => {
    const { html } = compareView([bilateral, other], 'RU', AS_OF);
    expect(html.match(/<li><p>[^<]*<\/p>/g)).toEqual([
      '<li><p>Examples — Russia: not signed → withdrawn (succession 25 December 1991, entered into force 9 November 1992, suspended 12 December 2007, withdrawn 7 November 2023)</p>',
    ]);
  });

  it("compareView(models, 'SU', asOf) counts the succession that names the Soviet Union as its predecessor", () => {
    // The Soviet Union's own first event is the signature of 19 November 1990.
    expect(compareView([bilateral], 'SU', AS_OF).from).toBe('1990-11-18');
  });

  it('compareView(models, undefined, asOf, since) starts the list at `since` when it is later, keeping the earliest day as the minimum', () => {
    const view = compareView([bilateral, other], undefined, AS_OF, '2000-01-01');
    expect([view.from, view.min, view.to]).toEqual(['2000-01-01', '1990-11-18', AS_OF]);
    expect(view.instruments).toEqual(['ex', 'ot']);
    expect(view.html.match(/<li><p>[^<]*<\/p>/g)).toEqual([
      '<li><p>Other — France: signed, not ratified → ratified, not in force (ratified 2001)</p>',
      '<li><p>Examples — Russia: in force → withdrawn (suspended 12 December 2007, withdrawn 7 November 2023)</p>',
    ]);
  });

  it('compareView(models, undefined, asOf, since) ignores a `since` before the first event', () => {
    expect(compareView([other], undefined, AS_OF, '1900-01-01').from).toBe('1995-02-28');
  });

  it('compareView(models, party without events, asOf) spans only the as-of day, and says nothing changed', () => {
    const view = compareView([bilateral], 'FR', AS_OF);
    expect([view.from, view.to, view.min]).toEqual([AS_OF, AS_OF, AS_OF]);
    expect(view.html).toBe('<p>No status changed between 1 January 2026 and 1 January 2026.</p>');
    expect(view.instruments).toEqual([]);
  });
});

describe('compareView(models, undefined, asOf) and the earliest day', () => {
  it('compareView takes the earliest event of any instrument, whatever their order', () => {
    expect(compareView([other, bilateral], undefined, AS_OF).min).toBe('1990-11-18');
  });

  it('compareView without a party counts every event, a succession naming a predecessor included', () => {
    const succession = model(
      'sc',
      [event('1989', 'succeeded', ['RU'], { predecessor: 'SU' }), event('1995', 'signed', ['US'])],
      AS_OF,
    );
    expect(compareView([succession], undefined, AS_OF).min).toBe('1988-12-31');
  });
});
