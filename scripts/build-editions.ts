/**
 * `npm run build`: the whole site in dist/, every edition of EDITIONS (src/lib/i18n/locale.ts), each an Astro
 * build with LOCALE set. The builds run side by side, as many at once as the machine has cores (BUILD_JOBS
 * sets another number): an Astro build keeps about one core busy, so two cores build six editions in about
 * three builds' time instead of six. Each builds into its own folder of dist-editions/ with its own cache, so
 * that no two write the same file; then English's folder becomes dist/ and each other edition's its folder
 * dist/de/ …, where Astro's i18n routing addresses it. The editions' scripts and styles go to the one
 * dist/_astro/, where two files of one name are one file (Vite names them by their content: the build stops if
 * they differ); what the site publishes once (ONE_PER_SITE in routes.ts) is kept from English's build alone.
 * `EDITIONS=en,de npm run build` builds English and German only, for a quicker look.
 *
 * Each edition's build says only what needs reading: its warnings and errors, and everything it printed
 * when it fails; the page-by-page list (some 3,000 lines for six editions) is shown with VERBOSE=1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { EDITIONS, I18N, type Edition } from '../src/lib/i18n/locale.ts';
import { editionRoot, ONE_PER_SITE } from '../src/lib/site/routes.ts';

const OUT = 'dist';
const STAGING = 'dist-editions';
const ASSETS = '_astro';

const asked = process.env.EDITIONS?.split(',').map((code) => code.trim());
const unknown = asked?.filter((code) => !(EDITIONS as readonly string[]).includes(code)) ?? [];
if (unknown.length) throw new Error(`EDITIONS names ${unknown.join(', ')}: write some of ${EDITIONS.join(', ')}.`);
if (asked && !asked.includes(I18N.defaultLocale))
  throw new Error(`EDITIONS must name ${I18N.defaultLocale}: its build makes ${OUT}/ and what the site has once.`);
const editions = EDITIONS.filter((edition) => !asked || asked.includes(edition));
const jobs = Number(process.env.BUILD_JOBS) || availableParallelism();
if (!Number.isInteger(jobs) || jobs < 1)
  throw new Error(`BUILD_JOBS=${process.env.BUILD_JOBS}: write a whole number of builds at once, 1 or more.`);

const VERBOSE = Boolean(process.env.VERBOSE);
/** A line of a build's log a reader must see: a warning or an error, however Astro or Vite words it. */
const MUST_READ = /\b(warn(ing)?|error|failed)\b|⚠|✗/i;

const running = new Set<ChildProcess>();

/** Builds one edition into its folder of the staging area, with the time it took; stops every build if it fails. */
function build(edition: Edition): Promise<number> {
  const started = performance.now();
  const child = spawn('npx', ['astro', 'build', '--outDir', join(STAGING, edition)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LOCALE: edition, ASTRO_CACHE_DIR: join('node_modules', '.astro', edition) },
    shell: process.platform === 'win32',
  });
  running.add(child);
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    if (VERBOSE) process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    process.stderr.write(chunk);
  });
  return new Promise((resolve) => {
    child.on('close', (status) => {
      running.delete(child);
      if (status !== 0) {
        process.stdout.write(log);
        console.error(`The ${edition} edition's build failed (exit ${status}).`);
        for (const other of running) other.kill();
        process.exit(status ?? 1);
      }
      if (!VERBOSE) for (const line of log.split('\n')) if (MUST_READ.test(line)) console.log(`[${edition}] ${line}`);
      resolve(performance.now() - started);
    });
  });
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

const started = performance.now();
rmSync(STAGING, { recursive: true, force: true });
mkdirSync(STAGING);
const took = new Map<Edition, number>();
const queue = [...editions];
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    for (let edition = queue.shift(); edition; edition = queue.shift()) took.set(edition, await build(edition));
  }),
);

rmSync(OUT, { recursive: true, force: true });
renameSync(join(STAGING, I18N.defaultLocale), OUT);
for (const edition of editions) {
  if (edition === I18N.defaultLocale) continue;
  const folder = `${OUT}${editionRoot(edition)}`;
  renameSync(join(STAGING, edition), folder);
  mergeAssets(folder);
  dropOnePerSite(folder);
}
rmSync(STAGING, { recursive: true });
const times = editions.map((edition) => `${edition} ${((took.get(edition) ?? 0) / 1000).toFixed(1)} s`);
console.log(
  `Built ${editions.length} edition${editions.length === 1 ? '' : 's'} into ${OUT}/ in ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
    `${Math.min(jobs, editions.length)} at a time (${times.join(', ')}).`,
);
