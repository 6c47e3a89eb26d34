// Every built page: loads, has exactly one h1, logs no console error, requests nothing from
// another origin, and has no axe (WCAG 2.2 AA) violation in the light and the dark theme with
// all its islands hydrated.
import { test, expect } from '@playwright/test';
import { builtPages, expectNoAxeViolations, waitForIslands, watchPage } from './helpers.ts';

const pages = builtPages();

test('the build produced the pages the module promises', () => {
  for (const p of [
    '/',
    '/chapters/',
    '/cases/',
    '/progress/',
    '/educators/',
    '/references/',
    '/glossary/',
    '/search/',
  ]) {
    expect(pages).toContain(p);
  }
  expect(pages.filter((p) => p.startsWith('/chapters/') && p !== '/chapters/').length).toBeGreaterThanOrEqual(
    1,
  );
  expect(pages.filter((p) => p.startsWith('/cases/') && p !== '/cases/').length).toBeGreaterThanOrEqual(1);
});

for (const path of pages) {
  test(`page ${path} loads cleanly and passes axe in both themes`, async ({ page, baseURL }) => {
    const watch = watchPage(page, baseURL ?? '');
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('footer .disclaimer')).toContainText('For education only');
    await waitForIslands(page);
    await expectNoAxeViolations(page, `${path} (light)`);
    await page.evaluate(() => {
      document.documentElement.dataset['theme'] = 'dark';
    });
    await expectNoAxeViolations(page, `${path} (dark)`);
    expect(watch.errors, 'console errors').toEqual([]);
    expect(watch.offsite, 'requests to other origins').toEqual([]);
  });
}

test('the 404 page is served for an unknown address', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('the theme toggle switches theme and remembers it across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/chapters/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('pages without islands ship no script except the inline theme script', async ({ page }) => {
  for (const path of ['/', '/chapters/', '/references/', '/glossary/']) {
    await page.goto(path);
    await expect(page.locator('script[src]')).toHaveCount(0);
    const inline = await page.locator('script:not([src])').allTextContents();
    expect(inline.length, path).toBe(1);
    expect(new TextEncoder().encode(inline[0] ?? '').length, path).toBeLessThan(1024);
  }
});

test('search finds a chapter through the Pagefind index', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the module' }).fill('Maudsley');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Maudsley/);
  await waitForIslands(page);
  await expect(page.getByRole('status').filter({ hasText: 'result' })).toContainText(/\d+ results? for/);
  await expect(page.locator('.search-results a').first()).toBeVisible();
});
