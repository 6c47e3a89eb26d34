// An imported progress file is data, never markup: a file whose every field carries an HTML
// payload is validated record by record (ids, versions, dates and scores have strict shapes),
// so the payload is either rejected or kept as inert text; and the progress page renders the
// import's result and the stored records as text, creating no element from them.
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ProgressPanel from '../../src/islands/ProgressPanel.tsx';
import { PROGRESS_SCHEMA_VERSION, emptyProgress } from '../../src/stores/progress-schema.ts';
import { $progress } from '../../src/stores/progress.ts';
import { importProgress, resetProgress } from '../../src/stores/progress-file.ts';

const XSS = '<img src=x onerror=alert(1)>';
const good = {
  attempts: 1,
  bestScore: 0.5,
  lastScore: 0.5,
  completed: true,
  rulesetVersion: '1.0.0',
  updatedAt: '2026-11-20T10:00:00.000Z',
};

const exportFile = (progress: unknown) =>
  JSON.stringify({ format: 'trd-module-progress', exportedAt: XSS, progress });

const alert = vi.fn();
beforeEach(() => {
  resetProgress();
  alert.mockClear();
  window.alert = alert;
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('importing a progress file with HTML in its fields', () => {
  it('rejects records whose fields carry markup and changes nothing when none is left', () => {
    const before = $progress.get();
    const result = importProgress(
      exportFile({
        version: PROGRESS_SCHEMA_VERSION,
        vignettes: {
          [XSS]: good,
          'case-a': { ...good, rulesetVersion: XSS },
          'case-b': { ...good, updatedAt: XSS },
          'case-c': { ...good, completed: XSS },
          'case-d': { ...good, attempts: XSS, bestScore: XSS, lastScore: XSS },
        },
        selfChecks: { [XSS]: good, principles: { ...good, updatedAt: XSS } },
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/Nothing was changed/);
    expect($progress.get()).toEqual(before);
  });

  it('keeps only the valid records, none of which contains markup', () => {
    const result = importProgress(
      exportFile({
        version: PROGRESS_SCHEMA_VERSION,
        vignettes: { 'case-ok': good, 'case-bad': { ...good, rulesetVersion: XSS }, [XSS]: good },
        selfChecks: {},
      }),
    );
    expect(result.ok).toBe(true);
    expect(Object.keys($progress.get().vignettes)).toEqual(['case-ok']);
    expect(JSON.stringify($progress.get())).not.toContain('<');
    expect(result.message).not.toContain('<');
  });

  it('rejects a file whose format, version or structure is markup', () => {
    for (const text of [
      JSON.stringify({ format: XSS, progress: emptyProgress() }),
      exportFile({ version: XSS, vignettes: { 'case-ok': good } }),
      exportFile(XSS),
      XSS,
    ]) {
      const r = importProgress(text);
      expect(r.ok, text).toBe(false);
      expect($progress.get()).toEqual(emptyProgress());
    }
  });

  it('a date with markup in it is not a date: the record is refused (V8’s Date.parse would accept it)', async () => {
    // V8's Date.parse ignores a parenthesised comment; the store accepts only ISO 8601 timestamps.
    const sneaky = '2020 (<svg onload=alert(1)>)';
    expect(Number.isNaN(Date.parse(sneaky))).toBe(false);
    const r = importProgress(
      exportFile({
        version: PROGRESS_SCHEMA_VERSION,
        vignettes: { 'case-ok': { ...good, updatedAt: sneaky } },
      }),
    );
    expect(r.ok).toBe(false);
    expect($progress.get().vignettes['case-ok']).toBeUndefined();
    const { container } = render(
      h(ProgressPanel, {
        chapters: [
          {
            slug: 'principles',
            title: 'Principles',
            href: '/chapters/principles/',
            cases: [{ id: 'case-ok', title: 'Case' }],
          },
        ],
      }),
    );
    await waitFor(() => {
      expect(container.textContent).toContain('Case');
    });
    expect(container.querySelector('svg[onload], img[onerror], script')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
  });
});

describe('the progress page importing a hostile file', () => {
  it('shows the result as text and creates no element from the file', async () => {
    const { container, getByLabelText } = render(
      h(ProgressPanel, {
        chapters: [{ slug: 'principles', title: 'Principles', href: '/chapters/principles/', cases: [] }],
      }),
    );
    const input = getByLabelText('Progress file to import') as HTMLInputElement;
    const file = new File([exportFile({ version: XSS, vignettes: { [XSS]: good } })], 'evil.json', {
      type: 'application/json',
    });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    const status = await waitFor(() => {
      const s = container.querySelector('[role="status"].feedback--bad');
      expect(s).not.toBeNull();
      return s!;
    });
    expect(status.textContent).toMatch(/Nothing was changed/);
    // The message is the module's own sentence: nothing from the file is echoed into the page.
    expect(status.textContent).toBe(
      "That file comes from an unsupported version of the module's progress format. Nothing was changed.",
    );
    expect(container.querySelector('img, svg[onload], script')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
    expect($progress.get()).toEqual(emptyProgress());
  });
});
