// @vitest-environment jsdom
// Expected verdicts come from the sources (clinical-rules §6 and the engine contract), not from
// running the engine: an adequate antidepressant trial is ≥ the drug's minimum adequate dose
// (module convention, §6b: sertraline 50, venlafaxine 75, bupropion 300 mg/day), ≥ 6 weeks at
// that dose (MGH-s / MGH-ATRQ, Hägg 2020) and ≥ 80 % adherence (module convention, seed 003);
// stopping for an adverse effect before 6 weeks is intolerance, not failure (seed 003).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import AdequacyChecker from '../../src/islands/AdequacyChecker.tsx';

afterEach(cleanup);

const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const verdict = () =>
  document.querySelector('.adequacy-checker__result .feedback__verdict')?.textContent ?? '';

describe('AdequacyChecker', () => {
  it('renders labelled controls and a polite live result region', () => {
    render(<AdequacyChecker />);
    expect(screen.getByRole('combobox', { name: 'Antidepressant' })).toBeTruthy();
    for (const name of ['Dose (mg/day)', 'Weeks at that dose', 'Adherence (% of doses taken)']) {
      expect(screen.getByRole('textbox', { name })).toBeTruthy();
    }
    expect(screen.getByRole('checkbox', { name: 'Stopped because of an adverse effect' })).toBeTruthy();
    expect(document.querySelector('.adequacy-checker__result')?.getAttribute('aria-live')).toBe('polite');
  });

  it('calls sertraline 200 mg/day for 8 weeks at 90 % adherence an adequate trial, with sources', async () => {
    render(<AdequacyChecker />);
    await waitFor(() => {
      expect(verdict()).toBe('Adequate trial');
    });
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.adequacy-checker__findings a')].map(
      (a) => a.getAttribute('href'),
    );
    expect(links).toContain('/references/#ref-hagg2020');
    expect(links).toContain('/references/#ref-sackeim2019');
  });

  it('lists the drugs of the engine table, grouped by class', () => {
    render(<AdequacyChecker />);
    const select = screen.getByRole('combobox', { name: 'Antidepressant' });
    const values = [...select.querySelectorAll('option')].map((o) => o.value);
    expect(values).toEqual(
      expect.arrayContaining(['sertraline', 'venlafaxine', 'bupropion', 'nortriptyline', 'phenelzine']),
    );
    expect([...select.querySelectorAll('optgroup')].map((g) => g.getAttribute('label'))).toEqual(
      expect.arrayContaining(['SSRI', 'SNRI', 'TCA', 'MAOI']),
    );
  });

  it('flags a 4-week trial as too short (≥ 6 weeks needed)', async () => {
    render(<AdequacyChecker />);
    type('Weeks at that dose', '4');
    await waitFor(() => {
      expect(verdict()).toBe('Not an adequate trial — duration');
    });
  });

  it('flags 60 % adherence (below 80 %)', async () => {
    render(<AdequacyChecker />);
    type('Adherence (% of doses taken)', '60');
    await waitFor(() => {
      expect(verdict()).toBe('Not an adequate trial — adherence');
    });
  });

  it('flags sertraline 25 mg/day as below the 50 mg/day minimum', async () => {
    render(<AdequacyChecker />);
    type('Dose (mg/day)', '25');
    await waitFor(() => {
      expect(verdict()).toBe('Not an adequate trial — dose');
    });
  });

  it('uses each drug’s own minimum: venlafaxine 75 mg adequate, bupropion 150 mg not', async () => {
    render(<AdequacyChecker />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Antidepressant' }), {
      target: { value: 'venlafaxine' },
    });
    type('Dose (mg/day)', '75');
    await waitFor(() => {
      expect(verdict()).toBe('Adequate trial');
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Antidepressant' }), {
      target: { value: 'bupropion' },
    });
    type('Dose (mg/day)', '150');
    await waitFor(() => {
      expect(verdict()).toBe('Not an adequate trial — dose');
    });
  });

  it('calls an SSRI stopped for an adverse effect after 10 days intolerance, not failure', async () => {
    render(<AdequacyChecker />);
    type('Weeks at that dose', '1.43');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Stopped because of an adverse effect' }));
    await waitFor(() => {
      expect(verdict()).toBe('Not an adequate trial — intolerance (intolerance)');
    });
    expect(document.querySelector('.adequacy-checker__findings')?.textContent).toMatch(
      /intolerance, not a failure of efficacy/,
    );
  });

  it('shows an inline message, not a crash, for a dose that is not a number', async () => {
    render(<AdequacyChecker />);
    type('Dose (mg/day)', 'lots');
    const input = screen.getByRole('textbox', { name: 'Dose (mg/day)' });
    await waitFor(() => {
      expect(input.getAttribute('aria-invalid')).toBe('true');
    });
    const errId = input.getAttribute('aria-describedby') ?? '';
    const msg = document.getElementById(errId.split(' ').find((i) => i.endsWith('-err')) ?? '');
    expect(msg?.classList.contains('error-msg')).toBe(true);
    expect(msg?.textContent).toMatch(/^Must be a dose in mg\/day above 0/);
    expect(msg?.textContent).toMatch(/"lots"/);
    expect(verdict()).toBe('Check the highlighted fields');
  });

  it('rejects adherence above 100 % and a blank number of weeks inline', async () => {
    render(<AdequacyChecker />);
    type('Adherence (% of doses taken)', '150');
    type('Weeks at that dose', '');
    await waitFor(() => {
      expect(
        screen.getByRole('textbox', { name: 'Adherence (% of doses taken)' }).getAttribute('aria-invalid'),
      ).toBe('true');
      expect(screen.getByRole('textbox', { name: 'Weeks at that dose' }).getAttribute('aria-invalid')).toBe(
        'true',
      );
    });
    const texts = [...document.querySelectorAll('.error-msg')].map((e) => e.textContent);
    expect(texts.some((t) => /0 to 100/.test(t ?? ''))).toBe(true);
    expect(texts.some((t) => /^Required/.test(t ?? ''))).toBe(true);
    // Fixing the fields brings the verdict back.
    type('Adherence (% of doses taken)', '85');
    type('Weeks at that dose', '6');
    await waitFor(() => {
      expect(verdict()).toBe('Adequate trial');
    });
  });
});
