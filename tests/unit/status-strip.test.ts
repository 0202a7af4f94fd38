import { describe, expect, it } from 'vitest';
import { STRIP, statusStrip } from '../../src/lib/chart/status-strip.ts';
import { dateToTime } from '../../src/lib/model/dates.ts';
import { event, model } from './hand-made.ts';

const span: [number, number] = [dateToTime('2000'), dateToTime('2020')];

describe('statusStrip(model, asOf, span)', () => {
  it('statusStrip draws each status of the whole as a rect on the shared span, and names the periods', () => {
    const m = model(
      'ex',
      [event('2000', 'signed', ['US', 'RU']), event('2010', 'entered-into-force', ['all-parties'])],
      '2020-01-01',
    );
    expect(STRIP).toEqual({ width: 240, height: 12 });
    // 2010 lies 3,653 of the span's 7,305 days in: 120.0 px of 240.
    expect(statusStrip(m, '2020-01-01', span).html).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 12" class="status-strip" role="img" aria-label="Examples: not in force from 2000 to 2010; in force from 2010">' +
        '<rect x="0" y="0" width="240" height="12" class="strip-track"></rect>' +
        '<rect x="0" y="0" width="120" height="12" class="bar-fill status-not-in-force"></rect>' +
        '<rect x="120" y="0" width="120" height="12" class="bar-fill status-in-force"></rect>' +
        '</svg>',
    );
  });

  it('statusStrip ends an open status at the as-of day, and draws a status of a day at least 1 px wide', () => {
    const m = model(
      'ex',
      [event('2000', 'signed', ['US', 'RU']), event('2010', 'entered-into-force', ['all-parties'])],
      '2010-01-02',
    );
    const html = statusStrip(m, '2010-01-02', span).html;
    expect(html).toContain('<rect x="120" y="0" width="1" height="12" class="bar-fill status-in-force"></rect>');
  });

  it('statusStrip draws an expiry from the next day, and names it on its own day', () => {
    const events = [event('2000', 'signed', ['US', 'RU']), event('2000-12-31', 'expired', ['all-parties'])];
    const html = statusStrip(model('ex', events, '2020-01-01'), '2020-01-01', span).html;
    expect(html).toContain(
      'aria-label="Examples: not in force from 2000 to 31 December 2000; expired from 31 December 2000"',
    );
    // 2001-01-01 lies 366 of the span's 7,305 days in: 12.0 px of 240.
    expect(html).toContain('<rect x="12" y="0" width="228" height="12" class="bar-fill status-expired"></rect>');
  });

  it("statusStrip(instrument with no status of its own) says 'no status yet' and draws only the track", () => {
    const m = model('ex', [event('2000', 'statement', ['RU'])], '2020-01-01');
    const html = statusStrip(m, '2020-01-01', span).html;
    expect(html).toContain('aria-label="Examples: no status yet"');
    expect(html.match(/<rect /g)).toHaveLength(1);
  });
});

describe('statusStrip(model, asOf, span) and "not signed"', () => {
  it('statusStrip leaves out a "not signed" interval of the whole, in the drawing and in words', () => {
    // A statement for all parties before any signature gives the whole a "not signed" interval.
    const m = model('ex', [event('2000', 'statement', ['all-parties']), event('2010', 'signed', ['US'])], '2020-01-01');
    expect(m.lifecycle.lanes[0]!.intervals.map((i) => i.status)).toEqual(['not-signed', 'not-in-force']);
    const html = statusStrip(m, '2020-01-01', span).html;
    expect(html.match(/class="bar-fill status-[^"]+"/g)).toEqual(['class="bar-fill status-not-in-force"']);
    expect(html).toContain('aria-label="Examples: not in force from 2010"');
  });
});
