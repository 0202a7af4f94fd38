/**
 * Where the browser tests find Chromium, decided in one place: CHROMIUM_PATH when set, then a system
 * Chromium or Chrome, then the browser Playwright downloaded itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** System locations tried after CHROMIUM_PATH, in order. */
export const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags that keep a headless Chromium quiet on machines with a closed network and as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function runs(path: string): boolean {
  try {
    execFileSync(path, ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/** The first usable Chromium, or undefined when there is none. */
export function resolveChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return runs(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path) && runs(path));
  if (system) return system;
  const own = chromium.executablePath();
  return existsSync(own) && runs(own) ? own : undefined;
}
