// @vitest-environment jsdom
// Behaviour from Pariante & Lightman 2008: weaker glucocorticoid-receptor feedback → higher
// cortisol and dexamethasone non-suppression; intact feedback → suppression. The model is
// illustrative; the tests check direction and the inline handling of bad entries.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import HpaFeedback from '../../src/islands/HpaFeedback.tsx';
import { hpaView } from '../../src/components/islands/hpa-view.ts';

afterEach(cleanup);

// What HpaFeedback.astro passes at build time.
const view = hpaView();

const cortisol = () => parseFloat(screen.getByTestId('hpa-cortisol').textContent ?? 'NaN');
const gr = () => screen.getByLabelText('GR sensitivity (s)', { selector: 'input[type="text"]' });

describe('HpaFeedback', () => {
  it('starts healthy: cortisol at 1× and a teaching-model label', async () => {
    render(<HpaFeedback view={view} />);
    await waitFor(() => {
      expect(cortisol()).toBe(1);
    });
    expect(screen.getByText(/Teaching model, illustrative/)).toBeTruthy();
  });

  it('lowering GR sensitivity raises steady cortisol', async () => {
    render(<HpaFeedback view={view} />);
    fireEvent.input(gr(), { target: { value: '0.3' } });
    await waitFor(() => {
      expect(cortisol()).toBeGreaterThan(1.5);
    });
    expect(screen.getByTestId('hpa-readout').textContent).toMatch(/brake is not strong enough/);
  });

  it('the simulated DST suppresses with intact receptors and fails to suppress with GR resistance', async () => {
    render(<HpaFeedback view={view} />);
    expect(screen.queryByTestId('hpa-dst')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Run simulated DST' }));
    const dst = await screen.findByTestId('hpa-dst');
    expect(dst.textContent).toMatch(/suppressed/);
    expect(dst.textContent).not.toMatch(/non-suppression/);
    fireEvent.click(screen.getByRole('button', { name: 'Stress with GR resistance' }));
    await waitFor(() => {
      expect(screen.getByTestId('hpa-dst').textContent).toMatch(/non-suppression/);
    });
  });

  it('the slider and number input are paired', async () => {
    render(<HpaFeedback view={view} />);
    fireEvent.input(screen.getByLabelText('Stress drive (D) (slider)'), { target: { value: '2' } });
    await waitFor(() => {
      expect(
        screen.getByLabelText<HTMLInputElement>('Stress drive (D)', { selector: 'input[type="text"]' }).value,
      ).toBe('2');
    });
    expect(cortisol()).toBeGreaterThan(1);
  });

  it.each([
    ['1.2', /GR sensitivity must be between 0 and 1/],
    ['', /Enter a number/],
  ])('an invalid GR sensitivity (%j) shows an inline message and no crash', async (entry, message) => {
    render(<HpaFeedback view={view} />);
    fireEvent.input(gr(), { target: { value: entry } });
    await screen.findByText(message);
    expect(gr().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('hpa-readout').textContent).toMatch(/Correct the highlighted entry/);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /simulated DST/ }).disabled).toBe(true);
  });

  it('an out-of-range stress drive is reported next to its own field', async () => {
    render(<HpaFeedback view={view} />);
    const drive = screen.getByLabelText('Stress drive (D)', { selector: 'input[type="text"]' });
    fireEvent.input(drive, { target: { value: '7' } });
    await screen.findByText(/Stress drive must be between 0.5 and 3/);
    expect(drive.getAttribute('aria-invalid')).toBe('true');
    expect(gr().getAttribute('aria-invalid')).toBe('false');
  });
});
