import { describe, expect, it } from 'vitest';
import { cardAlt, partySocialCard, siteSocialCard, treatySocialCard } from '../../src/lib/pictures/page-cards.ts';
import { CARD_SIZE, socialCardSvg } from '../../src/lib/pictures/social-card.ts';
import { wrapText } from '../../src/lib/pictures/wrap-text.ts';
import { renderPng } from '../../src/node/social-png.ts';
import { AS_OF, contentInstruments, contentModel } from './content-model.ts';

const SITE = new URL('https://example.org/');
const CONTEXT = { asOf: AS_OF, version: '2026-11-22-abcdef0' };
const models = contentInstruments.map((i) => contentModel(i.id));

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};
/** The text of every <text> element, in order. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('socialCardSvg(card) and renderPng(svg)', () => {
  const card = treatySocialCard(contentModel('cfe'), SITE, CONTEXT);
  const svg = socialCardSvg(card);

  it("a treaty's card says its name, its status on the day, the data version and its address", () => {
    const words = texts(svg).join(' ');
    expect(words).toContain('CFE Treaty');
    expect(words).toContain('Status on 22 November 2026: In force for 4 of the 30 states drawn here');
    expect(words).toContain('data version 2026-11-22-abcdef0, as of 22 November 2026');
    expect(words).toContain('https://example.org/treaties/cfe/ · CC BY 4.0');
    // Every colour it draws is named in words.
    expect(words).toContain('Suspended, or suspension notified');
  });

  it('the card is an SVG of 1,200 × 630 whose text is escaped, and renders to a PNG of that size under 100 KB', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    const hostile = socialCardSvg({ ...card, title: '<script>alert(1)</script>' });
    expect(hostile).not.toContain('<script>');
    const png = renderPng(svg);
    expect(pngSize(png)).toEqual(CARD_SIZE);
    expect(png.byteLength).toBeLessThan(100_000);
  });

  it("a state's card and the site's card draw a row for each instrument, and name what they show in their alt text", () => {
    const russia = partySocialCard(models, 'RU', new Set(['RU']), SITE, CONTEXT);
    expect(russia.lanes.length).toBe(models.filter((m) => m.lifecycle.lanes.some((l) => l.party === 'RU')).length);
    expect(cardAlt(russia)).toMatch(/^Chart of Russia: arms-control instruments: Russia in \d+ of the 18 /);
    expect(siteSocialCard(models, SITE, CONTEXT).lanes).toHaveLength(models.length);
  });
});

describe('wrapText(text, size, width, max)', () => {
  it('wrapText breaks between words, and cuts the last line it may use with an ellipsis', () => {
    expect(wrapText('one two three', 10, 60, 3)).toEqual(['one two', 'three']);
    expect(wrapText('one two three four five six', 10, 60, 2)).toEqual(['one two', 'three…']);
  });
});
