// What the module reports to an LMS, computed from the learner's progress (pure; no DOM).
//
// Score (cmi.core.score.raw, min 0, max 100): the mean, over EVERY case in this build, of the
// learner's best engine-graded score on that case (a case not yet attempted counts 0), as a
// whole percentage.
// Status (cmi.core.lesson_status):
//   incomplete  until every case in the build has at least one graded attempt;
//   completed   every case attempted, score below the mastery score;
//   passed      every case attempted and score >= the mastery score.
// The mastery score is the LMS's cmi.student_data.mastery_score when it gives one (0-100),
// otherwise DEFAULT_MASTERY_SCORE. "failed" is never reported: a learner can always retry a case
// to raise their best score.
// Nothing already reported in the attempt is lowered: status and score only go up, so a reset
// or unreadable saved data never takes a grade away.
import type { ProgressState } from '../stores/progress-schema.ts';

export const DEFAULT_MASTERY_SCORE = 80;

export type ReportedStatus = 'incomplete' | 'completed' | 'passed';

export interface LmsReport {
  status: ReportedStatus;
  /** 0..100, whole number. */
  raw: number;
  attempted: number;
  total: number;
  mastery: number;
}

/** The LMS's mastery score (CMIDecimal 0..100), or null when absent or unusable. */
export function parseMasteryScore(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}

export function computeReport(
  progress: ProgressState,
  vignetteIds: readonly string[],
  mastery: number = DEFAULT_MASTERY_SCORE,
): LmsReport {
  // Without a case list (content not packaged by package:scorm), fall back to the cases the
  // learner has records for.
  const ids = vignetteIds.length > 0 ? [...new Set(vignetteIds)] : Object.keys(progress.vignettes);
  let sum = 0;
  let attempted = 0;
  for (const id of ids) {
    const r = progress.vignettes[id];
    if (r && r.attempts > 0) {
      attempted++;
      sum += r.bestScore;
    }
  }
  const total = ids.length;
  const raw = total > 0 ? Math.round((100 * sum) / total) : 0;
  const all = total > 0 && attempted === total;
  return {
    status: all ? (raw >= mastery ? 'passed' : 'completed') : 'incomplete',
    raw,
    attempted,
    total,
    mastery,
  };
}

const RANK: Record<string, number> = {
  'not attempted': 0,
  browsed: 0,
  incomplete: 1,
  failed: 1,
  completed: 2,
  passed: 3,
};

/** The status to send: the computed one unless the LMS already holds a higher one. */
export function higherStatus(current: string | null, computed: ReportedStatus): string {
  const have = current === null ? -1 : (RANK[current] ?? -1);
  const want = RANK[computed] ?? 0;
  return current !== null && have > want ? current : computed;
}

/** The score to send: the computed one unless the LMS already holds a higher valid one. */
export function higherScore(current: string | null, computed: number): number {
  const c = current === null || current.trim() === '' ? NaN : Number(current);
  return Number.isFinite(c) && c > computed && c <= 100 ? c : computed;
}
