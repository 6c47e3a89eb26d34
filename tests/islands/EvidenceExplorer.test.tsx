// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import EvidenceExplorer, { MAX_OUTCOMES } from '../../src/components/islands/evidence-explorer.tsx';
import { LANDMARK_FIGURES } from '../../src/data/landmark-trials.ts';
import { evidenceView } from '../../src/components/islands/evidence-view.ts';

afterEach(cleanup);

// What EvidenceExplorer.astro reads from the data file at build time.
const view = evidenceView();

/** One drawing: an outcome's panel, without (`no`), with (`yes`) or regardless of (`any`) unverified figures. */
function variant(outcome: string, which: 'no' | 'yes' | 'any'): HTMLElement {
  const el = document.querySelector<HTMLElement>(
    `.evidence-explorer__panel[data-outcome="${outcome}"] .evidence-explorer__variant[data-unverified="${which}"]`,
  );
  if (!el) throw new Error(`no ${which} drawing for ${outcome}`);
  return el;
}
const chartValues = (v: HTMLElement) =>
  [...v.querySelectorAll('.evidence-chart__value')].map((t) => t.textContent ?? '');
const tableValues = (v: HTMLElement) =>
  [...v.querySelectorAll('.evidence-table__value')].map((t) => t.textContent ?? '');

describe('EvidenceExplorer (static: the radios and the checkbox choose a drawing in CSS)', () => {
  it('draws every outcome, with the same figures in its chart and its table', () => {
    render(<EvidenceExplorer view={view} />);
    const panels = [...document.querySelectorAll<HTMLElement>('.evidence-explorer__panel')];
    expect(panels.map((p) => p.dataset['outcome'])).toEqual([
      'response',
      'remission',
      'relapse',
      'reduction',
    ]);
    for (const v of document.querySelectorAll<HTMLElement>('.evidence-explorer__variant')) {
      expect(chartValues(v).length).toBeGreaterThan(0);
      expect(chartValues(v)).toEqual(tableValues(v));
    }
  });

  it('charts ELEKT-D response as 55.4 % ketamine vs 41.2 % ECT (clinical-rules §11a)', () => {
    render(<EvidenceExplorer view={view} />);
    const response = variant('response', 'no');
    expect(within(response).getByRole('img', { name: /Response in landmark TRD trials/ })).toBeTruthy();
    const rows = within(within(response).getByTestId('evidence-table')).getAllByRole('row');
    const ketamine = rows.find((r) => r.textContent?.includes('IV ketamine'));
    const ect = rows.find((r) => /^ECT/.test(r.querySelector('td')?.textContent ?? ''));
    expect(ketamine?.textContent).toContain('55.4 %');
    expect(ect?.textContent).toContain('41.2 %');
  });

  it('draws relapse: SUSTAIN-1 stable remitters 26.7 % vs 45.3 %, Bauer 2000 0 % vs 47 % (§11b, §16b)', () => {
    render(<EvidenceExplorer view={view} />);
    const relapse = variant('relapse', 'any');
    expect(tableValues(relapse)).toEqual(['26.7 %', '45.3 %', '0 %', '47 %']);
    expect(within(relapse).getByTestId('evidence-summary').textContent).toMatch(/^Relapse, 2 trials/);
  });

  it('keeps unverified figures for the drawing shown on request, and marks them', () => {
    render(<EvidenceExplorer view={view} initialOutcome="remission" />);
    const without = variant('remission', 'no');
    const withThem = variant('remission', 'yes');
    expect(without.textContent).not.toContain('THREE-D');
    expect(within(withThem).getByTestId('evidence-table').textContent).toContain('THREE-D');
    expect(within(withThem).getByTestId('evidence-table').textContent).toContain('Not verified');
    expect(within(withThem).getByTestId('evidence-summary').textContent).toContain('(unverified)');
    expect(chartValues(withThem)).toEqual(tableValues(withThem));
  });

  it("checks the initial outcome: labelled native radios, one per panel, in the panels' order", () => {
    render(<EvidenceExplorer view={view} initialOutcome="relapse" />);
    const radios = screen.getAllByRole<HTMLInputElement>('radio');
    expect(radios.map((r) => r.value)).toEqual(['response', 'remission', 'relapse', 'reduction']);
    expect(radios.filter((r) => r.checked).map((r) => r.value)).toEqual(['relapse']);
    for (const r of radios) expect(r.closest('label')).not.toBeNull();
    expect(screen.getByRole('checkbox', { name: /not yet verified/ })).toBeTruthy();
  });

  it('has CSS rules for as many outcomes as it draws, and refuses more', () => {
    const css = readFileSync('src/styles/islands/evidence-explorer.css', 'utf8').replace(/\s+/g, ' ');
    for (let n = 1; n <= MAX_OUTCOMES; n++) {
      expect(css).toContain(`.evidence-explorer__choices > :nth-child(${n}) input:checked`);
      expect(css).toContain(`.evidence-explorer__panels > :nth-child(${n})`);
    }
    expect(css).not.toContain(`:nth-child(${MAX_OUTCOMES + 1})`);
    const many = { ...view, outcomes: Array.from({ length: MAX_OUTCOMES + 1 }, () => view.outcomes[0]!) };
    expect(() => render(<EvidenceExplorer view={many} />)).toThrow(/at most 6/);
  });

  it('is static: the chapter renders it without a client directive', () => {
    const wrapper = readFileSync('src/components/islands/EvidenceExplorer.astro', 'utf8');
    expect(wrapper).toMatch(/<EvidenceExplorer\b/);
    expect(wrapper).not.toMatch(/client:/);
  });
});

describe('landmark-trials data', () => {
  it('cites only keys that exist in content/references.json', () => {
    const path = join(process.cwd(), 'content', 'references.json');
    const keys = new Set((JSON.parse(readFileSync(path, 'utf8')) as { key: string }[]).map((r) => r.key));
    const missing = LANDMARK_FIGURES.flatMap((f) => f.sources).filter((k) => !keys.has(k));
    expect(missing).toEqual([]);
  });

  it('keeps every figure a percentage between 0 and 100', () => {
    for (const f of LANDMARK_FIGURES)
      for (const a of f.arms) expect(a.value >= 0 && a.value <= 100).toBe(true);
  });
});
