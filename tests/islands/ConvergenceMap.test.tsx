// @vitest-environment jsdom
// The map's links come from src/models/convergence-map.ts; the expectations restate the chapter's
// claims (inflammation → investigational anti-inflammatory treatment, Raison 2013; glutamate →
// ketamine, Murrough 2013; every route converges on plasticity, Duman & Aghajanian 2012).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import ConvergenceMap from '../../src/islands/ConvergenceMap.tsx';
import { convergenceMapView } from '../../src/components/islands/convergence-map-view.ts';

afterEach(cleanup);

// What ConvergenceMap.astro computes from the model at build time.
const view = convergenceMapView();

const details = () => screen.getByTestId('cm-details');

describe('ConvergenceMap', () => {
  it('starts on the plasticity hub, fed by the other routes, with a teaching-model label', () => {
    render(<ConvergenceMap view={view} />);
    expect(screen.getByTestId('cm-label').textContent).toMatch(/Impaired neuroplasticity/);
    expect(details().textContent).toMatch(/Fed by: .*Inflammation/);
    expect(screen.getByText(/Teaching model: a simplified map/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Plasticity' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('choosing inflammation lists the anti-inflammatory treatment as investigational and links its section', async () => {
    render(<ConvergenceMap view={view} />);
    fireEvent.click(screen.getByRole('button', { name: 'Inflammation' }));
    await waitFor(() => {
      expect(screen.getByTestId('cm-label').textContent).toMatch(/Low-grade inflammation/);
    });
    const list = screen.getByTestId('cm-treatments');
    expect(within(list).getByText(/infliximab/).textContent).toBeTruthy();
    expect(list.textContent).toMatch(/investigational/);
    const link = within(details()).getByRole('link', { name: 'Neuroinflammation' });
    expect(link.getAttribute('href')).toBe('#neuroinflammation');
  });

  it('choosing glutamate links ketamine and the glutamate section', async () => {
    render(<ConvergenceMap view={view} />);
    fireEvent.click(screen.getByRole('button', { name: 'Glutamate' }));
    await waitFor(() => {
      expect(screen.getByTestId('cm-treatments').textContent).toMatch(/Ketamine/);
    });
    expect(within(details()).getByRole('link').getAttribute('href')).toBe(
      '#glutamate-and-the-excitationinhibition-balance',
    );
  });

  it('a mechanism with no direct treatment says so instead of showing an empty list', async () => {
    render(<ConvergenceMap view={view} />);
    fireEvent.click(screen.getByRole('button', { name: 'Stress / HPA' }));
    await waitFor(() => {
      expect(screen.getByTestId('cm-treatments').textContent).toMatch(/No treatment aimed at the HPA axis/);
    });
  });

  it('arrow keys move the selection and focus between mechanisms', async () => {
    render(<ConvergenceMap view={view} />);
    const hub = screen.getByRole('button', { name: 'Plasticity' });
    hub.focus();
    fireEvent.keyDown(hub, { key: 'ArrowRight' });
    const monoamines = screen.getByRole('button', { name: 'Monoamines' });
    await waitFor(() => {
      expect(monoamines.getAttribute('aria-pressed')).toBe('true');
    });
    expect(document.activeElement).toBe(monoamines);
    fireEvent.keyDown(monoamines, { key: 'End' });
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Circuits' }).getAttribute('aria-pressed')).toBe('true');
    });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Circuits' }), { key: 'ArrowRight' });
    await waitFor(() => {
      expect(hub.getAttribute('aria-pressed')).toBe('true');
    });
  });

  it('an unknown starting mechanism falls back to the hub instead of crashing', () => {
    render(<ConvergenceMap view={view} initial="not-a-mechanism" />);
    expect(screen.getByTestId('cm-label').textContent).toMatch(/Impaired neuroplasticity/);
  });
});
