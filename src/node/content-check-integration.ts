import type { AstroIntegration } from 'astro';
import { formatProblems, validateContent } from '../lib/content/validate-content.ts';
import { asOfDay } from './as-of.ts';
import { readContentFiles, readPublishedIds } from './content-files.ts';

/**
 * Runs the content validator before Astro loads the collection, so a build stops on every problem in
 * every file, worded exactly as `npm run validate` words it (Astro alone reports only the first).
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'arms-control-timeline:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = new URL('.', config.root).pathname;
        const { problems } = validateContent(readContentFiles(root), asOfDay(), readPublishedIds(root));
        if (problems.length === 0) return;
        const report = `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:\n${formatProblems(problems)}`;
        if (command === 'build') {
          const error = new Error(report);
          error.stack = report; // the report is the whole message: no stack trace for content authors
          throw error;
        }
        logger.error(report);
      },
    },
  };
}
