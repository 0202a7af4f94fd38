/**
 * `npm run build`: the whole site in dist/, every edition of EDITIONS (src/lib/i18n/locale.ts), each an Astro
 * build with LOCALE set: English first, into dist/ (which it empties), then each other edition into its folder,
 * dist/de/ …, where Astro's i18n routing addresses it. The editions' scripts and styles go to the one
 * dist/_astro/, where two files of one name are one file (Vite names them by their content: the build stops if
 * they differ); what the site publishes once (ONE_PER_SITE in routes.ts) is kept from English's build alone.
 * `EDITIONS=en,de npm run build` builds English and German only, for a quicker look.
 *
 * Each edition's build says only what needs reading: its warnings and errors, and everything it printed
 * when it fails; the page-by-page list (some 3,000 lines for six editions) is shown with VERBOSE=1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EDITIONS, I18N, type Edition } from '../src/lib/i18n/locale.ts';
import { editionRoot, ONE_PER_SITE } from '../src/lib/site/routes.ts';

const OUT = 'dist';
const ASSETS = '_astro';

const asked = process.env.EDITIONS?.split(',').map((code) => code.trim());
const unknown = asked?.filter((code) => !(EDITIONS as readonly string[]).includes(code)) ?? [];
if (unknown.length) throw new Error(`EDITIONS names ${unknown.join(', ')}: write some of ${EDITIONS.join(', ')}.`);
if (asked && !asked.includes(I18N.defaultLocale))
  throw new Error(`EDITIONS must name ${I18N.defaultLocale}: its build makes ${OUT}/ and what the site has once.`);
const editions = EDITIONS.filter((edition) => !asked || asked.includes(edition));

const VERBOSE = Boolean(process.env.VERBOSE);
/** A line of a build's log a reader must see: a warning or an error, however Astro or Vite words it. */
const MUST_READ = /\b(warn(ing)?|error|failed)\b|⚠|✗/i;

/** Builds one edition into its folder of dist/, with the time it took. */
function build(edition: Edition): number {
  const started = performance.now();
  const run = spawnSync('npx', ['astro', 'build', '--outDir', `${OUT}${editionRoot(edition)}`], {
    stdio: VERBOSE ? 'inherit' : ['inherit', 'pipe', 'inherit'],
    env: { ...process.env, LOCALE: edition },
    shell: process.platform === 'win32',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const log = run.stdout ?? '';
  if (run.status !== 0) {
    process.stdout.write(log);
    process.exit(run.status ?? 1);
  }
  for (const line of log.split('\n')) if (MUST_READ.test(line)) console.log(`[${edition}] ${line}`);
  return performance.now() - started;
}

/** Moves an edition's scripts and styles into the site's one folder of them. */
function mergeAssets(folder: string): void {
  const from = join(folder, ASSETS);
  if (!existsSync(from)) return;
  for (const file of readdirSync(from)) {
    const target = join(OUT, ASSETS, file);
    if (!existsSync(target)) renameSync(join(from, file), target);
    else if (!readFileSync(target).equals(readFileSync(join(from, file))))
      throw new Error(`${from}/${file} differs from ${target}: two editions made one name for two files.`);
  }
  rmSync(from, { recursive: true });
}

/** Removes from an edition's folder what the site publishes once, from the default edition's build. */
function dropOnePerSite(folder: string): void {
  for (const path of ONE_PER_SITE) {
    if (!path.endsWith('*')) {
      rmSync(join(folder, path), { force: true });
      continue;
    }
    const parent = join(folder, path.slice(0, -1));
    if (!existsSync(parent)) continue;
    for (const name of readdirSync(parent))
      if (statSync(join(parent, name)).isDirectory()) rmSync(join(parent, name), { recursive: true });
  }
}

const times: string[] = [];
const started = performance.now();
for (const edition of editions) {
  const took = build(edition);
  if (edition !== I18N.defaultLocale) {
    const folder = `${OUT}${editionRoot(edition)}`;
    mergeAssets(folder);
    dropOnePerSite(folder);
  }
  times.push(`${edition} ${(took / 1000).toFixed(1)} s`);
}
console.log(
  `Built ${editions.length} editions into ${OUT}/ in ${((performance.now() - started) / 1000).toFixed(1)} s (${times.join(', ')}).`,
);
