/**
 * Renders a social card's SVG (src/lib/pictures/social-card.ts), or a chart's picture, to PNG with resvg, in the fonts bundled
 * beside this file (DejaVu Sans, under the Bitstream Vera licence in LICENSE-DejaVu.txt), never the
 * machine's: the picture is the same wherever the site is built.
 */
import { Resvg } from '@resvg/resvg-js';
import { join } from 'node:path';
import { CARD_FONT } from '../lib/pictures/social-card.ts';

const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => join(process.cwd(), 'src/node/fonts', file));

/** The PNG of `svg`, at the size it declares, or scaled to `width` px wide. */
export function renderPng(svg: string, width?: number): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: CARD_FONT },
    fitTo: width === undefined ? { mode: 'original' } : { mode: 'width', value: width },
  });
  return new Uint8Array(resvg.render().asPng());
}

/** A picture (src/lib/pictures/chart-picture.ts) as the file its address names: the SVG as it is, or its PNG. */
export function pictureResponse(svg: string, format: 'svg' | 'png', pngWidth: number): Response {
  return format === 'svg'
    ? new Response(svg, { headers: { 'content-type': 'image/svg+xml' } })
    : new Response(renderPng(svg, pngWidth), { headers: { 'content-type': 'image/png' } });
}

/** The names under which the build times its pictures on the process's performance timeline (scripts/bench/build-once.ts reads them). */
export const PICTURE_MEASURES = { socialCard: 'social-card', chartPicture: 'chart-picture' } as const;

/** `make()`, timed on the process's performance timeline under `name`, so that npm run bench can say what the pictures add to a build. */
export function measured<T>(name: string, make: () => T): T {
  const start = performance.now();
  try {
    return make();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}
