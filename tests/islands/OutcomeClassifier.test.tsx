// @vitest-environment jsdom
// Expected values come from the sources, not from running the engine:
// - percent reduction = (start − end) / start × 100; response ≥ 50 %, partial 25–49 %,
//   non-response < 25 % (Desseilles 2011; exactly 25.0 % is partial, clinical-rules §7a);
// - remission HAM-D-17 ≤ 7 (STAR*D), MADRS ≤ 10 (Goodwin 2022; standard profile) and MADRS ≤ 12
//   (esketamine programme; regulatory profile) — clinical-rules §7b;
// - seed 003: HAM-D-17 24 → 12 is a 50 % response without remission → optimise or augment, not switch.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import OutcomeClassifier from '../../src/islands/OutcomeClassifier.tsx';

afterEach(cleanup);

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByRole('textbox', { name: label }), { target: { value } });
const choose = (label: string, value: string) =>
  fireEvent.change(screen.getByRole('combobox', { name: label }), { target: { value } });
const readout = () => document.querySelector('.outcome-classifier__result .readout')?.textContent ?? '';

describe('OutcomeClassifier', () => {
  it('renders labelled controls, a live result and an accessible number line', async () => {
    render(<OutcomeClassifier />);
    expect(screen.getByRole('combobox', { name: 'Rating scale' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Criteria profile' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Start score' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'End score' })).toBeTruthy();
    expect(document.querySelector('.outcome-classifier__result')?.getAttribute('aria-live')).toBe('polite');
    const line = await screen.findByRole('img', { name: /Percent reduction on a line from 0 to 100 %/ });
    expect(line.tagName.toLowerCase()).toBe('svg');
  });

  it('classifies HAM-D-17 24 → 12 as a 50 % response without remission', async () => {
    render(<OutcomeClassifier />);
    await waitFor(() => {
      expect(readout()).toMatch(/Reduction: 50 %/);
    });
    expect(readout()).toMatch(/Category: Response without remission/);
    // From 24, reaching HAM-D-17 ≤ 7 needs (24 − 7) / 24 = 70.8 %.
    expect(document.querySelector('.outcome-line__desc')?.textContent).toMatch(/at least 70\.8 %/);
    expect(document.querySelector('.outcome-line .marker__label')?.textContent).toBe('50 %');
  });

  it('suggests optimising or augmenting, not switching, after response without remission', async () => {
    render(<OutcomeClassifier />);
    const next = await screen.findByText(/Next step the engine suggests/);
    expect(next.textContent).toMatch(/Optimise the dose|Augment/);
    expect(next.textContent).toMatch(/Avoid: .*Switch to another antidepressant/);
  });

  it('classifies HAM-D-17 24 → 20 as non-response (16.7 %)', async () => {
    render(<OutcomeClassifier />);
    type('End score', '20');
    await waitFor(() => {
      expect(readout()).toMatch(/Reduction: 16\.7 %.*Category: Non-response/s);
    });
  });

  it('counts exactly 25 % (24 → 18) as partial response', async () => {
    render(<OutcomeClassifier />);
    type('End score', '18');
    await waitFor(() => {
      expect(readout()).toMatch(/Reduction: 25 %.*Category: Partial response/s);
    });
  });

  it('calls HAM-D-17 9 → 6 remission although the reduction is only 33.3 %', async () => {
    render(<OutcomeClassifier />);
    type('Start score', '9');
    type('End score', '6');
    await waitFor(() => {
      expect(readout()).toMatch(/Reduction: 33\.3 %.*Category: Remission/s);
    });
  });

  it('applies the profile’s MADRS cut-off: 24 → 11 is response under standard (≤ 10), remission under regulatory (≤ 12)', async () => {
    render(<OutcomeClassifier />);
    choose('Rating scale', 'MADRS');
    type('Start score', '24');
    type('End score', '11');
    await waitFor(() => {
      expect(readout()).toMatch(/Reduction: 54\.2 %.*Category: Response without remission/s);
    });
    choose('Criteria profile', 'regulatory');
    await waitFor(() => {
      expect(readout()).toMatch(/Category: Remission/);
    });
  });

  it('shows an inline message for a score above the scale maximum and for text', async () => {
    render(<OutcomeClassifier />);
    type('End score', '60');
    const end = screen.getByRole('textbox', { name: 'End score' });
    await waitFor(() => {
      expect(end.getAttribute('aria-invalid')).toBe('true');
    });
    const errId =
      (end.getAttribute('aria-describedby') ?? '').split(' ').find((i) => i.endsWith('-err')) ?? '';
    expect(document.getElementById(errId)?.textContent).toMatch(/0–52/);
    type('Start score', 'twenty');
    const start = screen.getByRole('textbox', { name: 'Start score' });
    await waitFor(() => {
      expect(start.getAttribute('aria-invalid')).toBe('true');
    });
    expect(document.querySelector('.outcome-classifier__result')?.textContent).toMatch(
      /Check the highlighted fields/,
    );
    expect(screen.queryByRole('img')).toBeNull();
  });
});
