// Offline use: after one visit the service worker (dist/sw.js) has the whole module; with the
// network gone (Playwright offline mode AND the server stopped) every chapter still opens, a
// case can be completed and progress is kept. A new deployment is picked up on the next page
// with a quiet, dismissable notice. Served by our own small server so it can be stopped and a
// new sw.js simulated.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { builtPages, expectNoAxeViolations } from './helpers.ts';
import { completeExercise, startStaticServer, type StaticServer } from '../lms/e2e-support.ts';

const pages = builtPages();
const chapters = pages.filter((p) => /^\/chapters\/[^/]+\/$/.test(p));
const cases = pages.filter((p) => /^\/cases\/[^/]+\/$/.test(p));

/** Waits until the service worker has installed (precached everything) and controls the page. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
      });
    }
  });
}

let server: StaticServer | null = null;
test.afterEach(async () => {
  await server?.close();
  server = null;
});

test('after one visit, the module works offline: every chapter, a case exercise, search; progress is kept', async ({
  page,
  context,
}) => {
  expect(chapters.length).toBeGreaterThan(0);
  expect(cases.length).toBeGreaterThan(0);
  server = await startStaticServer([{ prefix: '/', dir: 'dist' }]);
  const origin = server.origin;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/`);
  await waitForServiceWorker(page);

  // The network goes away completely.
  await server.close();
  server = null;
  await context.setOffline(true);
  const failed: string[] = [];
  // Chromium fetches the tab's favicon itself, outside the service worker (and not always), so
  // that one request is not counted; the page's own requests all go through the worker.
  page.on('requestfailed', (r) => {
    if (!r.url().endsWith('/favicon.svg')) failed.push(r.url());
  });

  for (const path of chapters) {
    const res = await page.goto(`${origin}${path}`);
    expect(res?.ok(), path).toBe(true);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('footer .disclaimer')).toContainText('For education only');
  }
  // KaTeX's stylesheet and fonts come from the cache too (the last chapter has math if any does).
  const withMath = chapters.find((p) => readFileSync(`dist${p}index.html`, 'utf8').includes('class="katex"'));
  if (withMath) {
    await page.goto(`${origin}${withMath}`);
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.querySelector('.katex')!).fontFamily))
      .toContain('KaTeX');
    await expect.poll(() => page.evaluate(() => document.fonts.check('1em KaTeX_Main'))).toBe(true);
  }

  const casePath = cases[0]!;
  await page.goto(`${origin}${casePath}`);
  await completeExercise(page);
  await page.goto(`${origin}/progress/`);
  const id = casePath.split('/')[2]!;
  const row = page.locator('tr', { has: page.locator(`a[href="/cases/${id}/"]`) });
  await expect(row).toContainText('Done');
  await page.reload();
  await expect(row).toContainText('Done');

  // Search reads the cached Pagefind index.
  await page.goto(`${origin}/search/?q=Maudsley`);
  await expect(page.getByRole('status').filter({ hasText: 'result' })).toContainText(/\d+ results? for/);

  expect(failed, 'requests that failed offline').toEqual([]);
  expect(errors).toEqual([]);
});

test('a new version is picked up on the next page, with a quiet dismissable notice', async ({ page }) => {
  server = await startStaticServer([{ prefix: '/', dir: 'dist' }]);
  const origin = server.origin;
  await page.goto(`${origin}/`);
  await waitForServiceWorker(page);
  await page.goto(`${origin}/chapters/`);
  await expect(page.locator('dialog.sw-update')).toHaveCount(0);

  // Deploy a "new version" and let the browser's update check find it.
  server.override.set('/sw.js', `${readFileSync('dist/sw.js', 'utf8')}\n// next release\n`);
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg?.update();
  });
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        const meta = await caches.open('trd-sw-meta');
        const flag = await meta.match(new URL('__trd/updated', location.origin + '/').href);
        return !reg?.installing && !reg?.waiting && flag !== undefined;
      }),
    )
    .toBe(true);

  await page.goto(`${origin}/glossary/`);
  const notice = page.locator('dialog.sw-update');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('status')).toHaveText('Updated to the latest version of the module.');
  await expectNoAxeViolations(page, 'update notice');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  // Shown once.
  await page.goto(`${origin}/references/`);
  await expect(page.locator('dialog.sw-update')).toHaveCount(0);
});
