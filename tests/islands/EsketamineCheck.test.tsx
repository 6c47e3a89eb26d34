// @vitest-environment jsdom
// Expected values come from the esketamine label facts in clinical-rules §8 (US Prescribing
// Information; EU SmPC), not from running the engine.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import EsketamineCheck from '../../src/islands/EsketamineCheck.tsx';
import { esketamineView } from '../../src/components/islands/esketamine-view.ts';

afterEach(cleanup);

// What EsketamineCheck.astro reads from the engine at build time.
const view = esketamineView();

const verdict = () => screen.getByTestId('esketamine-verdict');

describe('EsketamineCheck', () => {
  it('an adult with two failed adequate trials and no contraindication is eligible, with ≥ 2 h observation in the plan', async () => {
    // Default case: age 42; sertraline 150 mg × 8 weeks (MADRS 32 → 29) and venlafaxine 225 mg × 8 weeks (29 → 27):
    // two failed adequate trials of different antidepressants (label: ≥ 2 oral antidepressants, §8a).
    render(<EsketamineCheck view={view} />);
    await waitFor(() => {
      expect(verdict().textContent).toContain('Eligible.');
    });
    const plan = await screen.findByTestId('esketamine-monitoring');
    const items = within(plan)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items.some((t) => /at least 2 hours/.test(t))).toBe(true); // §8b: monitor ≥ 2 hours
    expect(items.some((t) => /40 minutes/.test(t))).toBe(true); // §8b: BP re-check at ~40 min
    expect(items.some((t) => /blood pressure before/i.test(t))).toBe(true); // §8b: BP before the dose
  });

  it('aneurysmal vascular disease makes the patient not eligible and says why', async () => {
    render(<EsketamineCheck view={view} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /aneurysmal vascular disease/i }));
    await waitFor(() => {
      expect(verdict().textContent).toContain('Not eligible.');
    });
    expect(verdict().textContent).toMatch(/aneurysmal vascular disease/i);
    const reasons = screen.getByTestId('esketamine-reasons');
    expect(within(reasons).getByText(/Contraindicated.*aneurysmal vascular disease/i)).toBeTruthy();
    expect(screen.queryByTestId('esketamine-monitoring')).toBeNull();
  });

  it.each([
    ['arteriovenous malformation'],
    ['history of intracerebral haemorrhage'],
    ['hypersensitivity to ketamine'],
  ])('%s is a contraindication (US label, §8b)', async (label) => {
    render(<EsketamineCheck view={view} />);
    fireEvent.click(screen.getByRole('checkbox', { name: new RegExp(label, 'i') }));
    await waitFor(() => {
      expect(verdict().textContent).toContain('Not eligible.');
    });
  });

  it('is not eligible under 18 years (safety and efficacy not established)', async () => {
    render(<EsketamineCheck view={view} />);
    fireEvent.input(screen.getByLabelText('Age (years)'), { target: { value: '16' } });
    await waitFor(() => {
      expect(verdict().textContent).toContain('Not eligible.');
    });
    expect(verdict().textContent).toMatch(/18/);
  });

  it('is not eligible with only one failed trial', async () => {
    render(<EsketamineCheck view={view} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove trial 2' }));
    await waitFor(() => {
      expect(verdict().textContent).toContain('Not eligible.');
    });
    expect(screen.getByTestId('esketamine-reasons').textContent).toMatch(/1 failed adequate trial/);
  });

  it('a 4-week trial is not adequate, so it does not count towards the two failures', async () => {
    render(<EsketamineCheck view={view} />);
    fireEvent.input(screen.getByLabelText('Trial 2: Weeks at dose', { selector: '[id$="-t1-weeks"]' }), {
      target: { value: '4' },
    });
    await waitFor(() => {
      expect(verdict().textContent).toContain('Not eligible.');
    });
    expect(screen.getByTestId('trial-reading-1').textContent).toMatch(/Not an adequate trial/);
  });

  it('shows an inline error tied to a field for a non-number and for an out-of-range score, without crashing', async () => {
    render(<EsketamineCheck view={view} />);
    const age = screen.getByLabelText('Age (years)');
    fireEvent.input(age, { target: { value: 'forty' } });
    await waitFor(() => {
      expect(age.getAttribute('aria-invalid')).toBe('true');
    });
    const errId = age.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errId)?.className).toBe('error-msg');
    expect(verdict().textContent).toContain('No result yet');

    fireEvent.input(age, { target: { value: '42' } });
    const baseline = screen.getByLabelText('Baseline MADRS');
    fireEvent.input(baseline, { target: { value: '75' } }); // MADRS runs 0–60 (§7c)
    await waitFor(() => {
      expect(baseline.getAttribute('aria-invalid')).toBe('true');
    });
    const ids = (baseline.getAttribute('aria-describedby') ?? '').split(' ');
    const msg = ids.map((i) => document.getElementById(i)).find((el) => el?.className === 'error-msg');
    expect(msg?.textContent).toMatch(/0–60/);
    expect(age.getAttribute('aria-invalid')).toBe('false');
  });

  it('labels every control', async () => {
    render(<EsketamineCheck view={view} />);
    await screen.findByTestId('esketamine-verdict');
    for (const el of document.querySelectorAll('input, select')) {
      const id = el.getAttribute('id');
      const labelled =
        el.closest('label') !== null ||
        (id !== null && document.querySelector(`label[for="${id}"]`) !== null);
      expect(labelled).toBe(true);
    }
  });

  it('gives each trial’s fields their own name (the visible labels repeat per trial)', async () => {
    render(<EsketamineCheck view={view} />);
    await screen.findByTestId('esketamine-verdict');
    const names = screen
      .getAllByRole('textbox')
      .map((el) => el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent);
    expect(names).toContain('Trial 1: Weeks at dose');
    expect(names).toContain('Trial 2: Weeks at dose');
    expect(new Set(names).size).toBe(names.length);
  });

  it('marks each reason ✓ or ✗ from the engine’s met flag: TRD met, contraindication blocking (US label §8b)', async () => {
    render(<EsketamineCheck view={view} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /arteriovenous malformation/i }));
    await waitFor(() => {
      expect(verdict().textContent).toContain('Not eligible.');
    });
    const items = within(screen.getByTestId('esketamine-reasons')).getAllByRole('listitem');
    const marks = items.map((li) => [li.className, li.textContent?.slice(0, 40)]);
    expect(marks[0]?.[0]).toBe('is-met'); // ≥ 2 failed adequate trials of different antidepressants (§8a)
    expect(items.find((li) => /Contraindicated/.test(li.textContent ?? ''))?.className).toBe('is-blocking');
    expect(verdict().textContent).toMatch(/1 condition not met/);
  });

  it('shows the engine’s message beside the field, without the code name of the field', async () => {
    render(<EsketamineCheck view={view} />);
    const dose = screen.getByLabelText('Trial 1: Dose (mg/day)', { selector: '[id$="-t0-dose"]' });
    fireEvent.input(dose, { target: { value: '-5' } });
    await waitFor(() => {
      expect(dose.getAttribute('aria-invalid')).toBe('true');
    });
    const errId =
      (dose.getAttribute('aria-describedby') ?? '').split(' ').find((i) => i.endsWith('-err')) ?? '';
    const text = document.getElementById(errId)?.textContent ?? '';
    expect(text).toBe('Must be above 0 (got -5)');
    expect(text).not.toMatch(/doseMgPerDay/);
  });
});
