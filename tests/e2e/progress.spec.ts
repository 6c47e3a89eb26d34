// Saved progress is robust and portable. Damaged storage — corrupted JSON, a wrong schema
// version, a huge value, missing keys — never stops a page from loading: the progress page and a
// case page still render, keep every valid record, and tell the learner what was reset. Export →
// reset → import restores the same progress; a bad import file changes nothing and says why; reset
// asks for confirmation first.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { hydrateIslands, watchPage } from './helpers.ts';

const KEY = 'trd-progress';
const CASE_A = { id: 'adequacy-two-failed-trials', title: 'Two failed trials in eighteen months' };
const CASE_B = { id: 'outcome-response-without-remission', title: 'Halfway better is not well' };

const record = (bestScore: number, attempts = 1) => ({
  attempts,
  bestScore,
  lastScore: bestScore,
  completed: true,
  rulesetVersion: '1.0.0',
  updatedAt: '2026-11-30T10:00:00.000Z',
});
const selfCheck = {
  attempts: 2,
  bestScore: 0.75,
  lastScore: 0.75,
  completed: true,
  updatedAt: '2026-11-30T10:00:00.000Z',
};

/** Puts `raw` in storage before any script of every page load runs. */
async function plant(page: Page, raw: string) {
  await page.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    [KEY, raw] as const,
  );
}

/** The row of a case in the progress page's tables: [status, best, attempts]. */
function row(page: Page, title: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

async function expectCaseRow(page: Page, title: string, status: string, best: string) {
  await expect(row(page, title).getByRole('cell').nth(1)).toHaveText(status);
  await expect(row(page, title).getByRole('cell').nth(2)).toHaveText(best);
}

/** Loads the progress page and a case page; both render with the notice and without errors. */
async function expectBothPagesSurvive(page: Page, notice: RegExp) {
  const watch = watchPage(page, '');
  await page.goto('/progress/');
  await expect(page.locator('h1')).toHaveText('Your progress');
  await hydrateIslands(page);
  await expect(page.locator('.progress-panel .progress-notice')).toContainText(notice);
  await expect(page.getByRole('heading', { name: 'Move or reset your progress' })).toBeVisible();

  await page.goto(`/cases/${CASE_B.id}/`);
  await expect(page.locator('h1')).toHaveText(CASE_B.title);
  await hydrateIslands(page);
  const exercise = page.locator('[data-exercise][data-ready]');
  await expect(exercise).toBeVisible();
  await expect(exercise.locator('.progress-notice')).toContainText(notice);
  // The notice did not disturb the island's structure: the only live regions are the notice and
  // the score summary, and "Continue the case" is in neither.
  await expect(exercise.locator('[aria-live], [role="status"]')).toHaveCount(2);
  await expect(exercise.locator('.exercise__summary')).toHaveAttribute('aria-live', 'polite');
  await expect(exercise.locator('[aria-live] button, [role="status"] button')).toHaveText(['Dismiss']);
  // The exercise still works: the notice can be dismissed and the case continued.
  await exercise.getByRole('button', { name: 'Dismiss' }).click();
  await expect(exercise.locator('.progress-notice')).toHaveCount(0);
  await exercise.getByRole('button', { name: /Continue the case/ }).click();
  await expect(exercise.locator('.vignette-step').nth(1)).toBeVisible();
  expect(watch.errors, 'console and page errors').toEqual([]);
  await page.goto('/progress/');
  await hydrateIslands(page);
}

test.describe('damaged saved progress', () => {
  test('corrupted JSON: reset with a notice, nothing crashes', async ({ page }) => {
    await plant(page, '{"version":1,"vignettes":{"adequacy-two-failed-trials":{"attempts":1,');
    await expectBothPagesSurvive(page, /could not be read \(it was damaged\), so it has been reset/);
    await expectCaseRow(page, CASE_A.title, 'Not started', '—');
  });

  test('a wrong schema version: reset with a notice naming the version', async ({ page }) => {
    await plant(page, JSON.stringify({ version: 99, vignettes: { [CASE_A.id]: record(1) }, selfChecks: {} }));
    await expectBothPagesSurvive(page, /unsupported version of the module \(99\), so it has been reset/);
    await expectCaseRow(page, CASE_A.title, 'Not started', '—');
  });

  test('a huge value (a 1 MB string): that record is dropped, the valid one kept', async ({ page }) => {
    const huge = 'x'.repeat(1_000_000);
    await plant(
      page,
      JSON.stringify({
        version: 1,
        vignettes: { [CASE_A.id]: record(1), [CASE_B.id]: { ...record(0.5), rulesetVersion: huge } },
        selfChecks: { principles: { ...selfCheck, updatedAt: huge } },
      }),
    );
    await expectBothPagesSurvive(page, /2 saved records were damaged and could not be kept; everything else/);
    await expectCaseRow(page, CASE_A.title, 'Done', '100 %');
    await expectCaseRow(page, CASE_B.title, 'Not started', '—');
    await expect(page.getByText(/Self-check: not yet taken/).first()).toBeVisible();
  });

  test('the whole value a 1 MB string: reset with a notice', async ({ page }) => {
    await plant(page, JSON.stringify('y'.repeat(1_000_000)));
    await expectBothPagesSurvive(page, /not in a form this module understands, so it has been reset/);
    await expectCaseRow(page, CASE_A.title, 'Not started', '—');
  });

  test('missing keys: a record without its score is dropped, the rest kept', async ({ page }) => {
    const noScore: Partial<ReturnType<typeof record>> = record(0.5);
    delete noScore.bestScore;
    await plant(
      page,
      // No `selfChecks` map at all, and one record without `bestScore`.
      JSON.stringify({ version: 1, vignettes: { [CASE_A.id]: record(0.875, 3), [CASE_B.id]: noScore } }),
    );
    await expectBothPagesSurvive(page, /1 saved record was damaged and could not be kept; everything else/);
    await expectCaseRow(page, CASE_A.title, 'Done', '88 %');
    await expect(row(page, CASE_A.title).getByRole('cell').nth(3)).toHaveText('3');
    await expectCaseRow(page, CASE_B.title, 'Not started', '—');
  });

  test('a missing version key: reset with a notice', async ({ page }) => {
    await plant(page, JSON.stringify({ vignettes: { [CASE_A.id]: record(1) }, selfChecks: {} }));
    await expectBothPagesSurvive(page, /unsupported version of the module \("none"\), so it has been reset/);
    await expectCaseRow(page, CASE_A.title, 'Not started', '—');
  });
});

test.describe('export, import and reset', () => {
  const saved = {
    version: 1,
    vignettes: { [CASE_A.id]: record(1, 2), [CASE_B.id]: record(0.5) },
    selfChecks: { principles: selfCheck },
  };

  const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

  async function openWithSavedProgress(page: Page) {
    await page.goto('/progress/');
    await page.evaluate(
      ([k, v]) => {
        localStorage.setItem(k, v);
      },
      [KEY, JSON.stringify(saved)] as const,
    );
    await page.reload();
    await hydrateIslands(page);
    await expectCaseRow(page, CASE_A.title, 'Done', '100 %');
    await expectCaseRow(page, CASE_B.title, 'Done', '50 %');
    await expect(page.getByText('best 75 % (2 attempts)')).toBeVisible();
  }

  test('export → reset → import restores the same progress', async ({ page }) => {
    const watch = watchPage(page, '');
    await openWithSavedProgress(page);
    // "Try next" points at a case that is not done, and its text names that same case.
    const next = page.getByText('Try next:').getByRole('link');
    const href = (await next.getAttribute('href')) ?? '';
    expect([`/cases/${CASE_A.id}/`, `/cases/${CASE_B.id}/`]).not.toContain(href);
    await expect(
      page
        .getByRole('row')
        .filter({ has: page.locator(`a[href="${href}"]`) })
        .getByRole('link'),
    ).toHaveText((await next.textContent()) ?? '');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export progress (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^trd-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('trd-module-progress');
    expect(exported.progress).toEqual(saved);
    await expect(page.getByRole('status').filter({ hasText: 'Progress exported' })).toBeVisible();

    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await page
      .getByRole('group', { name: 'Confirm reset' })
      .getByRole('button', { name: 'Yes, reset' })
      .click();
    await expectCaseRow(page, CASE_A.title, 'Not started', '—');
    await expectCaseRow(page, CASE_B.title, 'Not started', '—');
    expect(JSON.parse((await stored(page)) ?? 'null')).toEqual({ version: 1, vignettes: {}, selfChecks: {} });

    await page.locator('input[type="file"]').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Imported 3 records.' })).toBeVisible();
    await expectCaseRow(page, CASE_A.title, 'Done', '100 %');
    await expectCaseRow(page, CASE_B.title, 'Done', '50 %');
    expect(JSON.parse((await stored(page)) ?? 'null')).toEqual(saved);

    // The import survives a reload (it was saved, not only shown).
    await page.reload();
    await hydrateIslands(page);
    await expectCaseRow(page, CASE_A.title, 'Done', '100 %');
    expect(watch.errors, 'console and page errors').toEqual([]);
  });

  test('a bad import file shows an error and changes nothing', async ({ page }) => {
    await openWithSavedProgress(page);
    const before = await stored(page);
    const input = page.locator('input[type="file"]');
    const status = page.locator('.progress-panel p[role="status"]');
    const bad: [string, string, RegExp][] = [
      ['notes.json', 'not json', /not valid JSON\. Nothing was changed\./],
      [
        'other.json',
        JSON.stringify({ format: 'some-other-app', items: [1, 2] }),
        /not a progress export from this module\. Nothing was changed\./,
      ],
      [
        'empty.json',
        JSON.stringify({ format: 'trd-module-progress', progress: { version: 1, vignettes: { x: 5 } } }),
        /Nothing was changed\./,
      ],
      [
        'old.json',
        JSON.stringify({ format: 'trd-module-progress', progress: { version: 0, vignettes: {} } }),
        /unsupported version.*Nothing was changed\./,
      ],
    ];
    for (const [name, text, message] of bad) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect(status).toHaveText(message);
      await expect(status).toHaveClass(/feedback--bad/);
      expect(await stored(page), name).toBe(before);
      await expectCaseRow(page, CASE_A.title, 'Done', '100 %');
      await expectCaseRow(page, CASE_B.title, 'Done', '50 %');
    }
  });

  test('imported ids are validated and never rendered as HTML', async ({ page }) => {
    await page.goto('/progress/');
    await hydrateIslands(page);
    const evil = '<img src=x onerror="window.__pwned=1">';
    const file = {
      format: 'trd-module-progress',
      progress: { version: 1, vignettes: { [evil]: record(1), [CASE_A.id]: record(1) }, selfChecks: {} },
    };
    await page.locator('input[type="file"]').setInputFiles({
      name: 'p.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect(page.getByRole('status').filter({ hasText: /Imported 1 record\./ })).toBeVisible();
    await expectCaseRow(page, CASE_A.title, 'Done', '100 %');
    await expect(page.locator('main img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await stored(page)).not.toContain('<img');
  });

  test('reset asks first: Cancel keeps everything, Yes resets', async ({ page }) => {
    await openWithSavedProgress(page);
    await page.getByRole('button', { name: 'Reset progress…' }).click();
    const confirm = page.getByRole('group', { name: 'Confirm reset' });
    await expect(confirm).toContainText('Delete all saved progress?');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toHaveCount(0);
    await expectCaseRow(page, CASE_A.title, 'Done', '100 %');
    expect(JSON.parse((await stored(page)) ?? 'null')).toEqual(saved);

    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await page
      .getByRole('group', { name: 'Confirm reset' })
      .getByRole('button', { name: 'Yes, reset' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Your progress has been reset.' })).toBeVisible();
    await expectCaseRow(page, CASE_A.title, 'Not started', '—');
    await expect(page.getByText(/Self-check: not yet taken/).first()).toBeVisible();
    await page.reload();
    await hydrateIslands(page);
    await expectCaseRow(page, CASE_A.title, 'Not started', '—');
  });
});
