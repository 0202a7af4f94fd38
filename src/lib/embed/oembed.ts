import { EMBED_HEIGHT, scriptSnippet } from './embed-snippet.ts';
import { pt } from '../i18n/page-strings.ts';
import { EMBED_SCRIPT_PATH } from '../site/routes.ts';

/**
 * The oEmbed response (type "rich") for an embeddable view. `description`, where given, is what the view
 * says first (a treaty's status sentence): oEmbed lets a provider add fields, and link previews read it.
 */
export function oembedResponse(
  siteUrl: string,
  embedPath: string,
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
    html: scriptSnippet({
      src: new URL(embedPath, siteUrl).href,
      title,
      height: EMBED_HEIGHT,
      script: new URL(EMBED_SCRIPT_PATH, siteUrl).href,
    }),
    width: 800,
    height: EMBED_HEIGHT,
  };
}
