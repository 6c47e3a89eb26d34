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
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import DefinitionsExplorer, { shownPreset } from '../../src/islands/DefinitionsExplorer.tsx';
import DefinitionsPreset from '../../src/islands/principles/DefinitionsPreset.tsx';
import { definitionsChoices, definitionsViews } from '../../src/components/islands/definitions-view.ts';

// As the Astro wrapper does at build time: the engine assesses every preset, each preset's result
// is rendered (statically) as the island's children, and the island gets the choices as JSON.
const presets = JSON.parse(JSON.stringify(definitionsViews())) as ReturnType<typeof definitionsViews>;
const choices = definitionsChoices(presets);

function Explorer({ initialPreset }: { initialPreset?: string }) {
  const shown = shownPreset(choices, initialPreset);
  return (
    <DefinitionsExplorer choices={choices} initialPreset={shown}>
      {presets.map((p) => (
        <DefinitionsPreset key={p.id} preset={p} idPrefix="definitions" hidden={p.id !== shown} />
      ))}
    </DefinitionsExplorer>
  );
}

afterEach(cleanup);

function row(label: RegExp): string[] {
  const table = screen.getByRole('table');
  const tr = within(table)
    .getAllByRole('row')
    .find((r) => label.test(r.querySelector('th')?.textContent ?? ''));
  if (!tr) throw new Error(`no row ${label}`);
  return [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
}
const differs = (label: RegExp) =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .find((r) => label.test(r.querySelector('th')?.textContent ?? ''))
    ?.classList.contains('row--differs');
/** The one preset result not hidden. */
function shownPreset_(): HTMLElement {
  const shown = document.querySelectorAll<HTMLElement>('.definitions-explorer__preset:not([hidden])');
  expect(shown).toHaveLength(1);
  return shown[0] as HTMLElement;
}
const pick = (id: string) =>
  fireEvent.change(screen.getByRole('combobox', { name: 'Patient' }), { target: { value: id } });

describe('DefinitionsExplorer', () => {
  it('renders a labelled preset picker, a live summary and one column per criteria profile', () => {
    render(<Explorer />);
    expect(screen.getByRole('combobox', { name: 'Patient' })).toBeTruthy();
    expect(document.querySelector('.definitions-explorer__summary')?.getAttribute('aria-live')).toBe(
      'polite',
    );
    const headers = within(screen.getByRole('table'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent ?? '');
    expect(headers[1]).toMatch(/^Standard/);
    expect(headers[2]).toMatch(/^Regulatory/);
  });

  it('stages SSRI → SNRI failures: TRD everywhere, Stage II, TRD1, 2 points, Maudsley 7 (moderate)', async () => {
    render(<Explorer />);
    await waitFor(() => {
      expect(row(/Treatment-resistant depression/)).toEqual(['Yes', 'Yes']);
    });
    expect(row(/Thase–Rush/)).toEqual(['Stage II', 'Stage II']);
    expect(row(/European/)).toEqual(['TRD1', 'TRD1']);
    expect(row(/MGH/)).toEqual(['2 points', '2 points']);
    expect(row(/Maudsley/)).toEqual(['7 (moderate)', '7 (moderate)']);
    expect(within(shownPreset_()).getByText(/Every profile reaches the same verdicts/)).toBeTruthy();
  });

  it('shows the profiles disagreeing on two SSRIs, and why', async () => {
    render(<Explorer />);
    pick('two-ssris');
    await waitFor(() => {
      expect(row(/Treatment-resistant depression/)).toEqual(['No', 'Yes']);
    });
    expect(differs(/Treatment-resistant depression/)).toBe(true);
    expect(row(/Thase–Rush/)).toEqual(['Stage I', 'Stage I']);
    const why = document.querySelectorAll(
      '.definitions-explorer__preset:not([hidden]) .definitions-explorer__why',
    );
    expect(why.length).toBe(2);
    expect(why[0]?.textContent).toMatch(/TRD not met/);
    expect(why[1]?.textContent).toMatch(/TRD met/);
    expect(why[0]?.querySelector('a[href^="/references/#ref-"]')).toBeTruthy();
    expect(document.querySelector('.definitions-explorer__summary')?.textContent).toMatch(
      /TRD no .* TRD yes/,
    );
  });

  it('shows MADRS 12 as partial response (failed) under standard but remission under regulatory', async () => {
    render(<Explorer />);
    pick('madrs-twelve');
    await waitFor(() => {
      expect(row(/Treatment 2/)).toEqual(['Partial response · failed', 'Remission · not a failure']);
    });
    expect(differs(/Treatment 2/)).toBe(true);
    expect(row(/Treatment-resistant depression/)).toEqual(['Yes', 'No']);
  });

  it('scores optimisation, lithium and ECT as MGH 6 while Thase–Rush stays at stage II', async () => {
    render(<Explorer />);
    pick('augmentation-and-ect');
    await waitFor(() => {
      expect(row(/MGH/)).toEqual(['6 points', '6 points']);
    });
    expect(row(/Thase–Rush/)).toEqual(['Stage II', 'Stage II']);
    expect(row(/Maudsley/)).toEqual(['10 (moderate)', '10 (moderate)']);
    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('card'));
    expect(document.querySelectorAll('.definitions-explorer__preset:not([hidden])')).toHaveLength(1);
    expect(cards).toHaveLength(4);
    expect(cards[2]?.textContent).toMatch(/MGH-s total: 6 points/);
  });

  it('falls back to the first preset for an unknown initial preset instead of crashing', async () => {
    render(<Explorer initialPreset="no-such-preset" />);
    await waitFor(() => {
      expect(row(/Thase–Rush/)).toEqual(['Stage II', 'Stage II']);
    });
  });

  it('ships no engine and no result markup: the island imports neither the engine nor the preset view', () => {
    const src = readFileSync('src/islands/DefinitionsExplorer.tsx', 'utf8');
    expect(src).not.toMatch(/^import .*(DefinitionsPreset|finding-list)/m);
    const imports = [...src.matchAll(/^import (type )?.*? from '([^']+)';$/gms)].map((m) => [
      m[1] ?? '',
      m[2],
    ]);
    for (const [type, from] of imports) {
      if (/engine|definitions-view|presets/.test(from ?? '')) expect(type, from).toBe('type ');
    }
  });
});
