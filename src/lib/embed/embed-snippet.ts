import { escape } from '../site/markup.ts';

/** Default height of an embed, px, before it reports its own. */
export const EMBED_HEIGHT = 520;

/** What an embed code needs: the embed's address and a title for screen readers. */
export interface EmbedTarget {
  /** Absolute address of the embed page, with its query. */
  src: string;
  /** Accessible title of the frame. */
  title: string;
  /** Starting height in px (the script corrects it; the script-free snippet keeps it). */
  height: number;
  /** Absolute address of the parent script, /embed.js. */
  script: string;
}

/** The embed code with the resizing script: the frame grows and shrinks to its content. */
export function scriptSnippet({ src, title, height, script }: EmbedTarget): string {
  return (
    `<iframe src="${escape(src)}" title="${escape(title)}" data-act-embed width="100%" height="${height}" ` +
    `style="width:100%;border:0" loading="lazy"></iframe>\n<script src="${escape(script)}" async></script>`
  );
}

/** The embed code for sites that forbid third-party scripts: full width, fixed height. */
export function staticSnippet({ src, title, height }: EmbedTarget): string {
  return `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="${height}" style="width:100%;border:0" loading="lazy"></iframe>`;
}
