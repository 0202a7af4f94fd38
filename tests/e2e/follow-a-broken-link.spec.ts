import { expect, test } from '@playwright/test';

test('an unknown address answers 404 with a page that leads back to the timeline and the treaties', async ({
  page,
}) => {
  const response = await page.goto('/treaties/no-such-treaty/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'the timeline of every instrument' })).toHaveAttribute(
    'href',
    '/',
  );
  await page.getByRole('main').getByRole('link', { name: 'the list of treaties' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Treaties' })).toBeVisible();
});
