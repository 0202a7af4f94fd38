/** The faults mutation testing brought to light, and the helpers the review put in one place. */
import { describe, expect, it } from 'vitest';
import { lifecycleInput } from '../../src/lib/chart/chart-lanes.ts';
import { zoomWindow } from '../../src/lib/chart/chart-window.ts';
import { DAY_MS } from '../../src/lib/model/dates.ts';
import { intlText } from '../../src/lib/i18n/strings.ts';
import { intervalAt } from '../../src/lib/model/lifecycle.ts';
import { partyPage } from '../../src/lib/party/party-page.ts';
import { event, model } from './hand-made.ts';

describe('faults found by mutation testing', () => {
  it('zoomWindow(window, span, 2, -1) zooms about the left edge, as an anchor over the lane labels should', () => {
    const span = [0, 1000 * DAY_MS] as const;
    expect(zoomWindow(span, span, 2, -1)).toEqual([0, 500 * DAY_MS]);
    expect(zoomWindow(span, span, 2, 2)).toEqual([500 * DAY_MS, 1000 * DAY_MS]);
  });

  it('lifecycleInput(one event).summary says "1 event", not "1 events"', () => {
    const one = model('one', [event('2000-01-01', 'adopted', ['all-parties'])], '2001-01-01', { kind: 'political' });
    expect(lifecycleInput(one, '2001-01-01').summary).toContain(', 1 event, as of');
  });

  it('partyPage\'s in-force column says "In effect" for a politically binding document, as its status does', () => {
    const political = model(
      'doc',
      [event('2000-01-01', 'adopted', ['all-parties']), event('2000-06-01', 'statement', ['RU'])],
      '2001-01-01',
      { kind: 'political' },
    );
    const [row] = partyPage([political], 'RU', '2001-01-01', new Set(['RU'])).instruments;
    expect(row!.statusLabel).toBe('In effect');
    expect(row!.inForce).toMatch(/^In effect /);
  });
});

describe('intervalAt and intlText', () => {
  it('intervalAt(intervals, day) is the last interval begun by that day, undefined before the first', () => {
    const intervals = [
      { status: 'signed', from: '1990' },
      { status: 'suspended', from: '2007-12-12' },
    ] as const;
    expect(intervalAt(intervals, '1989-12-31')).toBeUndefined();
    expect(intervalAt(intervals, '2007-12-11')).toBe(intervals[0]);
    expect(intervalAt(intervals, '2007-12-12')).toBe(intervals[1]);
  });

  it('intlText(text) leaves Intl words as they are in English', () => {
    expect(intlText('Sept 1991')).toBe('Sept 1991');
  });
});
