// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import EvidenceExplorer from '../../src/islands/EvidenceExplorer.tsx';
import { LANDMARK_FIGURES } from '../../src/data/landmark-trials.ts';
import { evidenceView } from '../../src/components/islands/evidence-view.ts';

afterEach(cleanup);

// What EvidenceExplorer.astro reads from the data file at build time.
const view = evidenceView();

function chartValues(): string[] {
  const svg = screen.getByTestId('evidence-chart');
  return [...svg.querySelectorAll('.evidence-chart__value')].map((t) => t.textContent ?? '');
}
function tableValues(): string[] {
  const table = screen.getByTestId('evidence-table');
  return [...table.querySelectorAll('.evidence-table__value')].map((t) => t.textContent ?? '');
}

describe('EvidenceExplorer', () => {
  it('shows the same figures in the chart and in the data table', async () => {
    render(<EvidenceExplorer view={view} />);
    await screen.findByRole('img', { name: /Response in landmark TRD trials/ });
    expect(chartValues().length).toBeGreaterThan(0);
    expect(chartValues()).toEqual(tableValues());
  });

  it('charts ELEKT-D response as 55.4 % ketamine vs 41.2 % ECT (clinical-rules §11a)', async () => {
    render(<EvidenceExplorer view={view} />);
    const table = await screen.findByTestId('evidence-table');
    const rows = within(table).getAllByRole('row');
    const ketamine = rows.find((r) => r.textContent?.includes('IV ketamine'));
    const ect = rows.find((r) => /^ECT/.test(r.querySelector('td')?.textContent ?? ''));
    expect(ketamine?.textContent).toContain('55.4 %');
    expect(ect?.textContent).toContain('41.2 %');
    expect(chartValues()).toEqual(expect.arrayContaining(['55.4 %', '41.2 %']));
  });

  it('switches outcome with the radio buttons and keeps chart and table in step', async () => {
    render(<EvidenceExplorer view={view} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Relapse' }));
    await screen.findByRole('img', { name: /Relapse in landmark TRD trials/ });
    // SUSTAIN-1 stable remitters 26.7 % vs 45.3 %; Bauer 2000 0 % vs 47 % (§11b, §16b).
    expect(tableValues()).toEqual(['26.7 %', '45.3 %', '0 %', '47 %']);
    expect(chartValues()).toEqual(tableValues());
    await waitFor(() => {
      expect(screen.getByTestId('evidence-summary').textContent).toMatch(/^Relapse, 2 trials/);
    });
  });

  it('hides unverified figures until asked, then marks them', async () => {
    render(<EvidenceExplorer view={view} initialOutcome="remission" />);
    await screen.findByRole('img', { name: /Remission/ });
    expect(screen.getByTestId('evidence-table').textContent).not.toContain('THREE-D');
    fireEvent.click(screen.getByRole('checkbox', { name: /not yet verified/ }));
    await waitFor(() => {
      expect(screen.getByTestId('evidence-table').textContent).toContain('THREE-D');
    });
    expect(screen.getByTestId('evidence-table').textContent).toContain('Not verified');
    expect(chartValues()).toEqual(tableValues());
    expect(screen.getByTestId('evidence-summary').textContent).toContain('(unverified)');
  });

  it('operates by keyboard: the outcome radios are labelled native inputs', async () => {
    render(<EvidenceExplorer view={view} />);
    const radios = await screen.findAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual([
      'response',
      'remission',
      'relapse',
      'reduction',
    ]);
    for (const r of radios) expect(r.closest('label')).not.toBeNull();
  });
});

describe('landmark-trials data', () => {
  it('cites only keys that exist in content/references.json', () => {
    const path = join(process.cwd(), 'content', 'references.json');
    let keys: Set<string>;
    try {
      keys = new Set((JSON.parse(readFileSync(path, 'utf8')) as { key: string }[]).map((r) => r.key));
    } catch {
      return; // bibliography not present yet (written by another helper)
    }
    const missing = LANDMARK_FIGURES.flatMap((f) => f.sources).filter((k) => !keys.has(k));
    expect(missing).toEqual([]);
  });

  it('keeps every figure a percentage between 0 and 100', () => {
    for (const f of LANDMARK_FIGURES)
      for (const a of f.arms) expect(a.value >= 0 && a.value <= 100).toBe(true);
  });
});
