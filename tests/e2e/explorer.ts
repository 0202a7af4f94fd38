import { expect, type Page } from '@playwright/test';

/**
 * Reaches for the explorer's timeline as a keyboard reader does, a key on it (vis-timeline loads then:
 * not with the page, nor for a pointer over it), and waits until it has taken over from the static timeline.
 */
export async function reachForTimeline(page: Page): Promise<void> {
  await page.locator('[data-static-timeline]').focus();
  // A key that moves nothing: the timeline's keys are handed to vis-timeline once it has drawn.
  await page.keyboard.press('Shift');
  await expect(page.locator('[data-explorer][data-ready="true"]')).toBeAttached();
}
