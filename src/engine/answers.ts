// Answers, credit and feedback: the light part of grading, safe to ship to the browser. It needs
// neither zod nor the rules: it grades against an ExerciseKey that the full engine computes (at
// build time, or on the server) with `exerciseKey()` from grading.ts.
// `gradeAnswers(case, questions, answers)` is exactly `gradeWithKey(exerciseKey(case, questions), answers)`.
//
// Reading choices (documented for educators):
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
import {
  EUROPEAN_STAGES,
  MAUDSLEY_BANDS,
  NEXT_STEP_LABELS,
  NEXT_STEPS,
  OUTCOME_LABELS,
  OUTCOMES,
  PSEUDO_FLAG_LABELS,
  PSEUDO_FLAGS,
  STAGE_MODELS,
  type NextStep,
  type Outcome,
  type PseudoFlag,
  type StageModel,
} from './codes.ts';
import type { Finding } from './findings.ts';
import { list, midSentence, nearest, num, pct, roman } from './text.ts';

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

// ------------------------------------------------------------------ answer normalisation

const words = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-');

const YES = /* @__PURE__ */ new Set(['yes', 'y', 'true', 'ja', 'oui', 'si']);
const NO = /* @__PURE__ */ new Set(['no', 'n', 'false', 'nein', 'non']);
const NOT_APPLICABLE = /* @__PURE__ */ new Set([
  'n/a',
  'na',
  'not-applicable',
  'none',
  'not-staged',
  'null',
  '-',
]);

function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const s = raw
    .trim()
    .toLowerCase()
    .replace(/\s*(%|percent|points?|pts?)$/, '')
    .replace(/^\+/, '')
    .replace(/\s+/g, '')
    .replace(',', '.');
  if (!/^[-]?(\d+\.?\d*|\.\d+)$/.test(s)) return undefined;
  return Number(s);
}

const OUTCOME_ALIASES: Record<string, Outcome> = {
  remission: 'remission',
  remitted: 'remission',
  remitter: 'remission',
  response: 'response',
  responder: 'response',
  'response-without-remission': 'response',
  'partial-response': 'partial-response',
  partial: 'partial-response',
  'partial-responder': 'partial-response',
  'non-response': 'non-response',
  nonresponse: 'non-response',
  'no-response': 'non-response',
  'non-responder': 'non-response',
  nonresponder: 'non-response',
  intolerance: 'intolerance',
  intolerant: 'intolerance',
  'not-evaluable': 'not-evaluable',
  'not-evaluated': 'not-evaluable',
  unknown: 'not-evaluable',
};

const STEP_ALIASES: Record<string, NextStep> = {
  'continue-treatment': 'continue',
  continuation: 'continue',
  maintenance: 'continue',
  maintain: 'continue',
  'optimise-dose': 'optimize-dose',
  optimize: 'optimize-dose',
  optimise: 'optimize-dose',
  'increase-dose': 'optimize-dose',
  'raise-dose': 'optimize-dose',
  'dose-optimization': 'optimize-dose',
  'dose-optimisation': 'optimize-dose',
  'extend-trial': 'extend-duration',
  'longer-trial': 'extend-duration',
  adherence: 'improve-adherence',
  'reassess-diagnosis': 'reassess-diagnosis',
  reassess: 'reassess-diagnosis',
  'treat-comorbidities': 'treat-comorbidity',
  augmentation: 'augment',
  combination: 'combine',
  'switch-antidepressant': 'switch',
  'electroconvulsive-therapy': 'ect',
  'esketamine-nasal-spray': 'esketamine',
  spravato: 'esketamine',
  'iv-ketamine': 'ketamine',
  tms: 'rtms',
  'r-tms': 'rtms',
  'anti-inflammatory': 'anti-inflammatory-trial',
  infliximab: 'anti-inflammatory-trial',
};

const FLAG_ALIASES: Record<string, PseudoFlag> = {
  dose: 'inadequate-dose',
  'low-dose': 'inadequate-dose',
  duration: 'inadequate-duration',
  'too-short': 'inadequate-duration',
  adherence: 'inadequate-adherence',
  'non-adherence': 'inadequate-adherence',
  'poor-adherence': 'inadequate-adherence',
  intolerant: 'intolerance',
  bipolar: 'bipolar-spectrum',
  'bipolar-disorder': 'bipolar-spectrum',
  medical: 'medical-comorbidity',
  psychiatric: 'psychiatric-comorbidity',
  'substance-use-disorder': 'substance-use',
  substance: 'substance-use',
};

function pickList<T extends string>(
  raw: unknown,
  allowed: readonly T[],
  aliases: Record<string, T>,
  noun: string,
  allowEmpty: boolean,
): Normalized {
  let items: unknown[];
  if (Array.isArray(raw)) items = raw;
  else if (typeof raw === 'string') items = raw.split(/[,;\n]+/).filter((s) => s.trim() !== '');
  else return { ok: false, message: `Choose one or more ${noun}s from: ${allowed.join(', ')}` };
  if (items.length === 1 && typeof items[0] === 'string' && NOT_APPLICABLE.has(words(items[0]))) items = [];
  const out = new Set<T>();
  for (const item of items) {
    if (typeof item !== 'string')
      return { ok: false, message: `Each ${noun} must be one of: ${allowed.join(', ')}` };
    const w = words(item);
    const v = (allowed as readonly string[]).includes(w)
      ? (w as T)
      : Object.hasOwn(aliases, w)
        ? aliases[w]
        : undefined;
    if (v === undefined) {
      const guess = nearest(w, allowed);
      return {
        ok: false,
        message: `Unknown ${noun} "${item.trim()}"${guess ? ` — did you mean "${guess}"?` : ''} Choose from: ${allowed.join(', ')}`,
      };
    }
    out.add(v);
  }
  if (!allowEmpty && out.size === 0)
    return { ok: false, message: `Pick at least one ${noun}: ${allowed.join(', ')}` };
  return { ok: true, value: allowed.filter((a) => out.has(a)) };
}

function yesNo(raw: unknown): Normalized {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  if (typeof raw === 'string') {
    const w = words(raw);
    if (YES.has(w)) return { ok: true, value: true };
    if (NO.has(w)) return { ok: true, value: false };
  }
  return { ok: false, message: 'Answer yes or no' };
}

function thaseRushStage(raw: unknown): Normalized {
  const bad: Normalized = { ok: false, message: 'Choose Stage 0 to V (e.g. "Stage II" or "2")' };
  if (typeof raw === 'number')
    return Number.isInteger(raw) && raw >= 0 && raw <= 5 ? { ok: true, value: raw } : bad;
  if (typeof raw !== 'string') return bad;
  const s = raw
    .trim()
    .toLowerCase()
    .replace(/^(thase[\s–-]*rush\s*)?(stage|st\.?)\s*/, '')
    .trim();
  const romans = ['0', 'i', 'ii', 'iii', 'iv', 'v'];
  const r = romans.indexOf(s);
  if (r >= 0) return { ok: true, value: r };
  if (/^[0-5]$/.test(s)) return { ok: true, value: Number(s) };
  return bad;
}

function europeanStage(raw: unknown): Normalized {
  const msg = 'Choose one of: none, non-responder, TRD1–TRD5, CRD';
  if (typeof raw !== 'string') return { ok: false, message: msg };
  const w = words(raw).replace(/^stage-/, '');
  const trd = /^trd-?([1-5])$/.exec(w);
  if (trd) return { ok: true, value: `TRD${trd[1]}` };
  if (w === 'crd' || w === 'chronic-resistant-depression' || w === 'chronic-refractory-depression')
    return { ok: true, value: 'CRD' };
  if (w === 'non-responder' || w === 'nonresponder' || w === 'non-response')
    return { ok: true, value: 'non-responder' };
  if (w === 'none' || w === 'no-stage' || w === '0') return { ok: true, value: 'none' };
  return { ok: false, message: msg };
}

function band(raw: unknown): Normalized {
  const msg = 'Choose mild, moderate or severe (or "not applicable" when no antidepressant has failed)';
  if (raw === null) return { ok: true, value: null };
  if (typeof raw !== 'string') return { ok: false, message: msg };
  const w = words(raw);
  if (NOT_APPLICABLE.has(w)) return { ok: true, value: null };
  return (MAUDSLEY_BANDS as readonly string[]).includes(w)
    ? { ok: true, value: w }
    : { ok: false, message: msg };
}

/** Turn a learner's (or author's) raw answer into the engine's value, accepting the usual spellings. */
export function normalizeAnswer(question: AnswerShape, raw: unknown): Normalized {
  switch (question.kind) {
    case 'adequacy':
    case 'trd':
    case 'pdd':
    case 'esketamine-eligible':
      return yesNo(raw);
    case 'outcome': {
      const msg = `Choose one of: ${OUTCOMES.map((o) => OUTCOME_LABELS[o].toLowerCase()).join(', ')}`;
      if (typeof raw !== 'string') return { ok: false, message: msg };
      const w = words(raw);
      const v = Object.hasOwn(OUTCOME_ALIASES, w) ? OUTCOME_ALIASES[w] : undefined;
      return v ? { ok: true, value: v } : { ok: false, message: msg };
    }
    case 'percent-reduction': {
      const n = toNumber(raw);
      return n !== undefined && n <= 100
        ? { ok: true, value: n }
        : {
            ok: false,
            message: 'Enter a percentage up to 100, e.g. 16.7 (a negative number means the score rose)',
          };
    }
    case 'failed-trials': {
      const n = toNumber(raw);
      return n !== undefined && Number.isInteger(n) && n >= 0
        ? { ok: true, value: n }
        : { ok: false, message: 'Enter a whole number of 0 or more' };
    }
    case 'pseudo-resistance':
      return pickList(raw, PSEUDO_FLAGS, FLAG_ALIASES, 'pseudo-resistance flag', true);
    case 'next-step':
      return pickList(raw, NEXT_STEPS, STEP_ALIASES, 'next step', false);
    case 'stage':
      switch (question.model) {
        case 'thaseRush':
          return thaseRushStage(raw);
        case 'european':
          return europeanStage(raw);
        case 'maudsleyBand':
          return band(raw);
        case 'maudsley': {
          if (raw === null || (typeof raw === 'string' && NOT_APPLICABLE.has(words(raw))))
            return { ok: true, value: null };
          const n = toNumber(raw);
          return n !== undefined && Number.isInteger(n) && n >= 3 && n <= 15
            ? { ok: true, value: n }
            : {
                ok: false,
                message:
                  'Enter a number from 3 to 15 (or "not applicable" when no antidepressant has failed)',
              };
        }
        case 'mgh': {
          const n = toNumber(raw);
          return n !== undefined && n >= 0 && Number.isInteger(n * 2)
            ? { ok: true, value: n }
            : { ok: false, message: 'Enter a number of points, 0 or more, in steps of 0.5 (e.g. 3.5)' };
        }
        default:
          return { ok: false, message: `Unknown staging model; choose one of: ${STAGE_MODELS.join(', ')}` };
      }
    default:
      return { ok: false, message: 'Unknown question kind' };
  }
}

// ------------------------------------------------------------------ credit

/** The engine's next steps as a grading key (`required` may be absent in keys built before 2.0.0). */
export interface ExpectedSteps {
  preferred: NextStep[];
  avoid: NextStep[];
  required?: NextStep[];
}

export type Expected = AnswerValue | ExpectedSteps;

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

// ------------------------------------------------------------------ describing answers

export const STAGE_NAMES: Record<StageModel, string> = {
  thaseRush: 'Thase–Rush stage',
  european: 'European (Souery) stage',
  mgh: 'MGH staging score',
  maudsley: 'Maudsley total',
  maudsleyBand: 'Maudsley band',
};

/** Learner label for a stage value: 'Stage II', 'TRD2', '3.5 points', '7 (moderate)', 'Moderate'. */
export function describeStage(model: StageModel, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return 'Not applicable (no failed antidepressant trial)';
  switch (model) {
    case 'thaseRush':
      return `Stage ${roman(Number(value))}`;
    case 'european':
      return value === 'none'
        ? 'None (no failed trial)'
        : value === 'non-responder'
          ? 'Non-responder'
          : String(value);
    case 'mgh':
      return `${num(Number(value))} point${Number(value) === 1 ? '' : 's'}`;
    case 'maudsley': {
      const v = Number(value);
      return `${v} (${v <= 6 ? 'mild' : v <= 10 ? 'moderate' : 'severe'})`;
    }
    case 'maudsleyBand': {
      const s = String(value);
      return s.charAt(0).toUpperCase() + s.slice(1);
    }
  }
}

export function describeAnswer(q: AnswerShape, v: Expected): string {
  if (v === null) return q.kind === 'stage' ? describeStage(q.model ?? 'thaseRush', null) : 'not applicable';
  switch (q.kind) {
    case 'adequacy':
    case 'trd':
    case 'pdd':
    case 'esketamine-eligible':
      return v ? 'yes' : 'no';
    case 'outcome':
      return midSentence(OUTCOME_LABELS[v as Outcome]);
    case 'percent-reduction':
      return pct(v as number);
    case 'failed-trials':
      return num(v as number);
    case 'stage':
      return describeStage(q.model ?? 'thaseRush', v as string | number);
    case 'pseudo-resistance': {
      const a = v as PseudoFlag[];
      return a.length ? list(a.map((f) => midSentence(PSEUDO_FLAG_LABELS[f]))) : 'none';
    }
    case 'next-step': {
      const lab = (x: readonly NextStep[]) => list(x.map((s) => midSentence(NEXT_STEP_LABELS[s])));
      if (Array.isArray(v)) return v.length ? lab(v as NextStep[]) : 'none of the listed steps';
      const e = v as ExpectedSteps;
      const first = e.required ?? [];
      const rest = e.preferred.filter((s) => !first.includes(s));
      if (first.length === 0) return e.preferred.length ? lab(e.preferred) : 'none of the listed steps';
      return `${lab(first)} first${rest.length ? `; also preferred: ${lab(rest)}` : ''}`;
    }
  }
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

function stepFeedback(e: ExpectedSteps, picks: string[]): string {
  const lab = (s: string) => midSentence(NEXT_STEP_LABELS[s as NextStep]);
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

function gradeItem(item: KeyItem, raw: unknown): GradeResult {
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
  const n = normalizeAnswer(item, raw);
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
  const extra =
    item.kind === 'next-step' && Array.isArray(n.value)
      ? stepFeedback(expected as ExpectedSteps, n.value)
      : '';
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
 * or unreadable answer scores 0 with a message.
 */
export function gradeWithKey(key: ExerciseKey, answers: Record<string, unknown>): Grade {
  const given: Record<string, unknown> = typeof answers === 'object' && answers !== null ? answers : {};
  const results = key.items.map((item) =>
    gradeItem(item, Object.hasOwn(given, item.questionId) ? given[item.questionId] : undefined),
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

export interface AnswerOption {
  value: AnswerValue;
  label: string;
}

const YES_NO: AnswerOption[] = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
];

/** Choices for choice, multi-select and stage-picker controls; [] for numeric answers. */
export function answerOptions(question: AnswerShape): AnswerOption[] {
  switch (question.kind) {
    case 'adequacy':
    case 'trd':
    case 'pdd':
    case 'esketamine-eligible':
      return YES_NO.map((o) => ({ ...o }));
    case 'outcome':
      return OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }));
    case 'pseudo-resistance':
      return PSEUDO_FLAGS.map((f) => ({ value: f, label: PSEUDO_FLAG_LABELS[f] }));
    case 'next-step':
      return NEXT_STEPS.map((s) => ({ value: s, label: NEXT_STEP_LABELS[s] }));
    case 'stage':
      if (question.model === 'thaseRush')
        return [0, 1, 2, 3, 4, 5].map((v) => ({ value: v, label: describeStage('thaseRush', v) }));
      if (question.model === 'european')
        return EUROPEAN_STAGES.map((v) => ({ value: v, label: describeStage('european', v) }));
      if (question.model === 'maudsleyBand') {
        return [
          ...MAUDSLEY_BANDS.map((v) => ({ value: v, label: describeStage('maudsleyBand', v) })),
          { value: null, label: describeStage('maudsleyBand', null) },
        ];
      }
      return [];
    default:
      return [];
  }
}

export interface AnswerControl {
  control: 'yes-no' | 'choice' | 'multi' | 'stage' | 'number';
  min?: number;
  max?: number;
  step?: number;
  unit?: string;
  /** Numeric answers that may also be "not applicable". */
  allowNotApplicable?: boolean;
}

/** Which control an island should render, with numeric limits (so islands hold no clinical numbers). */
export function answerControl(question: AnswerShape): AnswerControl {
  switch (question.kind) {
    case 'adequacy':
    case 'trd':
    case 'pdd':
    case 'esketamine-eligible':
      return { control: 'yes-no' };
    case 'outcome':
      return { control: 'choice' };
    case 'pseudo-resistance':
    case 'next-step':
      return { control: 'multi' };
    case 'percent-reduction':
      return { control: 'number', max: 100, step: 0.1, unit: '%' };
    case 'failed-trials':
      return { control: 'number', min: 0, step: 1 };
    case 'stage':
      if (question.model === 'mgh') return { control: 'number', min: 0, step: 0.5, unit: 'points' };
      if (question.model === 'maudsley')
        return { control: 'number', min: 3, max: 15, step: 1, allowNotApplicable: true };
      return { control: 'stage' };
    default:
      return { control: 'choice' };
  }
}
