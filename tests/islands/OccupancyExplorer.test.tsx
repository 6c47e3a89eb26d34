// @vitest-environment jsdom
// Expected values come from the chapter's worked example (seed text; clinical-rules §15a):
// 71 % occupancy ⇒ 2.45 × EC50; doubling the brain level ⇒ 83 %; 80 % needs 4 × EC50.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import OccupancyExplorer from '../../src/islands/OccupancyExplorer.tsx';
import { occupancyView } from '../../src/components/islands/occupancy-view.ts';

afterEach(cleanup);

// What OccupancyExplorer.astro passes at build time.
const view = occupancyView();

const value = () => screen.getByTestId('occupancy-value').textContent;
const readout = () => screen.getByTestId('occupancy-readout').textContent ?? '';

describe('OccupancyExplorer', () => {
  it('opens on the P-gp substrate example at 71 %, below the ~80 % line, and says it is a teaching model', async () => {
    render(<OccupancyExplorer view={view} />);
    await waitFor(() => {
      expect(value()).toMatch(/^71\s%$/);
    });
    expect(readout()).toMatch(/below the ~80\s% line/);
    expect(readout()).toMatch(/2\.45 × EC50/);
    expect(screen.getByText(/Teaching model/)).toBeTruthy();
  });

  it('blocking efflux doubles the brain level and moves occupancy from 71 % to 83 %', async () => {
    render(<OccupancyExplorer view={view} />);
    fireEvent.click(screen.getByRole('button', { name: /Block efflux/ }));
    await waitFor(() => {
      expect(value()).toMatch(/^83\s%$/);
    });
    expect(screen.getByTestId('occupancy-compare').textContent).toMatch(/Was 71\s%.*now 83\s%/);
    expect(screen.getByLabelText<HTMLInputElement>('Kp,uu', { selector: 'input[type="text"]' }).value).toBe(
      '1',
    );
  });

  it('the worked-example button restores the 71 % preset after other edits', async () => {
    render(<OccupancyExplorer view={view} />);
    const plasma = screen.getByLabelText('Unbound plasma concentration', { selector: 'input[type="text"]' });
    fireEvent.input(plasma, { target: { value: '200' } });
    await waitFor(() => {
      expect(value()).not.toMatch(/^71\s%$/);
    });
    fireEvent.click(screen.getByRole('button', { name: /Worked example/ }));
    await waitFor(() => {
      expect(value()).toMatch(/^71\s%$/);
    });
  });

  it('typing a brain level of exactly 4 × EC50 reads 80 % and reaches the line', async () => {
    render(<OccupancyExplorer view={view} />);
    // plasma 40 × Kp,uu 1 = 40 = 4 × EC50 (10)
    fireEvent.input(screen.getByLabelText('Kp,uu', { selector: 'input[type="text"]' }), {
      target: { value: '1' },
    });
    fireEvent.input(
      screen.getByLabelText('Unbound plasma concentration', { selector: 'input[type="text"]' }),
      {
        target: { value: '40' },
      },
    );
    await waitFor(() => {
      expect(value()).toMatch(/^80\s%$/);
    });
    expect(readout()).toMatch(/at or above the ~80\s% line/);
  });

  it('the slider and the number input control the same value', async () => {
    render(<OccupancyExplorer view={view} />);
    const slider = screen.getByLabelText('EC50 (brain, unbound) (slider)');
    fireEvent.input(slider, { target: { value: '49' } });
    const number = screen.getByLabelText<HTMLInputElement>('EC50 (brain, unbound)', {
      selector: 'input[type="text"]',
    });
    await waitFor(() => {
      expect(number.value).toBe('49');
    });
    // brain 24.5, EC50 49 → 24.5 / 73.5 = 33 %
    expect(value()).toMatch(/^33\s%$/);
  });

  it.each([
    ['Kp,uu', '0', /Kp,uu must be between 0.05 and 3/],
    ['Kp,uu', '', /Enter a number/],
    ['Kp,uu', 'abc', /“abc” is not a number/],
    ['EC50 (brain, unbound)', '-4', /EC50 must be between/],
    ['Unbound plasma concentration', '5000', /between 0 and 1000/],
  ])('an invalid %s entry (%j) shows an inline message and does not crash', async (label, entry, message) => {
    render(<OccupancyExplorer view={view} />);
    const input = screen.getByLabelText(label, { selector: 'input[type="text"]' });
    fireEvent.input(input, { target: { value: entry } });
    await waitFor(() => {
      expect(screen.getByText(message)).toBeTruthy();
    });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const errorId = input
      .getAttribute('aria-describedby')
      ?.split(' ')
      .find((s) => s.endsWith('-error'));
    expect(errorId && document.getElementById(errorId)?.textContent).toMatch(message);
    expect(readout()).toMatch(/Correct the highlighted entry/);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /Block efflux/ }).disabled).toBe(true);
  });

  it('accepts a comma as the decimal separator', async () => {
    render(<OccupancyExplorer view={view} />);
    fireEvent.input(screen.getByLabelText('Kp,uu', { selector: 'input[type="text"]' }), {
      target: { value: '1,0' },
    });
    await waitFor(() => {
      expect(value()).toMatch(/^83\s%$/);
    });
  });

  it('recovers once the entry is corrected', async () => {
    render(<OccupancyExplorer view={view} />);
    const input = screen.getByLabelText('Kp,uu', { selector: 'input[type="text"]' });
    fireEvent.input(input, { target: { value: '9' } });
    await screen.findByText(/Kp,uu must be between/);
    fireEvent.input(input, { target: { value: '0.5' } });
    await waitFor(() => {
      expect(value()).toMatch(/^71\s%$/);
    });
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('shows the equations passed in by the wrapper', () => {
    render(
      <OccupancyExplorer view={view}>
        <p>equation slot</p>
      </OccupancyExplorer>,
    );
    expect(screen.getByText('equation slot')).toBeTruthy();
  });
});
