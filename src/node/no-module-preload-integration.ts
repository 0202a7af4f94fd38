import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * The module that Vite's build imports `__vitePreload` from, wherever a browser script has a dynamic import():
 * the one id that Vite (`preloadHelperId` in its build import analysis) and Rolldown's native plugin
 * (`PRELOAD_HELPER_ID`) resolve and load.
 */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * What the helper does in our build: call the import. Each `import(x)` stays wrapped, as
 * `__vitePreload(() => import(x), [])`, so the helper keeps Vite's signature and ignores the list.
 */
export const PRELOAD_HELPER_CODE = 'export const __vitePreload = (load) => load();';

/** Vite's own helper carries this string (the event it fires when a preload fails); ours never does. */
const VITE_HELPER_MARK = 'vite:preloadError';
/** Vite writes this into a chunk whose dynamic import must load stylesheets with the helper. */
const STYLESHEET_DEPS_MARK = '__vite__mapDeps';

/** A chunk of the browser build, as far as the check below reads it. */
export interface BuiltChunk {
  /** Its path in the build's output. */
  fileName: string;
  /** Its code, after Vite has filled in each dynamic import's list of files to preload. */
  code: string;
}

/**
 * Why the browser build cannot ship with our helper, one sentence a chunk: a lazy chunk imports a stylesheet
 * that only Vite's helper loads, or Vite's own helper is in the build because its id is no longer ours.
 */
export function preloadHelperProblems(chunks: readonly BuiltChunk[]): string[] {
  return chunks.flatMap(({ fileName, code }) => [
    ...(code.includes(STYLESHEET_DEPS_MARK)
      ? [
          `${fileName} loads a module whose stylesheet Vite's preload helper would fetch, and this build's ` +
            `helper only imports: fetch the stylesheet as explorer-timeline.ts fetches vis-timeline's.`,
        ]
      : []),
    ...(code.includes(VITE_HELPER_MARK)
      ? [`${fileName} has Vite's own preload helper: Vite no longer loads it as ${JSON.stringify(PRELOAD_HELPER_ID)}.`]
      : []),
  ]);
}

/**
 * Vite 8 wraps every dynamic import() of a browser build in its preload helper and puts the helper (about
 * 900 B gzip) in every page's first script, whatever build.modulePreload says: with it off, the helper still
 * fetches the stylesheets of a lazily imported chunk (vitejs/vite#13973), and no option leaves the imports
 * unwrapped (vitejs/vite#13952, #18551). Our lazy chunks import no stylesheet, so this plugin loads the
 * helper's module as a plain call to the import; after Vite has filled in the lists, it stops the build if a
 * lazy chunk has a stylesheet to fetch after all or if Vite's helper was shipped (preloadHelperProblems).
 * It gives up the `vite:preloadError` event, which nothing here listens for: a failed import rejects as before.
 */
export function importWithoutPreload(): Plugin {
  return {
    name: 'arms-control-timeline:import-without-preload',
    apply: 'build',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler: (id) => (id === PRELOAD_HELPER_ID ? { code: PRELOAD_HELPER_CODE, moduleSideEffects: false } : null),
    },
    generateBundle: {
      // After Vite's own generateBundle, which writes each dynamic import's stylesheets into its chunk.
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
        const problems = preloadHelperProblems(chunks);
        if (problems.length) this.error(problems.join('\n'));
      },
    },
  };
}

/**
 * No module preloading in the browser build: Vite's preload would fetch a dynamic chunk's imports, most of
 * which the page has already, and its helper would weigh more than all our dynamic imports save
 * (importWithoutPreload).
 */
export function noModulePreload(): AstroIntegration {
  return {
    name: 'arms-control-timeline:no-module-preload',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [importWithoutPreload()] } });
      },
      'astro:build:setup': ({ vite }) => {
        const client = vite.environments?.client;
        if (client?.build) client.build.modulePreload = false;
      },
    },
  };
}
