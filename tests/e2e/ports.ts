/**
 * Where the browser tests find the site (playwright.config.ts serves it on E2E_PORT, 4329 unless set, and
 * the pseudo-locale on the next port), and where they serve publishers' pages on another origin: one port
 * per worker, above the site's, so two working copies can run the tests side by side.
 */
export const SITE_PORT = Number(process.env.E2E_PORT ?? 4329);

/** The site's origin. */
export const SITE = `http://127.0.0.1:${SITE_PORT}`;

/**
 * A publisher's port for worker `worker` of the spec that owns `slot` (each spec its own slot of 10),
 * 200 above the site's, clear of another working copy's site a few ports up.
 */
export function hostPort(slot: number, worker: number): number {
  return SITE_PORT + 200 + 10 * slot + worker;
}
