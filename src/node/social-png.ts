/**
 * Renders a social card's SVG (src/lib/pictures/social-card.ts) to PNG with resvg, in the fonts bundled
 * beside this file (DejaVu Sans, under the Bitstream Vera licence in LICENSE-DejaVu.txt), never the
 * machine's: the picture is the same wherever the site is built.
 */
import { Resvg } from '@resvg/resvg-js';
import { join } from 'node:path';
import { CARD_FONT } from '../lib/pictures/social-card.ts';

const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => join(process.cwd(), 'src/node/fonts', file));

/** The PNG of `svg`, at the size it declares. */
export function renderPng(svg: string): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: CARD_FONT },
  });
  return new Uint8Array(resvg.render().asPng());
}
