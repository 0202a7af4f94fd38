import type { APIRoute } from 'astro';
import {
  HEIGHT_MESSAGE_TYPE,
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  readHeightMessage,
} from '../lib/embed/height-messages.ts';
import { resizeEmbeds } from '../client/embed-parent.ts';

/** The parent-page script: no dependencies, resizes our iframes to their content. */
export const GET: APIRoute = () =>
  new Response(
    `/* Arms Control Timeline embed resizer: resizes iframes marked data-act-embed to the height their content ` +
      `reports, between ${MIN_EMBED_HEIGHT} and ${MAX_EMBED_HEIGHT} px. */\n(${resizeEmbeds.toString()})(window, ` +
      `${JSON.stringify(HEIGHT_MESSAGE_TYPE)}, ${MIN_EMBED_HEIGHT}, ${MAX_EMBED_HEIGHT}, ` +
      `${readHeightMessage.toString()});\n`,
    { headers: { 'content-type': 'text/javascript; charset=utf-8' } },
  );
