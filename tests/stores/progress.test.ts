import { beforeEach, describe, expect, it } from 'vitest';
import { PROGRESS_SCHEMA_VERSION, emptyProgress, recoverProgress } from '../../src/stores/progress-schema.ts';
import {
  $progress,
  $progressNotice,
  recordSelfCheck,
  recordVignetteAttempt,
} from '../../src/stores/progress.ts';
import { exportProgress, importProgress, resetProgress } from '../../src/stores/progress-file.ts';

const good = {
  attempts: 2,
  bestScore: 0.8,
  lastScore: 0.6,
  completed: true,
  rulesetVersion: '1.0.0',
  updatedAt: '2026-11-20T10:00:00.000Z',
};

describe('recovering saved progress', () => {
  it('treats missing storage as a fresh start without a notice', () => {
    expect(recoverProgress(null)).toEqual({ state: emptyProgress(), notice: null });
  });

  it('resets corrupted JSON and says so', () => {
    const r = recoverProgress('{"version":1,"vignettes":{');
    expect(r.state).toEqual(emptyProgress());
    expect(r.notice).toMatch(/could not be read/);
  });

  it('resets progress saved by an unknown schema version and names it', () => {
    const r = recoverProgress(JSON.stringify({ version: 99, vignettes: { a: good } }));
    expect(r.state).toEqual(emptyProgress());
    expect(r.notice).toMatch(/unsupported version .*99/);
  });

  it('keeps valid records and drops damaged ones, counting them', () => {
    const r = recoverProgress(
      JSON.stringify({
        version: PROGRESS_SCHEMA_VERSION,
        vignettes: { ok: good, bad: { ...good, bestScore: 7 }, 'Bad Id!': good },
        selfChecks: {
          principles: { attempts: 1, bestScore: 1, lastScore: 1, completed: true, updatedAt: good.updatedAt },
        },
      }),
    );
    expect(Object.keys(r.state.vignettes)).toEqual(['ok']);
    expect(Object.keys(r.state.selfChecks)).toEqual(['principles']);
    expect(r.notice).toMatch(/^2 saved records were damaged/);
  });

  it('survives a huge value and a missing key', () => {
    const huge = recoverProgress(
      JSON.stringify({
        version: 1,
        vignettes: { big: { ...good, attempts: 1e308, rulesetVersion: 'x'.repeat(500_000) } },
      }),
    );
    expect(huge.state.vignettes).toEqual({});
    expect(huge.notice).toMatch(/1 saved record was damaged/);
    const missing = recoverProgress(JSON.stringify({ version: 1, vignettes: { a: good } }));
    expect(missing.state.selfChecks).toEqual({});
    expect(missing.state.vignettes['a']).toEqual(good);
    expect(missing.notice).toBeNull();
  });

  it('never throws on arbitrary text', () => {
    for (const t of [
      '',
      'null',
      '[]',
      '42',
      '"x"',
      '{"version":1,"vignettes":[]}',
      '{"version":1,"vignettes":{"a":null}}',
    ]) {
      expect(() => recoverProgress(t)).not.toThrow();
    }
  });
});

describe('progress actions', () => {
  beforeEach(() => {
    localStorage.clear();
    resetProgress();
  });

  it('records attempts, keeps the best score and the grading rules version', () => {
    recordVignetteAttempt('case-a', 0.5, '1.0.0');
    recordVignetteAttempt('case-a', 0.25, '1.0.1');
    const rec = $progress.get().vignettes['case-a'];
    expect(rec).toMatchObject({
      attempts: 2,
      bestScore: 0.5,
      lastScore: 0.25,
      completed: true,
      rulesetVersion: '1.0.1',
    });
    expect(JSON.parse(localStorage.getItem('trd-progress') ?? '{}').vignettes['case-a'].attempts).toBe(2);
  });

  it('exports and re-imports progress unchanged', () => {
    recordVignetteAttempt('case-a', 1, '1.0.0');
    recordSelfCheck('principles', 0.75);
    const file = exportProgress();
    const before = $progress.get();
    resetProgress();
    expect(importProgress(file)).toEqual({ ok: true, message: 'Imported 2 records.' });
    expect($progress.get()).toEqual(before);
  });

  it('rejects a bad import file and changes nothing', () => {
    recordVignetteAttempt('case-a', 1, '1.0.0');
    const before = $progress.get();
    for (const bad of [
      'not json',
      '{"format":"other"}',
      JSON.stringify({ format: 'trd-module-progress', progress: { version: 3 } }),
    ]) {
      const r = importProgress(bad);
      expect(r.ok).toBe(false);
      expect(r.message).toMatch(/Nothing was changed/);
      expect($progress.get()).toEqual(before);
    }
  });

  it('shows a notice when stored progress had to be repaired', () => {
    $progressNotice.set(null);
    localStorage.setItem('trd-progress', '{oops');
    window.dispatchEvent(new StorageEvent('storage', { key: 'trd-progress', newValue: '{oops' }));
    expect($progress.get()).toEqual(emptyProgress());
  });
});
