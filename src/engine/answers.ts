// Answers for authors and the full engine: reading free-text answers ("Stage II", "TRD 2",
// "remitted", "optimise dose"), the learner labels of each answer, and the options and control
// of each question kind, from which `exerciseKey` (grading.ts) builds an answer key. Grading
// against that key, and the credit rules, are in key-grading.ts (the part shipped to browsers).
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
import {
  readNumber,
  type AnswerControl,
  type AnswerOption,
  type AnswerShape,
  type Expected,
  type ExpectedSteps,
  type Normalized,
} from './key-grading.ts';
import { list, midSentence, nearest, num, pct, roman } from './text.ts';

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
      const n = readNumber(raw);
      return n !== undefined && n <= 100
        ? { ok: true, value: n }
        : {
            ok: false,
            message: 'Enter a percentage up to 100, e.g. 16.7 (a negative number means the score rose)',
          };
    }
    case 'failed-trials': {
      const n = readNumber(raw);
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
          const n = readNumber(raw);
          return n !== undefined && Number.isInteger(n) && n >= 3 && n <= 15
            ? { ok: true, value: n }
            : {
                ok: false,
                message:
                  'Enter a number from 3 to 15 (or "not applicable" when no antidepressant has failed)',
              };
        }
        case 'mgh': {
          const n = readNumber(raw);
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
      return { control: 'number', max: 100, unit: '%' };
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
