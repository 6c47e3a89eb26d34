// @vitest-environment jsdom
// Expected values come from the sources (clinical-rules §1–§4, §7, §8 and the engine contract):
// - SSRI then SNRI, both failed: TRD under both profiles; Thase–Rush II (a distinctly different
//   class); European TRD1 (2 failed trials, module reading); MGH 1 + 1 = 2; Maudsley 18 months → 2,
//   HAM-D-17 24 → severe 4 (module convention, Zimmerman 2013 bands), 2 failures → 1: total 7, moderate.
// - Two SSRIs: standard needs 2 distinct classes (no); regulatory needs 2 different antidepressants
//   of any class (yes); Thase–Rush stays at stage I.
// - MADRS 20 → 12: 40 % partial response, above MADRS ≤ 10 (standard) but remission at ≤ 12
//   (regulatory), so the second trial fails only under standard.
// - Optimised sertraline, venlafaxine + lithium, failed bilateral ECT: MGH (1 + 0.5) + (1 + 0.5) + 3
//   = 6.0 (§3 worked example); Thase–Rush II (no TCA or MAOI trial, so ECT cannot reach stage V);
//   Maudsley 3 + 4 + 1 + 1 + 1 = 10, moderate.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import DefinitionsExplorer, { shownPreset } from '../../src/islands/principles/DefinitionsExplorer.tsx';
import { definitionsViews } from '../../src/components/islands/definitions-view.ts';

// As the Astro wrapper does at build time: the engine assesses every preset and the explorer is
// rendered from the results (static HTML, one disclosure per patient).
const presets = definitionsViews();

afterEach(cleanup);

/** The disclosure of one patient. */
function patient(id: string): HTMLDetailsElement {
  const el = document.querySelector<HTMLElement>(`[data-preset="${id}"]`)?.closest('details');
  if (!el) throw new Error(`no preset ${id}`);
  return el;
}
function rowOf(id: string, label: RegExp): HTMLElement {
  const tr = within(within(patient(id)).getByRole('table'))
    .getAllByRole('row')
    .find((r) => label.test(r.querySelector('th')?.textContent ?? ''));
  if (!tr) throw new Error(`no row ${label}`);
  return tr;
}
const row = (id: string, label: RegExp) =>
  [...rowOf(id, label).querySelectorAll('td')].map((td) => td.textContent ?? '');
const differs = (id: string, label: RegExp) => rowOf(id, label).classList.contains('row--differs');

describe('DefinitionsExplorer', () => {
  it('renders one named disclosure per patient, the first open, with a column per criteria profile', () => {
    render(<DefinitionsExplorer presets={presets} />);
    const all = [...document.querySelectorAll('details.definitions-explorer__patient')];
    expect(all).toHaveLength(presets.length);
    expect(all.map((d) => d.querySelector('summary')?.textContent)).toEqual(presets.map((p) => p.title));
    expect(new Set(all.map((d) => d.getAttribute('name')))).toEqual(new Set(['definitions-patient']));
    expect(all.map((d) => (d as HTMLDetailsElement).open)).toEqual(presets.map((_, i) => i === 0));
    const headers = within(patient('ssri-then-snri'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent ?? '');
    expect(headers[1]).toMatch(/^Standard/);
    expect(headers[2]).toMatch(/^Regulatory/);
  });

  it('stages SSRI → SNRI failures: TRD everywhere, Stage II, TRD1, 2 points, Maudsley 7 (moderate)', () => {
    render(<DefinitionsExplorer presets={presets} />);
    expect(row('ssri-then-snri', /Treatment-resistant depression/)).toEqual(['Yes', 'Yes']);
    expect(row('ssri-then-snri', /Thase–Rush/)).toEqual(['Stage II', 'Stage II']);
    expect(row('ssri-then-snri', /European/)).toEqual(['TRD1', 'TRD1']);
    expect(row('ssri-then-snri', /MGH/)).toEqual(['2 points', '2 points']);
    expect(row('ssri-then-snri', /Maudsley/)).toEqual(['7 (moderate)', '7 (moderate)']);
    expect(
      within(patient('ssri-then-snri')).getByText(/Every profile reaches the same verdicts/),
    ).toBeTruthy();
  });

  it('shows the profiles disagreeing on two SSRIs, and why', () => {
    render(<DefinitionsExplorer presets={presets} />);
    expect(row('two-ssris', /Treatment-resistant depression/)).toEqual(['No', 'Yes']);
    expect(differs('two-ssris', /Treatment-resistant depression/)).toBe(true);
    expect(row('two-ssris', /Thase–Rush/)).toEqual(['Stage I', 'Stage I']);
    const why = patient('two-ssris').querySelectorAll('.definitions-explorer__why');
    expect(why.length).toBe(2);
    expect(why[0]?.textContent).toMatch(/TRD not met/);
    expect(why[1]?.textContent).toMatch(/TRD met/);
    expect(why[0]?.querySelector('a[href^="/references/#ref-"]')).toBeTruthy();
    expect(patient('two-ssris').querySelector('.definitions-explorer__summary')?.textContent).toMatch(
      /TRD no .* TRD yes/,
    );
  });

  it('shows MADRS 12 as partial response (failed) under standard but remission under regulatory', () => {
    render(<DefinitionsExplorer presets={presets} />);
    expect(row('madrs-twelve', /Treatment 2/)).toEqual([
      'Partial response · failed',
      'Remission · not a failure',
    ]);
    expect(differs('madrs-twelve', /Treatment 2/)).toBe(true);
    expect(row('madrs-twelve', /Treatment-resistant depression/)).toEqual(['Yes', 'No']);
  });

  it('scores optimisation, lithium and ECT as MGH 6 while Thase–Rush stays at stage II', () => {
    render(<DefinitionsExplorer presets={presets} initialPreset="augmentation-and-ect" />);
    expect(patient('augmentation-and-ect').open).toBe(true);
    expect(patient('ssri-then-snri').open).toBe(false);
    expect(row('augmentation-and-ect', /MGH/)).toEqual(['6 points', '6 points']);
    expect(row('augmentation-and-ect', /Thase–Rush/)).toEqual(['Stage II', 'Stage II']);
    expect(row('augmentation-and-ect', /Maudsley/)).toEqual(['10 (moderate)', '10 (moderate)']);
    const cards = within(patient('augmentation-and-ect'))
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('card'));
    expect(cards).toHaveLength(4);
    expect(cards[2]?.textContent).toMatch(/MGH-s total: 6 points/);
  });

  it('opens the first patient for an unknown initial preset instead of crashing', () => {
    expect(shownPreset(presets, 'no-such-preset')).toBe('ssri-then-snri');
    render(<DefinitionsExplorer presets={presets} initialPreset="no-such-preset" />);
    expect(patient('ssri-then-snri').open).toBe(true);
  });

  it('is static: the chapter renders it without a client directive, so it ships no JavaScript', () => {
    const wrapper = readFileSync('src/components/islands/DefinitionsExplorer.astro', 'utf8');
    expect(wrapper).toMatch(/<DefinitionsExplorer\b/);
    expect(wrapper).not.toMatch(/client:/);
    const src = readFileSync('src/islands/principles/DefinitionsExplorer.tsx', 'utf8');
    expect(src).not.toMatch(/preact\/hooks/);
  });
});
