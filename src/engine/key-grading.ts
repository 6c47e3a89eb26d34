// Grading against a precomputed answer key: the part of grading that runs in the learner's
// browser. It needs neither zod nor the rules nor the engine's label tables: the key, computed by
// the full engine with `exerciseKey()` (grading.ts, at build time), carries each question's
// options with their labels, its control with numeric limits, the expected answer and the
// findings that explain it.
//
// Answers are read by the question's control (`readControlAnswer`): a choice is one of the key's
// option values (or the value as text, as a form sends it), a number is typed text checked against
// the control's limits. The learner never types a label, so the browser needs no aliases; the
// authoring side (`normalizeAnswer` in answers.ts, which accepts "Stage II", "TRD 2", "remitted")
// is passed as `read` where free text must be understood (`gradeAnswers`, vignette expectations).
//
// Credit (reading choices, documented for educators):
// - Percent reduction: full credit within ±1 percentage point of the engine's value.
// - Pseudo-resistance (multi-select): credit = Jaccard index |picked ∩ expected| / |picked ∪ expected|
//   (1 when both are empty). It rewards every right flag and charges every wrong or missing one.
// - Next step (pick one or more): 0 if any pick is in `avoid`; otherwise
//   |picks ∩ preferred| / max(|picks|, 1) — the share of picks that are preferred; picks that are
//   neither preferred nor avoided earn nothing. When the engine marks steps `required` ("ECT first
//   with psychotic features", engine contract), full credit needs every required step: the share
//   is multiplied by (1 + |picks ∩ required| / |required|) / 2, so an answer without the one
//   required step keeps half. Without required steps one preferred pick is enough: in TRD a single
//   "switch" after a failed trial earns full credit, because switching stays a documented next
//   step after two failures (STAR*D levels 3–4 offered switches, Rush 2006; Thase–Rush stages III
//   and IV are defined by further switches, Thase 1997).
// - All other kinds: right or wrong (1 or 0).
import type { NextStep, StageModel } from './codes.ts';
import type { Finding } from './findings.ts';
import { list, midSentence } from './text.ts';

export type QuestionKind =
  | 'adequacy'
  | 'outcome'
  | 'percent-reduction'
  | 'failed-trials'
  | 'trd'
  | 'pdd'
  | 'stage'
  | 'pseudo-resistance'
  | 'next-step'
  | 'esketamine-eligible';

/** The minimal shape answer handling needs (a parsed Question satisfies it). */
export interface AnswerShape {
  kind: QuestionKind;
  model?: StageModel;
}

export type AnswerValue = boolean | number | string | null | string[];
export type Normalized = { ok: true; value: AnswerValue } | { ok: false; message: string };

export interface AnswerOption {
  value: AnswerValue;
  label: string;
}

export interface AnswerControl {
  control: 'yes-no' | 'choice' | 'multi' | 'stage' | 'number';
  min?: number;
  max?: number;
  /** Answers must be whole multiples of the step (1: whole numbers; 0.5: halves). */
  step?: number;
  unit?: string;
  /** Numeric answers that may also be "not applicable". */
  allowNotApplicable?: boolean;
}

/** The engine's next steps as a grading key (`required` may be absent in keys built before 2.0.0). */
export interface ExpectedSteps {
  preferred: NextStep[];
  avoid: NextStep[];
  required?: NextStep[];
}

export type Expected = AnswerValue | ExpectedSteps;

/** Everything needed to grade one question without the engine (JSON-serialisable). */
export interface KeyItem {
  questionId: string;
  kind: QuestionKind;
  model?: StageModel;
  /** 1-based treatment position, for per-treatment questions. */
  treatment?: number;
  prompt: string;
  options: AnswerOption[];
  control: AnswerControl;
  expected: Expected;
  expectedLabel: string;
  /** The findings behind the answer, and their texts joined (the "why"). */
  findings: Finding[];
  explanation: string;
  sources: string[];
}

/** A graded exercise's answer key, computed by the full engine (grading.ts `exerciseKey`). */
export interface ExerciseKey {
  rulesetVersion: string;
  profile: string;
  items: KeyItem[];
  /** Every finding of the assessment (for a worked solution). */
  findings: Finding[];
}

export interface GradeResult {
  questionId: string;
  kind: QuestionKind;
  /** 0..1 */
  credit: number;
  correct: boolean;
  expected: Expected;
  /** Learner-facing label of the engine's answer ("Stage II", "partial response"). */
  expectedLabel: string;
  given: AnswerValue | null;
  /** Verdict + the engine's answer + why (all texts below). */
  feedback: string;
  /** Why, from the findings, without the verdict (for worked solutions). */
  explanation: string;
  findings: Finding[];
  sources: string[];
  /** Why the answer could not be read (also for unanswered questions). */
  invalid?: string;
}

export interface Grade {
  score: number;
  maxScore: number;
  percent: number;
  rulesetVersion: string;
  results: GradeResult[];
}

/** Reads a raw answer into the engine's value for one question. */
export type AnswerReader = (item: KeyItem, raw: unknown) => Normalized;

// ------------------------------------------------------------------ reading by control

/** What a numeric control accepts, as a sentence: "A number from 3 to 15 (a whole number), or “n/a” if it does not apply." */
export function numberRule(c: AnswerControl): string {
  const range =
    c.min !== undefined && c.max !== undefined
      ? `A number from ${c.min} to ${c.max}`
      : c.min !== undefined
        ? `A number of at least ${c.min}`
        : c.max !== undefined
          ? `A number up to ${c.max}`
          : 'A number';
  const step = c.step === 1 ? ' (a whole number)' : c.step ? `, in steps of ${c.step}` : '';
  const unit = c.unit === '%' ? ', in per cent' : '';
  return `${range}${step}${unit}${c.allowNotApplicable ? ', or “n/a” if it does not apply' : ''}.`;
}

/** "n/a", "N/A", "na", "not applicable", "none", "-". */
const NOT_APPLICABLE = /^(n\/?a|not[\s-]*applicable|none|-)$/i;

/** A number as typed: "16.7", "16,7", "+3", "16.7 %", "3.5 points". */
export function readNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const s = raw
    .trim()
    .toLowerCase()
    .replace(/\s*(%|percent|points?|pts?)$/, '')
    .replace(/^\+/, '')
    .replace(/\s+/g, '')
    .replace(',', '.');
  return /^-?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : undefined;
}

/**
 * Read an answer the way the question's control produces it: one of the key's option values (or
 * that value as text), a list of them, or a number within the control's limits. Anything else is
 * a message saying what is allowed.
 */
export function readControlAnswer(item: KeyItem, raw: unknown): Normalized {
  const c = item.control;
  const optionFor = (x: unknown) => item.options.find((o) => o.value === x || String(o.value) === x);
  const choose = `Choose ${c.control === 'multi' ? 'from' : 'one of'}: ${item.options.map((o) => o.label).join('; ')}`;
  if (c.control === 'number') {
    if (
      c.allowNotApplicable &&
      (raw === null || (typeof raw === 'string' && NOT_APPLICABLE.test(raw.trim())))
    )
      return { ok: true, value: null };
    const n = readNumber(raw);
    const fits =
      n !== undefined &&
      (c.min === undefined || n >= c.min) &&
      (c.max === undefined || n <= c.max) &&
      (c.step === undefined || Math.abs(n / c.step - Math.round(n / c.step)) < 1e-9);
    if (fits) return { ok: true, value: n };
    const rule = numberRule(c);
    return { ok: false, message: `Enter ${rule.charAt(0).toLowerCase()}${rule.slice(1, -1)}` };
  }
  if (c.control === 'multi') {
    if (!Array.isArray(raw)) return { ok: false, message: choose };
    const picked = new Set<AnswerValue>();
    for (const x of raw) {
      const o = optionFor(x);
      if (!o) return { ok: false, message: choose };
      picked.add(o.value);
    }
    return { ok: true, value: item.options.filter((o) => picked.has(o.value)).map((o) => String(o.value)) };
  }
  const o = optionFor(raw);
  return o ? { ok: true, value: o.value } : { ok: false, message: choose };
}

// ------------------------------------------------------------------ credit

/** Next-step credit (reading documented at the top of this file). */
export function nextStepCredit(e: ExpectedSteps, picks: readonly string[]): number {
  if (picks.some((p) => e.avoid.includes(p as NextStep))) return 0;
  const share = picks.filter((p) => e.preferred.includes(p as NextStep)).length / Math.max(picks.length, 1);
  const required = e.required ?? [];
  if (required.length === 0) return share;
  const covered = required.filter((r) => picks.includes(r)).length;
  return (share * (1 + covered / required.length)) / 2;
}

export function creditFor(question: AnswerShape, expected: Expected, given: AnswerValue): number {
  if (question.kind === 'next-step') {
    return nextStepCredit(expected as ExpectedSteps, (given as string[] | null) ?? []);
  }
  if (question.kind === 'pseudo-resistance') {
    const e = new Set(expected as string[]);
    const g = new Set(given as string[]);
    const union = new Set([...e, ...g]);
    if (union.size === 0) return 1;
    return [...g].filter((x) => e.has(x)).length / union.size;
  }
  if (question.kind === 'percent-reduction') {
    return typeof expected === 'number' && typeof given === 'number' && Math.abs(expected - given) <= 1
      ? 1
      : 0;
  }
  if (question.kind === 'stage' && question.model === 'mgh') {
    return typeof expected === 'number' && typeof given === 'number' && Math.abs(expected - given) < 1e-9
      ? 1
      : 0;
  }
  return expected === given ? 1 : 0;
}

// ------------------------------------------------------------------ feedback

/** What a next-step answer got wrong, in the key's own option labels. */
function stepFeedback(item: KeyItem, picks: string[]): string {
  const e = item.expected as ExpectedSteps;
  const lab = (s: string) => midSentence(item.options.find((o) => o.value === s)?.label ?? s);
  const bad = picks.filter((p) => e.avoid.includes(p as NextStep));
  const neutral = picks.filter(
    (p) => !e.avoid.includes(p as NextStep) && !e.preferred.includes(p as NextStep),
  );
  const missing = (e.required ?? []).filter((r) => !picks.includes(r));
  const parts: string[] = [];
  if (bad.length) parts.push(`Avoid here: ${list(bad.map(lab))}.`);
  if (neutral.length) parts.push(`Not among the preferred steps: ${list(neutral.map(lab))}.`);
  if (missing.length) parts.push(`Comes first here and is missing: ${list(missing.map(lab))}.`);
  return parts.join(' ');
}

function gradeItem(item: KeyItem, raw: unknown, read: AnswerReader): GradeResult {
  const { expected, expectedLabel, explanation: why } = item;
  const answerText = `The engine's answer: ${expectedLabel}.`;
  const base = {
    questionId: item.questionId,
    kind: item.kind,
    expected,
    expectedLabel,
    explanation: why,
    findings: item.findings,
    sources: item.sources,
  };
  const unanswered =
    raw === undefined ||
    raw === null ||
    (typeof raw === 'string' && raw.trim() === '') ||
    (Array.isArray(raw) && raw.length === 0 && item.kind === 'next-step');
  if (unanswered && !(item.kind === 'stage' && raw === null)) {
    const invalid = 'No answer given.';
    return {
      ...base,
      credit: 0,
      correct: false,
      given: null,
      invalid,
      feedback: `${invalid} ${answerText} ${why}`.trim(),
    };
  }
  const n = read(item, raw);
  if (!n.ok) {
    return {
      ...base,
      credit: 0,
      correct: false,
      given: null,
      invalid: n.message,
      feedback: `Could not read the answer: ${n.message}. ${answerText} ${why}`.trim(),
    };
  }
  const credit = creditFor(item, expected, n.value);
  const verdict =
    credit === 1
      ? 'Correct.'
      : credit > 0
        ? `Partly right (${Math.round(credit * 100)}% credit).`
        : 'Not quite.';
  const extra = item.kind === 'next-step' && Array.isArray(n.value) ? stepFeedback(item, n.value) : '';
  return {
    ...base,
    credit,
    correct: credit === 1,
    given: n.value,
    feedback: [verdict, extra, answerText, why].filter(Boolean).join(' '),
  };
}

/**
 * Grade answers (keyed by question id) against a precomputed key. Never throws: an unanswered
 * or unreadable answer scores 0 with a message. Answers are read by each question's control
 * unless another reader is given (`normalizeAnswer` for free text).
 */
export function gradeWithKey(
  key: ExerciseKey,
  answers: Record<string, unknown>,
  read: AnswerReader = readControlAnswer,
): Grade {
  const given: Record<string, unknown> = typeof answers === 'object' && answers !== null ? answers : {};
  const results = key.items.map((item) =>
    gradeItem(item, Object.hasOwn(given, item.questionId) ? given[item.questionId] : undefined, read),
  );
  const score = results.reduce((s, r) => s + r.credit, 0);
  return {
    score,
    maxScore: results.length,
    percent: results.length ? (score / results.length) * 100 : 0,
    rulesetVersion: key.rulesetVersion,
    results,
  };
}
