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

/**
 * The oEmbed HTML (src/lib/embed/oembed.ts), kept to what WordPress (4.4 or later) lets through from a
 * provider it does not list (wp_filter_oembed_result): a blockquote holding one link, then an iframe with
 * its plain attributes, and nothing else. WordPress adds `#?secret=…` to the frame's address,
 * `sandbox="allow-scripts"` and its own script (wp-embed.js), which shows the frame once the embed speaks
 * and sizes it as it asks (src/client/embed.ts); until then, or where no script runs, the link stands in.
 */
export function oembedSnippet({ src, title, height, page }: Omit<EmbedTarget, 'script'> & { page: string }): string {
  return (
    `<blockquote><a href="${escape(page)}">${escape(title)}</a></blockquote>` +
    `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="${height}" frameborder="0" ` +
    `marginwidth="0" marginheight="0" scrolling="no"></iframe>`
  );
}
