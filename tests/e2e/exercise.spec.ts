// Case exercises by keyboard alone, in Chromium: two whole vignettes on their own pages — every
// step revealed, every question answered with Tab / Shift+Tab / Space / Enter / arrow keys (no
// mouse), checked, scored at the maximum, retried with a deliberately wrong answer ("Not quite",
// with a source link), and the worked solution shown — then the progress page and the case
// library still show both cases done after a reload. At every Tab stop the focused element must
// show a focus indicator; axe runs after a right and after a wrong answer, in both themes.
//
// The expected answers come from the sources, not from the code:
//   ../shared/reference/clinical-rules.md §6b (minimum adequate doses), §7a–b (response ≥ 50 %,
//   partial 25–49 %, non-response < 25 %, HAM-D-17 remission ≤ 7), §1 (Thase–Rush), §2 (European),
//   §9 (persistent depressive disorder: ≥ 2 years), and ../shared/design/engine-contract.md
//   (adequacy: ≥ 6 weeks, adherence ≥ 80 %; start score = end score of the previous trial; TRD =
//   ≥ 2 failed adequate trials from ≥ 2 classes; next steps after TRD and after response without
//   remission).
import { test, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import {
  expectInlineError,
  expectNoAxeViolationsBothThemes,
  expectNoInlineError,
  pickRadio,
  retype,
  tabTo,
  hydrateIslands,
  watchPage,
} from './helpers.ts';

type Answer =
  | { kind: 'radio'; group: RegExp; choose: string }
  | { kind: 'number'; field: RegExp; type: string }
  | { kind: 'checks'; group: RegExp; tick: string[] };

interface CaseSpec {
  path: string;
  title: string;
  /** Answers to give after each revealed step (index = number of steps shown). */
  byStep: Record<number, Answer[]>;
  steps: number;
  /** One answer replaced by a wrong one on the second attempt. */
  wrong: { group: RegExp; choose: string };
}

const TWO_FAILED: CaseSpec = {
  path: '/cases/adequacy-two-failed-trials/',
  title: 'Two failed trials in eighteen months',
  steps: 3,
  byStep: {
    2: [
      // Sertraline 200 mg/day (minimum 50 mg, §6b), 8 weeks (≥ 6), ~95 % adherence (≥ 80 %).
      { kind: 'radio', group: /Was treatment 1 \(sertraline .*\) an adequate trial\?/, choose: 'Yes' },
      // HAM-D-17 24 → 20: (24 − 20) / 24 = 16.7 %, below 25 % → non-response (§7a).
      { kind: 'radio', group: /What was the outcome of treatment 1/, choose: 'Non-response' },
    ],
    3: [
      // Venlafaxine is measured from its own start (20, the end of sertraline) to 19: 5 %.
      { kind: 'number', field: /By what percentage did the HAMD-17 fall during the venlafaxine/, type: '5' },
      // Two failed adequate trials, an SSRI then an SNRI: TRD.
      { kind: 'radio', group: /meet the criteria for treatment-resistant depression\?/, choose: 'Yes' },
      // 18 months is short of the 2 years DSM-5-TR needs (§9).
      { kind: 'radio', group: /duration criterion for persistent depressive disorder/, choose: 'No' },
      // Stage I plus a failed trial of a distinctly different class: Stage II (§1).
      { kind: 'radio', group: /What is the Thase–Rush stage\?/, choose: 'Stage II' },
      // Resistance to 2 adequate trials: TRD1 (§2).
      { kind: 'radio', group: /What is the European \(Souery\) stage\?/, choose: 'TRD1' },
      // TRD → augmentation, esketamine, ketamine, ECT, rTMS (engine contract, next steps).
      {
        kind: 'checks',
        group: /What would you do next\?/,
        tick: ['Augment (add lithium, T3 or an antipsychotic)', 'Esketamine nasal spray'],
      },
    ],
  },
  wrong: { group: /Was treatment 1 \(sertraline .*\) an adequate trial\?/, choose: 'No' },
};

const RESPONSE_NO_REMISSION: CaseSpec = {
  path: '/cases/outcome-response-without-remission/',
  title: 'Halfway better is not well',
  steps: 3,
  byStep: {
    3: [
      // Escitalopram 10 mg/day (minimum 10 mg, §6b), 8 weeks, ~90 % adherence.
      { kind: 'radio', group: /Was treatment 1 \(escitalopram .*\) an adequate trial\?/, choose: 'Yes' },
      // HAM-D-17 24 → 12: (24 − 12) / 24 = 50 %.
      { kind: 'number', field: /By what percentage did the HAM-D-17 score fall/, type: '50' },
      // ≥ 50 % is response; 12 is above the remission cut-off of ≤ 7 (§7a–b).
      { kind: 'radio', group: /What was the outcome of treatment 1/, choose: 'Response without remission' },
      // A response is not a failed trial.
      { kind: 'number', field: /How many failed adequate antidepressant trials/, type: '0' },
      { kind: 'radio', group: /meet the criteria for treatment-resistant depression\?/, choose: 'No' },
      // Response to an adequate trial: Stage 0 (§1).
      { kind: 'radio', group: /What is the Thase–Rush stage\?/, choose: 'Stage 0' },
      // Response without remission → optimise or augment, not switch (engine contract).
      {
        kind: 'checks',
        group: /What would you do next\?/,
        tick: ['Optimise the dose', 'Augment (add lithium, T3 or an antipsychotic)'],
      },
    ],
  },
  wrong: { group: /What was the outcome of treatment 1/, choose: 'Remission' },
};

const allAnswers = (c: CaseSpec) => Object.values(c.byStep).flat();
const maxScore = (c: CaseSpec) => allAnswers(c).length;

/** Answers one question with the keyboard, reaching it with Tab from wherever focus is. */
async function answer(page: Page, form: Locator, a: Answer) {
  if (a.kind === 'radio') {
    const group = form.getByRole('group', { name: a.group });
    await tabTo(page, group);
    await pickRadio(page, group, a.choose);
  } else if (a.kind === 'number') {
    const field = form.getByRole('textbox', { name: a.field });
    await tabTo(page, field);
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('');
    await page.keyboard.type(a.type);
    await expect(field).toHaveValue(a.type);
    await expectNoInlineError(field);
  } else {
    const group = form.getByRole('group', { name: a.group });
    for (const name of a.tick) {
      const box = group.getByRole('checkbox', { name, exact: true });
      await tabTo(page, box);
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
  }
}

/** Tabs to "Check answers" and submits with Enter; focus must move to the summary. */
async function checkAnswers(page: Page, exercise: Locator) {
  await tabTo(page, exercise.getByRole('button', { name: 'Check answers' }));
  await page.keyboard.press('Enter');
  const summary = exercise.locator('.exercise__summary');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  await expect(summary).toBeFocused();
  return summary;
}

test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
let watch: ReturnType<typeof watchPage>;

// One page for the whole file: progress made in the first cases is what the last test checks.
test.beforeAll(async ({ browser }, info) => {
  const baseURL = info.project.use.baseURL ?? '';
  context = await browser.newContext({ baseURL }); // axe needs a page of a context it can reach
  page = await context.newPage();
  watch = watchPage(page, baseURL);
});

test.afterAll(async () => {
  await context.close();
});

for (const c of [TWO_FAILED, RESPONSE_NO_REMISSION]) {
  test(`“${c.title}”: completed by keyboard only, right then wrong, with the worked solution`, async () => {
    test.setTimeout(120_000);
    await page.goto(c.path);
    await hydrateIslands(page);
    const exercise = page.locator(`[data-exercise][data-ready]`);
    await expect(exercise).toBeVisible();
    const form = exercise.getByRole('form');
    const steps = exercise.locator('.vignette-step');
    await expect(steps.nth(0)).toBeVisible();
    await expect(steps.nth(1)).toBeHidden();

    // First attempt: reveal each step with "Continue the case" and answer what it asks.
    for (let shown = 1; shown <= c.steps; shown++) {
      for (const a of c.byStep[shown] ?? []) await answer(page, form, a);
      if (shown === c.steps) break;
      const next = exercise.getByRole('button', {
        name: `Continue the case (step ${shown + 1} of ${c.steps})`,
      });
      // The button sits between the narrative and the questions: back up to it after answering.
      await tabTo(page, next, { back: (c.byStep[shown] ?? []).length > 0 });
      await page.keyboard.press('Enter');
      await expect(steps.nth(shown)).toBeVisible();
      // Focus moves to the newly revealed step's heading.
      await expect(steps.nth(shown).locator('h2, h3, h4').first()).toBeFocused();
    }
    await expect(exercise.getByRole('button', { name: /Continue the case/ })).toHaveCount(0);

    let summary = await checkAnswers(page, exercise);
    await expect(summary).toContainText(`Score: ${maxScore(c)} of ${maxScore(c)}`);
    await expect(summary).toContainText('saved to your progress');
    await expect(exercise.locator('.question .feedback--ok')).toHaveCount(maxScore(c));
    await expect(exercise.locator('.question .feedback--bad')).toHaveCount(0);
    await expect(exercise.locator('.vignette-commentary').first()).toBeVisible();
    await expectNoAxeViolationsBothThemes(page, `${c.path} after right answers`);

    // Try again (back from the summary with Shift+Tab): answers cleared, focus on the first input.
    await tabTo(page, exercise.getByRole('button', { name: 'Try again' }), { back: true });
    await page.keyboard.press('Enter');
    await expect(exercise.locator('.exercise__questions input').first()).toBeFocused();
    await expect(exercise.locator('.exercise__questions input:checked')).toHaveCount(0);
    await expect(summary).not.toContainText('Score');

    // Second attempt with one deliberately wrong answer.
    for (const a of allAnswers(c)) {
      const wrong = a.kind === 'radio' && a.group.source === c.wrong.group.source;
      await answer(page, form, wrong ? { ...a, choose: c.wrong.choose } : a);
    }
    summary = await checkAnswers(page, exercise);
    await expect(summary).toContainText(`Score: ${maxScore(c) - 1} of ${maxScore(c)}`);
    const wrongQuestion = exercise.locator('.question').filter({
      has: page.getByRole('group', { name: c.wrong.group }),
    });
    const feedback = wrongQuestion.locator('.feedback--bad');
    await expect(feedback).toContainText('Not quite');
    const sourceLinks = feedback.locator('a[href^="/references/#ref-"]');
    await expect(sourceLinks.first()).toBeVisible();
    // The linked source exists on the references page.
    const href = (await sourceLinks.first().getAttribute('href')) ?? '';
    const refs = await (await page.request.get('/references/')).text();
    expect(refs).toContain(`id="${href.split('#')[1] ?? ''}"`);
    await expect(exercise.locator('.question .feedback--ok')).toHaveCount(maxScore(c) - 1);
    await expectNoAxeViolationsBothThemes(page, `${c.path} after a wrong answer`);

    // Show the worked solution (Shift+Tab back from the summary); focus moves to it.
    await tabTo(page, exercise.getByRole('button', { name: 'Show worked solution' }), { back: true });
    await page.keyboard.press('Enter');
    const solution = exercise.locator('.exercise__solution');
    await expect(solution).toBeFocused();
    await expect(solution.getByRole('heading', { name: 'Worked solution' })).toBeVisible();
    await expect(solution.locator('ol > li')).toHaveCount(maxScore(c));
    await expect(solution.getByText(/Every rule the engine applied/)).toBeVisible();

    expect(watch.errors, 'console and page errors').toEqual([]);
  });
}

test('a non-number typed into a number question gets an inline message, and nothing breaks', async () => {
  await page.goto(TWO_FAILED.path);
  await hydrateIslands(page);
  const exercise = page.locator(`[data-exercise][data-ready]`);
  for (let shown = 1; shown < TWO_FAILED.steps; shown++) {
    await tabTo(page, exercise.getByRole('button', { name: /Continue the case/ }));
    await page.keyboard.press('Enter');
    // As a learner would, carry on once focus has moved to the newly shown step.
    await expect(exercise.locator('.vignette-step').nth(shown).locator('h2, h3, h4').first()).toBeFocused();
  }
  const percent = exercise.getByRole('textbox', { name: /By what percentage/ });
  await tabTo(page, percent);
  for (const nonsense of ['abc', '12%%', '1e999', '150']) {
    await retype(page, nonsense, percent);
    const message = await expectInlineError(percent);
    expect(message.length).toBeGreaterThan(10);
  }
  await retype(page, '5', percent);
  await expectNoInlineError(percent);
  await expect(exercise.locator('.exercise__questions')).toBeVisible();

  // Whole numbers only for a count of failed trials (second case).
  await page.goto(RESPONSE_NO_REMISSION.path);
  await hydrateIslands(page);
  const ex2 = page.locator(`[data-exercise][data-ready]`);
  for (let shown = 1; shown < RESPONSE_NO_REMISSION.steps; shown++) {
    await tabTo(page, ex2.getByRole('button', { name: /Continue the case/ }));
    await page.keyboard.press('Enter');
    // As a learner would, carry on once focus has moved to the newly shown step.
    await expect(ex2.locator('.vignette-step').nth(shown).locator('h2, h3, h4').first()).toBeFocused();
  }
  const count = ex2.getByRole('textbox', { name: /How many failed adequate antidepressant trials/ });
  await tabTo(page, count);
  for (const nonsense of ['two', '1.5', '-1']) {
    await retype(page, nonsense, count);
    await expectInlineError(count);
  }
  await retype(page, '0', count);
  await expectNoInlineError(count);
  expect(watch.errors, 'console and page errors').toEqual([]);
});

test('after a reload the progress page and the case library show both cases done at 100 %', async () => {
  await page.reload();
  await hydrateIslands(page);
  await expect(page.locator('h1')).toBeVisible();

  await page.goto('/progress/');
  await hydrateIslands(page);
  for (const c of [TWO_FAILED, RESPONSE_NO_REMISSION]) {
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: c.title, exact: true }) });
    await expect(row.getByRole('cell').nth(1)).toHaveText('Done');
    await expect(row.getByRole('cell').nth(2)).toHaveText('100 %');
    // Two attempts each: the right one and the wrong one.
    await expect(row.getByRole('cell').nth(3)).toHaveText('2');
  }

  await page.goto('/cases/');
  await hydrateIslands(page);
  await expect(page.getByText(/You have completed 2 of \d+ cases/)).toBeVisible();
  for (const c of [TWO_FAILED, RESPONSE_NO_REMISSION]) {
    const card = page
      .locator('li.card')
      .filter({ has: page.getByRole('link', { name: c.title, exact: true }) });
    await expect(card.locator('.badge')).toHaveText('Done · best 100 %');
  }
  await expect(page.locator('li.card .badge--done')).toHaveCount(2);
  expect(watch.errors, 'console and page errors').toEqual([]);
});
