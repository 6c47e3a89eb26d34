// The reporting rule: score = mean best over every case of the build; status incomplete /
// completed / passed against the mastery score; nothing reported is ever lowered.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MASTERY_SCORE,
  computeReport,
  higherScore,
  higherStatus,
  parseMasteryScore,
} from '../../src/lms/lms-report.ts';
import { emptyProgress, type ProgressState } from '../../src/stores/progress-schema.ts';

function progress(best: Record<string, number>): ProgressState {
  const p = emptyProgress();
  for (const [id, b] of Object.entries(best)) {
    p.vignettes[id] = {
      attempts: 1,
      bestScore: b,
      lastScore: b,
      completed: true,
      rulesetVersion: '1.0.0',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  }
  return p;
}

describe('computeReport', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  it('counts unattempted cases as 0 and rounds to a whole percentage', () => {
    expect(computeReport(progress({ a: 1, b: 0.333 }), ids)).toMatchObject({
      raw: 27,
      attempted: 2,
      total: 5,
      status: 'incomplete',
    });
  });
  it('ignores records for cases not in the build', () => {
    expect(computeReport(progress({ a: 1, zzz: 1 }), ids)).toMatchObject({ raw: 20, attempted: 1 });
  });
  it(`is completed below the mastery score (default ${DEFAULT_MASTERY_SCORE}) and passed at or above it`, () => {
    expect(computeReport(progress({ a: 0.8, b: 0.8, c: 0.8, d: 0.8, e: 0.75 }), ids).status).toBe(
      'completed',
    ); // 79;
    expect(computeReport(progress({ a: 0.8, b: 0.8, c: 0.8, d: 0.8, e: 0.8 }), ids).status).toBe('passed');
    expect(computeReport(progress({ a: 0.5, b: 0.5, c: 0.5, d: 0.5, e: 0.5 }), ids, 50).status).toBe(
      'passed',
    );
  });
  it('is never passed before every case is attempted, however high the score', () => {
    expect(computeReport(progress({ a: 1, b: 1, c: 1, d: 1 }), ids, 10).status).toBe('incomplete');
  });
  it('without a case list, uses the cases the learner has records for', () => {
    expect(computeReport(progress({ a: 1, b: 0 }), [])).toMatchObject({
      raw: 50,
      total: 2,
      status: 'completed',
    });
    expect(computeReport(emptyProgress(), [])).toMatchObject({ raw: 0, total: 0, status: 'incomplete' });
  });
});

describe('what the LMS already holds', () => {
  it('parses a usable mastery score only', () => {
    expect(parseMasteryScore('75')).toBe(75);
    expect(parseMasteryScore('80.5')).toBe(80.5);
    for (const bad of ['', ' ', 'abc', '-1', '101', null, undefined])
      expect(parseMasteryScore(bad)).toBeNull();
  });
  it('never lowers the status or the score', () => {
    expect(higherStatus('passed', 'completed')).toBe('passed');
    expect(higherStatus('completed', 'incomplete')).toBe('completed');
    expect(higherStatus('not attempted', 'incomplete')).toBe('incomplete');
    expect(higherStatus('failed', 'completed')).toBe('completed');
    expect(higherStatus(null, 'incomplete')).toBe('incomplete');
    expect(higherStatus('nonsense', 'incomplete')).toBe('incomplete');
    expect(higherScore('90', 40)).toBe(90);
    expect(higherScore('20', 40)).toBe(40);
    expect(higherScore('', 40)).toBe(40);
    expect(higherScore('150', 40)).toBe(40);
    expect(higherScore(null, 0)).toBe(0);
  });
});
