/**
 * Builds one edition of the site into dist-<locale>/ (`npm run build:pseudo` builds the pseudo-locale
 * en-XA, which the browser tests read to find strings left outside the table). A script rather than
 * `LOCALE=… astro build` in package.json, so it runs the same in every shell.
 */
import { spawnSync } from 'node:child_process';

const locale = process.argv[2];
if (!locale) throw new Error('Name the edition to build: node scripts/build-locale.ts en-XA');
const run = spawnSync('npx', ['astro', 'build', '--outDir', `dist-${locale}`], {
  stdio: 'inherit',
  env: { ...process.env, LOCALE: locale },
  shell: process.platform === 'win32',
});
process.exit(run.status ?? 1);
