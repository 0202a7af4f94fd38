import { expect, type Page } from '@playwright/test';

/**
 * Reaches for the explorer's timeline as a reader's pointer does (vis-timeline loads then, not with the
 * page), and waits until it has taken over from the static timeline.
 */
export async function reachForTimeline(page: Page): Promise<void> {
  await page.locator('[data-timeline]').hover();
  await expect(page.locator('[data-explorer][data-ready="true"]')).toBeAttached();
}
