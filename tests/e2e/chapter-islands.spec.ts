// Every chapter island, by keyboard: focus a control (Tab, or locator.focus()), change it with the
// keyboard (typing, arrow keys, Space, Enter) and check that the visible result changes to the
// value the sources give. Every numeric field also gets nonsense ("abc", "-5", "1e9"): an inline
// message tied to the field, never a page error. Each chapter's self-check is answered, checked
// and scored.
//
// Expected values come from ../shared/reference/clinical-rules.md (§ numbers below), the engine
// contract (../shared/design/engine-contract.md) and the chapter issues (4–7), never from running
// the code.
import { test, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { expectInlineError, expectNoInlineError, retype, hydrateIslands, watchPage } from './helpers.ts';

let context: BrowserContext;
let page: Page;
let watch: ReturnType<typeof watchPage>;
let errorsBefore = 0;

// One page for the file; each chapter is loaded (and all its islands hydrated) once.
test.beforeAll(async ({ browser }, info) => {
  const baseURL = info.project.use.baseURL ?? '';
  context = await browser.newContext({ baseURL });
  page = await context.newPage();
  watch = watchPage(page, baseURL);
});
test.afterAll(async () => {
  await context.close();
});
test.beforeEach(() => {
  errorsBefore = watch.errors.length;
});
test.afterEach(() => {
  expect(watch.errors.slice(errorsBefore), 'console and page errors').toEqual([]);
});

async function openChapter(slug: 'principles' | 'mechanisms' | 'applications') {
  if (new URL(page.url() === 'about:blank' ? 'http://x/' : page.url()).pathname === `/chapters/${slug}/`)
    return;
  await page.goto(`/chapters/${slug}/`);
  await hydrateIslands(page);
}

/** Focuses a field and replaces its text by typing. */
async function typeInto(field: Locator, text: string) {
  await field.focus();
  await expect(field).toBeFocused();
  await retype(page, text, field);
}

/**
 * Types "abc", "-5" and "1e9" into the field; each must give an inline message tied to it. Then
 * `valid` must clear it. Returns one line per failure, so one run reports every field at once.
 */
async function nonsenseProblems(field: Locator, valid: string, name?: string): Promise<string[]> {
  const label =
    name ?? (await field.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? el.id));
  const problems: string[] = [];
  for (const nonsense of ['abc', '-5', '1e9']) {
    await typeInto(field, nonsense);
    try {
      const message = await expectInlineError(field, 3000);
      if (message.length < 6) problems.push(`${label}: “${nonsense}” → message too short: ${message}`);
    } catch {
      problems.push(`${label}: “${nonsense}” gave no inline message tied to the field`);
    }
  }
  await typeInto(field, valid);
  await expectNoInlineError(field);
  return problems;
}

/** Every field of `fields` (name → a valid value to restore) rejects nonsense inline. */
async function expectNonsenseRejected(fields: [Locator, string, string?][]) {
  const problems: string[] = [];
  for (const [field, valid, name] of fields) problems.push(...(await nonsenseProblems(field, valid, name)));
  expect(problems, 'fields that accepted nonsense silently').toEqual([]);
}

/** Presses a button reached with the keyboard: focus, then Enter. */
async function press(button: Locator) {
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
}

/** A percentage shown as "71 %" (with a no-break space) → 71. */
const percentOf = async (l: Locator) => Number(((await l.textContent()) ?? '').replace(/[^\d.]/g, ''));

test.describe('Chapter 1 — Principles', () => {
  test('AdequacyChecker: dose, weeks and adherence decide adequacy', async () => {
    await openChapter('principles');
    const island = page.locator('.adequacy-checker');
    const verdict = island.locator('.adequacy-checker__result .feedback__verdict');
    const dose = island.getByLabel('Dose (mg/day)');
    const weeks = island.getByLabel('Weeks at that dose');
    const adherence = island.getByLabel('Adherence (% of doses taken)');
    // Sertraline 200 mg/day, 8 weeks, 90 %: ≥ the 50 mg minimum (§6b), ≥ 6 weeks, ≥ 80 %.
    await expect(island.getByLabel('Antidepressant')).toHaveValue('sertraline');
    await expect(verdict).toHaveText('Adequate trial');
    await typeInto(weeks, '5');
    await expect(verdict).toHaveText('Not an adequate trial — duration');
    await typeInto(weeks, '6');
    await expect(verdict).toHaveText('Adequate trial');
    await typeInto(dose, '25');
    await expect(verdict).toHaveText('Not an adequate trial — dose');
    await typeInto(dose, '200');
    await typeInto(adherence, '70');
    await expect(verdict).toHaveText('Not an adequate trial — adherence');
    await typeInto(adherence, '80');
    await expect(verdict).toHaveText('Adequate trial');
    // Escitalopram by type-ahead on the focused select: 10 mg is its minimum (§6b), 5 mg is not.
    await island.getByLabel('Antidepressant').focus();
    await page.keyboard.type('escitalopram');
    await expect(island.getByLabel('Antidepressant')).toHaveValue('escitalopram');
    await typeInto(dose, '10');
    await expect(verdict).toHaveText('Adequate trial');
    await typeInto(dose, '5');
    await expect(verdict).toHaveText('Not an adequate trial — dose');
    await typeInto(dose, '10');
    // Stopped early for an adverse effect: intolerance, not failure (engine contract).
    await typeInto(weeks, '3');
    await page.keyboard.press('Tab'); // adherence
    await page.keyboard.press('Tab'); // the checkbox
    await expect(
      island.getByRole('checkbox', { name: 'Stopped because of an adverse effect' }),
    ).toBeFocused();
    await page.keyboard.press('Space');
    await expect(verdict).toContainText('Not an adequate trial');
    await expect(verdict).toContainText('intolerance');
    await page.keyboard.press('Space');
    await typeInto(weeks, '8');

    await expectNonsenseRejected([
      [dose, '10'],
      [weeks, '8'],
      [adherence, '90'],
    ]);
    await expect(verdict).toHaveText('Adequate trial');
  });

  test('OutcomeClassifier: percent change and category, thresholds per scale and profile', async () => {
    await openChapter('principles');
    const island = page.locator('.outcome-classifier');
    const result = island.locator('.outcome-classifier__result');
    const start = island.getByLabel('Start score');
    const end = island.getByLabel('End score');
    // HAM-D-17 24 → 12: 50 % → response; 12 > 7 → without remission (§7a–b).
    await expect(result).toContainText('Reduction: 50 %');
    await expect(result).toContainText('Category: Response without remission');
    await typeInto(end, '20'); // (24 − 20) / 24 = 16.7 % < 25 % → non-response
    await expect(result).toContainText('Reduction: 16.7 %');
    await expect(result).toContainText('Category: Non-response');
    await typeInto(end, '16'); // 33.3 %: 25–49 % → partial response
    await expect(result).toContainText('Reduction: 33.3 %');
    await expect(result).toContainText('Category: Partial response');
    await typeInto(end, '18'); // exactly 25 %: partial under Desseilles (≥ 25 %)
    await expect(result).toContainText('Category: Partial response');
    await typeInto(end, '7'); // ≤ 7 on HAM-D-17 → remission
    await expect(result).toContainText('Category: Remission');
    await expect(island.locator('figcaption')).toContainText('HAM-D-17 ≤ 7');

    // MADRS: remission ≤ 10 in the standard profile, ≤ 12 in the regulatory one (§7b, contract).
    await island.getByLabel('Rating scale').focus();
    await page.keyboard.type('MADRS');
    await expect(island.getByText('Remission on MADRS: ≤ 10')).toBeVisible();
    await typeInto(start, '30');
    await typeInto(end, '11');
    await expect(result).toContainText('Reduction: 63.3 %');
    await expect(result).toContainText('Category: Response without remission');
    await island.getByLabel('Criteria profile').focus();
    await page.keyboard.type('Regulatory');
    await expect(island.getByText('Remission on MADRS: ≤ 12')).toBeVisible();
    await expect(result).toContainText('Category: Remission');

    await expectNonsenseRejected([
      [start, '30'],
      [end, '11'],
    ]);
    await expect(result).toContainText('Reduction: 63.3 %');
  });

  test('DefinitionsExplorer: one history under each profile and staging model, without JavaScript', async () => {
    await openChapter('principles');
    const island = page.locator('.definitions-explorer');
    const first = island.locator('details', { has: page.locator('[data-preset="ssri-then-snri"]') });
    const ssris = island.locator('details', { has: page.locator('[data-preset="two-ssris"]') });
    // Sertraline then venlafaxine, both failed: TRD under both profiles; Thase–Rush II (SSRI then
    // SNRI, §1); European TRD1 (2 failed trials, §2); MGH 2 points (1 per failed trial, §3);
    // Maudsley 18 months → 2, severe (HAM-D-17 24, §7e) → 4, 2 failures → 1: 7, moderate (§4).
    await expect(first).toHaveAttribute('open', '');
    await expect(first.locator('.definitions-explorer__summary')).toContainText(
      /Standard[^·]*: TRD yes · Regulatory[^·]*: TRD yes/,
    );
    const models = first.locator('.definitions-explorer__models');
    await expect(models).toContainText('Stage II');
    await expect(models).toContainText('TRD1');
    await expect(models).toContainText('2 points');
    await expect(models).toContainText('7 (moderate)');
    // Two SSRIs: not TRD where classes must differ, TRD where any two antidepressants count
    // (contract: standard vs regulatory profile; §8a). Opened by keyboard; the first one closes.
    await expect(ssris.locator('.definitions-explorer__summary')).toBeHidden();
    await ssris.locator(':scope > summary').focus();
    await page.keyboard.press('Enter');
    await expect(ssris).toHaveAttribute('open', '');
    await expect(first).not.toHaveAttribute('open', '');
    await expect(ssris.locator('.definitions-explorer__summary')).toContainText(
      /Standard[^·]*: TRD no · Regulatory[^·]*: TRD yes/,
    );
    const trdRow = ssris.getByRole('row', { name: /Treatment-resistant depression\?/ });
    await expect(trdRow).toContainText('differs');
    await expect(trdRow.getByRole('cell')).toHaveText(['No', 'Yes']);
    await expect(island.locator('astro-island')).toHaveCount(0);
  });

  test('SelfCheck: answer all by keyboard, check, see a score', async () => {
    await openChapter('principles');
    await answerSelfCheck();
  });
});

test.describe('Chapter 2 — Mechanisms', () => {
  test('OccupancyExplorer: the worked example reproduces 71 % → 83 %', async () => {
    await openChapter('mechanisms');
    const island = page.locator('.occupancy-explorer');
    const value = island.getByTestId('occupancy-value');
    const plasma = island.getByRole('textbox', { name: 'Unbound plasma concentration' });
    await typeInto(plasma, '200');
    const moved = await percentOf(value);
    expect(moved).not.toBe(71);
    // The worked example (issue 6, §15a): 71 % with efflux; doubling the brain level gives 83 %.
    await press(island.getByRole('button', { name: /Worked example: P-gp substrate/ }));
    await expect(value).toHaveText(/^71\s%$/);
    await expect(island.getByTestId('occupancy-readout')).toContainText(/below 80\s%/);
    await press(island.getByRole('button', { name: 'Block efflux: double Kp,uu' }));
    await expect(value).toHaveText(/^83\s%$/);
    await expect(island.getByTestId('occupancy-compare')).toContainText(/Was 71\s%.*now 83\s%/);
    await expect(island.getByTestId('occupancy-readout')).toContainText(/≥ 80\s%/);

    const box = (name: string) => island.getByRole('textbox', { name, exact: true });
    await expectNonsenseRejected([
      [box('Unbound plasma concentration'), '40'],
      [box('Kp,uu'), '0.5'],
      [box('EC50 (brain, unbound)'), '8'],
    ]);
  });

  test('TryptophanShunt: more inflammation sends more tryptophan to kynurenine', async () => {
    await openChapter('mechanisms');
    const island = page.locator('.tryptophan-shunt');
    const field = island.getByRole('textbox', { name: 'Inflammation index' });
    const serotonin = island.getByTestId('shunt-serotonin');
    const kynurenine = island.getByTestId('shunt-kynurenine');
    // Direction from the sources (Miller & Raison, issue 6): cytokines induce IDO, tryptophan
    // moves from the serotonin route to the kynurenine route; the two shares make 100 %.
    await typeInto(field, '0.3');
    const s1 = await percentOf(serotonin);
    const k1 = await percentOf(kynurenine);
    expect(Math.abs(s1 + k1 - 100)).toBeLessThanOrEqual(1);
    await typeInto(field, '0.8');
    await expect.poll(() => percentOf(serotonin)).toBeLessThan(s1);
    expect(await percentOf(kynurenine)).toBeGreaterThan(k1);
    // The "None" preset by keyboard: the most serotonin.
    await press(island.getByRole('button', { name: 'None (0)' }));
    await expect(island.getByRole('button', { name: 'None (0)' })).toHaveAttribute('aria-pressed', 'true');
    await expect(field).toHaveValue('0');
    await expect.poll(() => percentOf(serotonin)).toBeGreaterThan(s1);
    // The slider moves by arrow key and writes into the number field.
    await island.getByRole('slider', { name: 'Inflammation index (slider)' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(field).toHaveValue('0.05');

    await expectNonsenseRejected([[field, '0.3']]);
  });

  test('HpaFeedback: weaker GR feedback keeps cortisol high and the DST unsuppressed', async () => {
    await openChapter('mechanisms');
    const island = page.locator('.hpa-feedback');
    const gr = island.getByRole('textbox', { name: 'GR sensitivity (s)' });
    const drive = island.getByRole('textbox', { name: 'Stress drive (D)' });
    const readout = island.getByTestId('hpa-readout');
    await typeInto(gr, '1');
    await typeInto(drive, '1');
    // Healthy resting state is the model's unit (= 1); intact feedback holds cortisol there.
    await expect(island.getByTestId('hpa-cortisol')).toHaveText('1×');
    await expect(readout).toContainText('holds cortisol at or near baseline');
    await press(island.getByRole('button', { name: 'Run simulated DST' }));
    await expect(island.getByTestId('hpa-dst')).toContainText(/suppressed$/);
    // GR resistance under stress (Pariante & Lightman, issue 6): cortisol stays high and
    // dexamethasone fails to suppress it.
    await typeInto(gr, '0.4');
    await typeInto(drive, '1.5');
    await expect
      .poll(async () => Number((await island.getByTestId('hpa-cortisol').textContent())?.replace('×', '')))
      .toBeGreaterThan(1.05);
    await expect(readout).toContainText('not strong enough to bring cortisol back to baseline');
    await expect(island.getByTestId('hpa-dst')).toContainText('non-suppression');

    await expectNonsenseRejected([
      [gr, '1'],
      [drive, '1'],
    ]);
    await expect(island.getByTestId('hpa-cortisol')).toHaveText('1×');
  });

  test('DisinhibitionCircuit: Next steps through the cascade in order', async () => {
    await openChapter('mechanisms');
    const island = page.locator('.disinhibition-circuit');
    const label = island.getByTestId('dc-label');
    const next = island.getByRole('button', { name: 'Next →' });
    await next.focus();
    const seen: string[] = [(await label.textContent()) ?? ''];
    await expect(island.getByTestId('dc-ketamine')).toHaveCount(0);
    for (let i = 0; i < 20 && (await next.isEnabled()); i++) {
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(label).not.toHaveText(seen.at(-1) ?? '');
      seen.push((await label.textContent()) ?? '');
    }
    // The proposed cascade (Duman & Aghajanian 2012, issue 6): interneuron NMDA block →
    // disinhibited pyramidal burst → AMPA throughput → BDNF release → mTOR → synaptogenesis.
    const order = [/NMDA/, /burst/i, /AMPA/, /BDNF/, /mTOR/, /synap/i];
    let at = 0;
    for (const step of order) {
      const found = seen.findIndex((s, i) => i >= at && step.test(s));
      expect(found, `${String(step)} after step ${at} in ${seen.join(' → ')}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
    await expect(island.getByTestId('dc-readout')).toContainText(`Step ${seen.length} of ${seen.length}`);
    await expect(island.getByTestId('dc-ketamine')).toHaveCount(1);
    // Focus is not lost when Next is disabled at the end: it moves to "Start again", which returns
    // to step 1 and hands focus back to Next.
    const again = island.getByRole('button', { name: 'Start again' });
    await expect(again).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(next).toBeFocused();
    await expect(label).toHaveText(seen[0] ?? '');
    await expect(island.getByTestId('dc-readout')).toContainText(`Step 1 of ${seen.length}`);
  });

  test('ConvergenceMap: arrow keys choose a mechanism; its linked treatments show', async () => {
    await openChapter('mechanisms');
    const island = page.locator('.convergence-map');
    const details = island.getByTestId('cm-details');
    const group = island.getByRole('group', { name: /Mechanisms/ });
    await group.locator('button[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    await expect(group.getByRole('button', { name: 'Plasticity' })).toBeFocused();
    await expect(group.getByRole('button', { name: 'Plasticity' })).toHaveAttribute('aria-pressed', 'true');
    // Inflammation → anti-inflammatory treatment, investigational: no overall benefit of
    // infliximab, a possible one above hs-CRP 5 mg/L (Raison 2013, §10).
    for (let i = 0; i < 12; i++) {
      if ((await group.getByRole('button', { name: 'Inflammation' }).getAttribute('aria-pressed')) === 'true')
        break;
      await page.keyboard.press('ArrowRight');
    }
    const inflammation = group.getByRole('button', { name: 'Inflammation' });
    await expect(inflammation).toBeFocused();
    await expect(inflammation).toHaveAttribute('aria-pressed', 'true');
    await expect(details.getByTestId('cm-label')).toContainText(/inflammation/i);
    await expect(details.getByTestId('cm-treatments')).toContainText(/infliximab/i);
    await expect(details.getByTestId('cm-treatments')).toContainText('investigational');
    await expect(details.getByTestId('cm-treatments')).toContainText(/5 mg\/L/);
    // Glutamate → ketamine and esketamine (§11).
    for (let i = 0; i < 12; i++) {
      if ((await group.getByRole('button', { name: 'Glutamate' }).getAttribute('aria-pressed')) === 'true')
        break;
      await page.keyboard.press('ArrowRight');
    }
    await expect(group.getByRole('button', { name: 'Glutamate' })).toBeFocused();
    await expect(details.getByTestId('cm-treatments')).toContainText(/ketamine/i);
    // Only the selected mechanism is a tab stop (one stop for the group).
    await expect(group.locator('button[tabindex="0"]')).toHaveCount(1);
    await expect(details.getByRole('link')).toHaveAttribute('href', /^#/);
  });

  test('SelfCheck: answer all by keyboard, check, see a score', async () => {
    await openChapter('mechanisms');
    await answerSelfCheck();
  });
});

test.describe('Chapter 3 — Applications', () => {
  test('EsketamineCheck: a contraindication or age under 18 makes the patient not eligible', async () => {
    await openChapter('applications');
    const island = page.locator('.esketamine-check');
    const verdict = island.getByTestId('esketamine-verdict');
    // Default: adult, two failed adequate trials of different antidepressants, no
    // contraindication → eligible, with the label's monitoring (BP; ≥ 2 hours; §8b).
    await expect(verdict).toContainText('Eligible.');
    await expect(island.getByTestId('esketamine-monitoring')).toContainText(/blood pressure/i);
    await expect(island.getByTestId('esketamine-monitoring')).toContainText(/2 hours/);
    const aneurysm = island.getByRole('checkbox', { name: /aneurysmal vascular disease/i });
    await island.getByRole('checkbox', { name: 'Lifetime manic or hypomanic episode' }).focus();
    await page.keyboard.press('Tab');
    await expect(aneurysm).toBeFocused();
    await page.keyboard.press('Space');
    await expect(aneurysm).toBeChecked();
    await expect(verdict).toContainText('Not eligible.');
    await expect(island.getByTestId('esketamine-reasons')).toContainText(/aneurysmal vascular disease/i);
    await page.keyboard.press('Space');
    await expect(verdict).toContainText('Eligible.');
    // Under 18: not established (§8b).
    const age = island.getByRole('textbox', { name: 'Age (years)' });
    await typeInto(age, '17');
    await expect(verdict).toContainText('Not eligible.');
    await typeInto(age, '42');
    await expect(verdict).toContainText('Eligible.');
    // Trial 2 cut to 4 weeks: not adequate (< 6 weeks), so one failed trial: not TRD (§8a).
    const weeks2 = island
      .locator('.esketamine-check__trial')
      .nth(1)
      .getByRole('textbox', { name: 'Weeks at dose' });
    await typeInto(weeks2, '4');
    await expect(island.getByTestId('trial-reading-1')).toContainText('Not an adequate trial (duration)');
    await expect(verdict).toContainText('Not eligible.');
    await typeInto(weeks2, '8');
    await expect(verdict).toContainText('Eligible.');

    const fields = island.locator('input[type="text"]');
    const n = await fields.count();
    expect(n).toBe(3 + 2 * 4); // age, episode, baseline; per trial: dose, weeks, adherence, end score
    const all: [Locator, string, string][] = [];
    for (let i = 0; i < n; i++) {
      const field = fields.nth(i);
      const label = await field.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
      all.push([
        field,
        await field.inputValue(),
        i < 3 ? label : `trial ${Math.floor((i - 3) / 4) + 1}, ${label}`,
      ]);
    }
    await expectNonsenseRejected(all);
    await expect(verdict).toContainText('Eligible.');
  });

  test('EvidenceExplorer: switching outcome changes the chart and the table the same way, without JavaScript', async () => {
    await openChapter('applications');
    const island = page.locator('.evidence-explorer');
    // Only the drawing the radios and the checkbox choose is displayed (CSS); read what is visible.
    const visibleValues = (testId: string) =>
      island
        .locator(`[data-testid="${testId}"]:visible [data-value]`)
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
    const chartValues = () => visibleValues('evidence-chart');
    const tableValues = () => visibleValues('evidence-table');
    await expect(island.locator('astro-island')).toHaveCount(0);
    await expect(island.locator('[data-testid="evidence-chart"]:visible')).toHaveCount(1);
    const response = island.getByRole('radio', { name: 'Response' });
    await expect(response).toBeChecked();
    // ELEKT-D response 55.4 % ketamine vs 41.2 % ECT (§11a).
    expect(await chartValues()).toEqual(expect.arrayContaining(['55.4', '41.2']));
    expect(await tableValues()).toEqual(await chartValues());
    await response.focus();
    await page.keyboard.press('ArrowDown');
    await expect(island.getByRole('radio', { name: 'Remission' })).toBeChecked();
    await expect(island.locator('[data-testid="evidence-table"]:visible caption')).toContainText('Remission');
    // STAR*D level 3: T3 24.7 % vs lithium 15.9 % (§14); CORE ECT remission 75 % (§12).
    await expect.poll(chartValues).toEqual(expect.arrayContaining(['24.7', '15.9', '75']));
    expect(await tableValues()).toEqual(await chartValues());
    expect(await chartValues()).not.toContain('55.4');
    await page.keyboard.press('ArrowDown');
    await expect(island.getByRole('radio', { name: 'Relapse' })).toBeChecked();
    // SUSTAIN-1 stable remitters 26.7 % vs 45.3 % (§11b); lithium continuation 0 % vs 47 % (§16b).
    await expect.poll(chartValues).toEqual(expect.arrayContaining(['26.7', '45.3', '0', '47']));
    expect(await tableValues()).toEqual(await chartValues());
    // The chart's accessible name: its title, then the figures in words (the SVG's <desc>).
    await expect(island.locator('[data-testid="evidence-chart"]:visible')).toHaveAccessibleName(
      /^Relapse in landmark TRD trials .*Relapse, 2 trials/,
    );
    // Unverified figures only on request: THREE-D remission is "from memory" (§12).
    await page.keyboard.press('ArrowUp');
    await expect(island.getByRole('radio', { name: 'Remission' })).toBeChecked();
    expect(await chartValues()).not.toContain('78.6');
    const unverified = island.getByRole('checkbox', { name: /not yet verified/ });
    await unverified.focus();
    await page.keyboard.press('Space');
    await expect.poll(chartValues).toEqual(expect.arrayContaining(['78.6', '13.3']));
    expect(await tableValues()).toEqual(await chartValues());
    await expect(island.locator('[data-testid="evidence-chart"]:visible')).toHaveCount(1);
  });

  test('TreatmentTimeline: arrow keys move between trials and the details follow', async () => {
    await openChapter('applications');
    const island = page.locator('.treatment-timeline');
    const segments = island.getByTestId('timeline-segment');
    const details = island.getByTestId('timeline-details');
    await expect(segments).toHaveCount(5);
    // Sertraline (SSRI) and venlafaxine (SNRI) both failed adequately: TRD, 2 failures, 2 classes.
    await expect(island.locator('.field-hint').first()).toContainText(
      'meets the TRD definition — 2 failed adequate antidepressant trials, 2 classes',
    );
    await segments.first().focus();
    await expect(segments.first()).toBeFocused();
    // Citalopram stopped for adverse effects at 2 weeks: intolerance, not failure (contract).
    await expect(details).toContainText('Treatment 1:');
    await expect(details).toContainText('Outcome: Intolerance');
    await page.keyboard.press('ArrowRight');
    await expect(segments.nth(1)).toBeFocused();
    // Sertraline 150 mg, 8 weeks, HAM-D-17 25 → 23: 8 % < 25 % → non-response, failed (§7a).
    await expect(details).toContainText('Treatment 2:');
    await expect(details).toContainText('25 → 23 (−8 %)');
    await expect(details).toContainText('Outcome: Non-response');
    await expect(details).toContainText('Adequate trial — counts as a failed trial');
    await page.keyboard.press('ArrowDown');
    // Venlafaxine 23 → 16: 30.4 % → partial response (§7a).
    await expect(details).toContainText('Treatment 3:');
    await expect(details).toContainText('23 → 16 (−30.4 %)');
    await expect(details).toContainText('Outcome: Partial response');
    await page.keyboard.press('ArrowRight');
    // Lithium added, 16 → 12: exactly 25 % → partial response (Desseilles: 25–49 %).
    await expect(details).toContainText('Treatment 4:');
    await expect(details).toContainText('16 → 12 (−25 %)');
    await expect(details).toContainText('Outcome: Partial response');
    await page.keyboard.press('End');
    // Bilateral ECT, 12 → 6: HAM-D-17 ≤ 7 → remission (§7b).
    await expect(segments.nth(4)).toBeFocused();
    await expect(details).toContainText('Treatment 5:');
    await expect(details).toContainText('Outcome: Remission');
    await page.keyboard.press('ArrowRight'); // wraps to the first
    await expect(segments.first()).toBeFocused();
    await expect(details).toContainText('Treatment 1:');
    await page.keyboard.press('ArrowLeft'); // and back to the last
    await expect(details).toContainText('Treatment 5:');
    await page.keyboard.press('Home');
    await expect(details).toContainText('Treatment 1:');
    // One tab stop for all the segments.
    await expect(island.locator('[data-testid="timeline-segment"][tabindex="0"]')).toHaveCount(1);
  });

  test('SelfCheck: answer all by keyboard, check, see a score', async () => {
    await openChapter('applications');
    await answerSelfCheck();
  });
});

/** Answers every question of the page's self-check by keyboard, checks, and reads the score. */
async function answerSelfCheck() {
  const island = page.locator('.selfcheck');
  await expect(island).toHaveCount(1);
  const groups = island.getByRole('group');
  const n = await groups.count();
  expect(n).toBeGreaterThan(0);
  const submit = island.getByRole('button', { name: 'Check answers' });
  await expect(submit).toBeDisabled();
  for (let i = 0; i < n; i++) {
    const first = groups.nth(i).getByRole('radio').first();
    await first.focus();
    await page.keyboard.press(i % 2 === 0 ? 'Space' : 'ArrowDown');
    await expect(groups.nth(i).locator('input:checked')).toHaveCount(1);
  }
  await press(submit);
  const status = island.getByRole('status');
  await expect(status).toHaveText(new RegExp(`^You scored \\d+ of ${n}\\. Saved to your progress\\.$`));
  await expect(status).toBeFocused();
  await expect(island.locator('.feedback')).toHaveCount(n);
  const right = await island.locator('.feedback--ok').count();
  await expect(status).toHaveText(`You scored ${right} of ${n}. Saved to your progress.`);
}
