// @vitest-environment jsdom
// The order of the cascade follows Duman & Aghajanian 2012: interneuron NMDA block →
// disinhibition → pyramidal burst → AMPA throughput → BDNF → mTOR → synaptogenesis.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import DisinhibitionCircuit from '../../src/islands/DisinhibitionCircuit.tsx';
import { disinhibitionView } from '../../src/components/islands/disinhibition-view.ts';

afterEach(cleanup);

// What DisinhibitionCircuit.astro reads from the model at build time.
const view = disinhibitionView();

const label = () => screen.getByTestId('dc-label').textContent;
const next = () => screen.getByRole<HTMLButtonElement>('button', { name: /Next/ });
const prev = () => screen.getByRole<HTMLButtonElement>('button', { name: /Previous/ });

describe('DisinhibitionCircuit', () => {
  it('starts at the resting brake with Previous disabled and no ketamine drawn', () => {
    render(<DisinhibitionCircuit view={view} />);
    expect(label()).toBe('Resting brake');
    expect(prev().disabled).toBe(true);
    expect(screen.queryByTestId('dc-ketamine')).toBeNull();
    expect(screen.getByText(/Teaching model of a hypothesis/)).toBeTruthy();
  });

  it('Next walks the cascade in order and highlights the matching parts of the circuit', async () => {
    render(<DisinhibitionCircuit view={view} />);
    const order = [
      'NMDA block on the interneuron',
      'Brake released',
      'Pyramidal burst',
      'AMPA throughput',
      'BDNF release',
      'mTOR signalling',
      'New synapses',
    ];
    for (const step of order) {
      fireEvent.click(next());
      await waitFor(() => {
        expect(label()).toBe(step);
      });
    }
    expect(next().disabled).toBe(true);
    expect(screen.getByTestId('dc-readout').textContent).toMatch(/Step 8 of 8/);
    expect(document.querySelector('.dc-spines')?.classList.contains('is-active')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    await waitFor(() => {
      expect(label()).toBe('Resting brake');
    });
  });

  it('at the NMDA-block step the interneuron receptor is highlighted and ketamine appears', async () => {
    render(<DisinhibitionCircuit view={view} />);
    fireEvent.click(next());
    await screen.findByTestId('dc-ketamine');
    expect(document.querySelector('.dc-interneuron-nmda')?.classList.contains('is-active')).toBe(true);
    expect(document.querySelector('.dc-ampa')?.classList.contains('is-active')).toBe(false);
    fireEvent.click(prev());
    await waitFor(() => {
      expect(label()).toBe('Resting brake');
    });
  });

  it('the step list jumps straight to a step and marks it as current', async () => {
    render(<DisinhibitionCircuit view={view} />);
    fireEvent.click(screen.getByRole('button', { name: 'AMPA throughput' }));
    await waitFor(() => {
      expect(screen.getByTestId('dc-readout').textContent).toMatch(/Step 5 of 8/);
    });
    expect(screen.getByRole('button', { name: 'AMPA throughput' }).getAttribute('aria-current')).toBe('step');
    expect(document.querySelector('.dc-ampa')?.classList.contains('is-active')).toBe(true);
  });

  it('an out-of-range starting step is clamped instead of crashing', () => {
    render(<DisinhibitionCircuit view={view} initialStep={99} />);
    expect(label()).toBe('New synapses');
    cleanup();
    render(<DisinhibitionCircuit view={view} initialStep={Number.NaN} />);
    expect(label()).toBe('Resting brake');
  });
});
