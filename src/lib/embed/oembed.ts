import { EMBED_HEIGHT, oembedSnippet } from './embed-snippet.ts';
import { pt } from '../i18n/page-strings.ts';

/** Where an oEmbed response points: the embed, the page it stands for, and the day its frame is pinned to. */
export interface OembedView {
  /** The embed's path ("/embed/treaties/cfe/"). */
  embedPath: string;
  /** The page's path, which the link standing in for the frame leads to. */
  pagePath: string;
  /** The day the frame is pinned to (YYYY-MM-DD), as the Embed dialog pins its code by default. */
  asOf: string;
}

/**
 * The oEmbed response (type "rich") for an embeddable view. `description`, where given, is what the view
 * says first (a treaty's status sentence): oEmbed lets a provider add fields, and link previews read it.
 */
export function oembedResponse(
  siteUrl: string,
  view: OembedView,
  title: string,
  description?: string,
): Record<string, unknown> {
  return {
    version: '1.0',
    type: 'rich',
    provider_name: pt('site.name'),
    provider_url: siteUrl,
    title,
    ...(description === undefined ? {} : { description }),
    html: oembedSnippet({
      src: new URL(`${view.embedPath}?asof=${view.asOf}`, siteUrl).href,
      page: new URL(view.pagePath, siteUrl).href,
      title,
      height: EMBED_HEIGHT,
    }),
    width: 800,
    height: EMBED_HEIGHT,
  };
}
