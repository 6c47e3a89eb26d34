// @vitest-environment jsdom
// The shunt is qualitative (Miller & Raison 2016): more inflammation → more IDO activity → more
// tryptophan to kynurenine, less to serotonin. The tests check direction and input handling.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import TryptophanShunt from '../../src/islands/TryptophanShunt.tsx';
import { shuntView } from '../../src/components/islands/shunt-view.ts';

afterEach(cleanup);

// What TryptophanShunt.astro passes at build time.
const view = shuntView();

const share = (id: 'shunt-serotonin' | 'shunt-kynurenine') =>
  parseFloat(screen.getByTestId(id).textContent ?? 'NaN');
const input = () => screen.getByLabelText('Inflammation index', { selector: 'input[type="text"]' });

describe('TryptophanShunt', () => {
  it('labels itself as an illustrative teaching model and shows a split that adds up to 100 %', async () => {
    render(<TryptophanShunt view={view} />);
    expect(screen.getByText(/Teaching model, illustrative only/)).toBeTruthy();
    await waitFor(() => {
      expect(share('shunt-serotonin') + share('shunt-kynurenine')).toBe(100);
    });
  });

  it('raising inflammation shifts tryptophan from serotonin to kynurenine', async () => {
    render(<TryptophanShunt view={view} />);
    fireEvent.click(screen.getByRole('button', { name: /None/ }));
    await waitFor(() => {
      expect(screen.getByTestId('shunt-readout').textContent).toMatch(/Inflammation index 0:/);
    });
    const lowSerotonin = share('shunt-serotonin');
    const lowKyn = share('shunt-kynurenine');
    fireEvent.click(screen.getByRole('button', { name: /Marked/ }));
    await waitFor(() => {
      expect(share('shunt-serotonin')).toBeLessThan(lowSerotonin);
    });
    expect(share('shunt-kynurenine')).toBeGreaterThan(lowKyn);
    expect(screen.getByRole('button', { name: /Marked/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('the slider writes into the number input and updates the readout', async () => {
    render(<TryptophanShunt view={view} />);
    fireEvent.input(screen.getByLabelText('Inflammation index (slider)'), { target: { value: '0.9' } });
    await waitFor(() => {
      expect((input() as HTMLInputElement).value).toBe('0.9');
    });
    expect(screen.getByTestId('shunt-readout').textContent).toMatch(/Inflammation index 0.9:/);
  });

  it.each([['1.5'], ['-0.2'], [''], ['high']])(
    'an invalid entry (%j) shows an inline message and no crash',
    async (entry) => {
      render(<TryptophanShunt view={view} />);
      fireEvent.input(input(), { target: { value: entry } });
      await waitFor(() => {
        expect(input().getAttribute('aria-invalid')).toBe('true');
      });
      expect(document.querySelector('.error-msg')?.textContent).toMatch(
        /Inflammation index|Enter a number|not a number/,
      );
      expect(screen.getByTestId('shunt-readout').textContent).toMatch(/Correct the highlighted entry/);
      fireEvent.input(input(), { target: { value: '0.5' } });
      await waitFor(() => {
        expect(input().getAttribute('aria-invalid')).toBe('false');
      });
    },
  );
});
