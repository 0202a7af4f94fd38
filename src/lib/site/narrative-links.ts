/**
 * The narratives' links in each edition: a Markdown (mdast) plugin for Astro's Markdown processor,
 * Sätteri (astro.config.mjs), that leads every link of the English content to the page of the edition
 * being built (routes.ts: inEdition), so that a German reader who follows "the CFE Treaty" in a narrative
 * lands on /de/treaties/cfe/, not on the English page.
 */
import { inEdition } from './routes.ts';

/** What the plugin reads of a link node, and the one change it asks of the processor. */
interface LinkNode {
  url: string;
}
interface LinkContext {
  setProperty(node: LinkNode, key: 'url', value: string): void;
}

/** The plugin for the edition at `root` ('' for English, '/de' for German). */
export function editionLinks(root: string) {
  return {
    // The root is in the name: Astro keeps rendered content between builds until its config changes, and the
    // name is part of the config it compares, so each edition renders the narratives with its own links.
    name: `edition-links${root}`,
    link(node: LinkNode, context: LinkContext): void {
      const url = inEdition(node.url, root);
      if (url !== node.url) context.setProperty(node, 'url', url);
    },
  };
}
