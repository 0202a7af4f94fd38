import { describe, expect, it } from 'vitest';
import { EVENT_TYPE_IDS, EVENT_TYPES } from '../../src/lib/model/event-types.ts';

describe('the event types table', () => {
  it("EVENT_TYPE_IDS runs from 'negotiations-opened' to 'terminated', in lifecycle order", () => {
    expect(EVENT_TYPE_IDS[0]).toBe('negotiations-opened');
    expect(EVENT_TYPE_IDS.at(-1)).toBe('terminated');
    expect(EVENT_TYPE_IDS.map((id) => EVENT_TYPES[id].order)).toEqual(EVENT_TYPE_IDS.map((_, n) => n));
  });

  it("EVENT_TYPES.signed is drawn '✍' and labelled 'Signed'; each glyph is one character, used once", () => {
    expect(EVENT_TYPES.signed).toMatchObject({ label: 'Signed', glyph: '✍', order: 3 });
    const glyphs = EVENT_TYPE_IDS.map((id) => EVENT_TYPES[id].glyph);
    for (const glyph of glyphs) expect([...glyph]).toHaveLength(1);
    expect(new Set(glyphs).size).toBe(glyphs.length);
  });
});
