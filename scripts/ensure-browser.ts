/**
 * Makes sure the browser tests have a Chromium: uses the one src/node/browser.ts finds, else asks
 * Playwright to download its own, else (as root, where downloads are blocked) installs Debian's
 * chromium package, else stops with one sentence saying what to install.
 */
import { spawnSync } from 'node:child_process';
import { resolveChromium } from '../src/node/browser.ts';

function run(command: string, args: string[], timeoutSeconds: number): boolean {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'ignore'], timeout: timeoutSeconds * 1000 });
  return result.status === 0;
}

function found(how: string): boolean {
  const path = resolveChromium();
  if (path) console.log(`Browser tests use ${path}${how}.`);
  return path !== undefined;
}

if (!found('')) {
  console.log('No Chromium found; trying to download Playwright’s own…');
  run('npx', ['playwright', 'install', 'chromium'], 300);
  if (!found(' (downloaded by Playwright)')) {
    const isRoot = process.getuid?.() === 0;
    if (isRoot && run('sh', ['-c', 'command -v apt-get'], 10)) {
      console.log('Download blocked; installing Debian’s chromium package with apt-get…');
      run('apt-get', ['update', '-qq'], 300);
      run('apt-get', ['install', '-y', '-qq', 'chromium'], 600);
    }
    if (!found(' (installed with apt-get)')) {
      console.error(
        'No usable Chromium: install Chromium or Chrome (e.g. `sudo apt-get install chromium`), or set CHROMIUM_PATH to its executable, then run npm test again.',
      );
      process.exit(1);
    }
  }
}
