import { expect, test } from '@playwright/test';
import { instruments } from './content.ts';

const id = instruments[0]!.id;

async function tickLabels(page: import('@playwright/test').Page) {
  return page.locator('svg.lifecycle-chart.live g.axis g.tick text').allTextContents();
}

test('zooming a lifecycle chart with the buttons changes the visible window and the axis', async ({ page }) => {
  await page.goto(`/treaties/${id}/`);
  const status = page.locator('[data-zoom-status]');
  const before = await tickLabels(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(status).toContainText('Showing');
  const zoomed = await status.textContent();
  expect(await tickLabels(page)).not.toEqual(before);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(status).not.toHaveText(zoomed!);
  await page.getByRole('button', { name: 'Show all' }).click();
  expect(await tickLabels(page)).toEqual(before);
});

test('zooming a lifecycle chart by keyboard changes the visible window', async ({ page }) => {
  await page.goto(`/treaties/${id}/`);
  const region = page.getByRole('region', { name: /Lifecycle chart/ });
  await region.focus();
  await page.keyboard.press('+');
  const status = page.locator('[data-zoom-status]');
  await expect(status).toContainText('Showing');
  const zoomed = await status.textContent();
  await page.keyboard.press('ArrowLeft');
  await expect(status).not.toHaveText(zoomed!);
  await page.keyboard.press('Home');
  await page.keyboard.press('-');
});
