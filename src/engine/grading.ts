// Grading with the full engine: question schema, parsing (with authoring checks), the engine's
// expected answers, the serialisable ExerciseKey, gradeAnswers and checkExpectations.
// Answer spellings, labels, options and controls are answers.ts; grading against a key (the part
// shipped to browsers: reading by control, credit, feedback) is key-grading.ts.
// Question `treatment` numbers are 1-based (as `augments`); reported paths are 0-based (`questions.2.expect`).
import * as z from 'zod/mini';
import { answerControl, answerOptions, describeAnswer, normalizeAnswer } from './answers.ts';
import {
  creditFor,
  gradeWithKey,
  type AnswerShape,
  type ExerciseKey,
  type Expected,
  type Grade,
  type KeyItem,
  type QuestionKind,
} from './key-grading.ts';
import { assessNormalised, type Assessment } from './assess.ts';
import { caseInputError } from './case-labels.ts';
import {
  EUROPEAN_STAGES,
  MAUDSLEY_BANDS,
  NEXT_STEPS,
  OUTCOMES,
  PSEUDO_FLAGS,
  STAGE_MODELS,
  type StageModel,
} from './codes.ts';
import { eligibilityFromNormalised } from './esketamine.ts';
import type { Finding } from './findings.ts';
import {
  CaseInputError,
  checkProfileOption,
  dedupe,
  fromZod,
  isObj,
  normaliseCase,
  own,
  valueAt,
  type InputIssue,
  type NormalisedCase,
} from './parse.ts';
import { profiles, type ProfileId } from './profiles.ts';
import { SCALES } from './scales.ts';
import type { PatientCase } from './schema.ts';
import { treatmentLabel } from './trial-findings.ts';

// Built inside functions (and the calls marked pure) so bundlers can drop them from islands.
function questionShapes() {
  const base = { id: z.optional(z.string().check(z.minLength(1))), prompt: z.optional(z.string()) };
  const treatment = z.int().check(z.minimum(1));
  return {
    adequacy: z.strictObject({
      kind: z.literal('adequacy'),
      treatment,
      expect: z.optional(z.boolean()),
      ...base,
    }),
    outcome: z.strictObject({
      kind: z.literal('outcome'),
      treatment,
      expect: z.optional(z.enum(OUTCOMES)),
      ...base,
    }),
    'percent-reduction': z.strictObject({
      kind: z.literal('percent-reduction'),
      treatment,
      expect: z.optional(z.number()),
      ...base,
    }),
    'failed-trials': z.strictObject({
      kind: z.literal('failed-trials'),
      expect: z.optional(z.int().check(z.minimum(0))),
      ...base,
    }),
    trd: z.strictObject({ kind: z.literal('trd'), expect: z.optional(z.boolean()), ...base }),
    pdd: z.strictObject({ kind: z.literal('pdd'), expect: z.optional(z.boolean()), ...base }),
    stage: z.strictObject({
      kind: z.literal('stage'),
      model: z.enum(STAGE_MODELS),
      expect: z.optional(z.nullable(z.union([z.number(), z.enum(EUROPEAN_STAGES), z.enum(MAUDSLEY_BANDS)]))),
      ...base,
    }),
    'pseudo-resistance': z.strictObject({
      kind: z.literal('pseudo-resistance'),
      expect: z.optional(z.array(z.enum(PSEUDO_FLAGS))),
      ...base,
    }),
    'next-step': z.strictObject({
      kind: z.literal('next-step'),
      expect: z.optional(z.array(z.enum(NEXT_STEPS))),
      ...base,
    }),
    'esketamine-eligible': z.strictObject({
      kind: z.literal('esketamine-eligible'),
      expect: z.optional(z.boolean()),
      ...base,
    }),
  } as const;
}

export const questionSchemas = /* @__PURE__ */ questionShapes();

function questionUnion(q: ReturnType<typeof questionShapes>) {
  return z.discriminatedUnion('kind', [
    q.adequacy,
    q.outcome,
    q['percent-reduction'],
    q['failed-trials'],
    q.trd,
    q.pdd,
    q.stage,
    q['pseudo-resistance'],
    q['next-step'],
    q['esketamine-eligible'],
  ]);
}
export const questionSchema = /* @__PURE__ */ questionUnion(questionSchemas);

export type QuestionInput = z.input<typeof questionSchema>;
/** A validated question: `id` filled in, `expect` normalised. */
export type Question = z.infer<typeof questionSchema> & { id: string };
export const QUESTION_KINDS = /* @__PURE__ */ Object.keys(questionSchemas) as QuestionKind[];

// ------------------------------------------------------------------ parsing questions

function questionKeysAt(raw: unknown, path: readonly PropertyKey[]): string[] {
  const kind = valueAt(raw, [...path, 'kind']);
  return typeof kind === 'string' && Object.hasOwn(questionSchemas, kind)
    ? Object.keys(questionSchemas[kind as QuestionKind].shape)
    : [];
}

function defaultId(q: { kind: string; treatment?: number; model?: string }, i: number): string {
  return [q.kind, String(i), q.treatment !== undefined ? `t${q.treatment}` : '', q.model ?? '']
    .filter(Boolean)
    .join('-');
}

function parseQuestionsWith(
  input: unknown,
  n: NormalisedCase | undefined,
  caseIssues: InputIssue[],
): Question[] {
  const issues: InputIssue[] = [...caseIssues];
  if (!Array.isArray(input)) {
    throw caseInputError(
      [...issues, { path: 'questions', message: 'questions must be a list of question objects' }],
      'questions',
    );
  }
  // Normalise `expect` first (authors may write "Stage II"), then validate the shape.
  const prepared = input.map((item: unknown, i) => {
    if (!isObj(item) || !Object.hasOwn(item, 'expect')) return item;
    const kind = own(item, 'kind');
    const model = own(item, 'model');
    if (typeof kind !== 'string' || !Object.hasOwn(questionSchemas, kind)) return item;
    if (
      kind === 'stage' &&
      !(typeof model === 'string' && (STAGE_MODELS as readonly string[]).includes(model))
    )
      return item;
    const shape: AnswerShape =
      kind === 'stage' ? { kind, model: model as StageModel } : { kind: kind as QuestionKind };
    const r = normalizeAnswer(shape, own(item, 'expect'));
    const copy: Record<string, unknown> = { ...item };
    if (r.ok) copy['expect'] = r.value;
    else {
      issues.push({ path: `questions.${i}.expect`, message: r.message });
      delete copy['expect'];
    }
    return copy;
  });
  const result = z.array(questionSchema).safeParse(prepared, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      issues.push(
        ...fromZod(issue, prepared, {
          allowedKeysAt: questionKeysAt,
          variants: questionSchemas,
          listKey: '',
          prefix: 'questions',
        }),
      );
    }
  }
  const questions: Question[] = result.success
    ? result.data.map((q, i) => ({ ...q, id: q.id ?? defaultId(q, i) }))
    : [];
  const seen = new Map<string, number>();
  questions.forEach((q, i) => {
    const first = seen.get(q.id);
    if (first !== undefined)
      issues.push({
        path: `questions.${i}.id`,
        message: `id "${q.id}" is already used by question ${first} (ids must be unique)`,
      });
    else seen.set(q.id, i);
    if (!n || !('treatment' in q)) return;
    const ts = n.patientCase.treatments;
    const t = ts[q.treatment - 1];
    const path = `questions.${i}.treatment`;
    if (!t) {
      issues.push({
        path,
        message: `treatment: ${q.treatment} does not exist — the case lists ${ts.length} treatment${ts.length === 1 ? '' : 's'} (1-based)`,
      });
    } else if (q.kind === 'adequacy' && t.kind !== 'antidepressant' && t.kind !== 'ect') {
      issues.push({
        path,
        message: `treatment ${q.treatment} is kind "${t.kind}": adequacy questions need an antidepressant trial or an ECT course`,
      });
    } else if (q.kind === 'percent-reduction' && (t.endScore === undefined || (t.startScore ?? 0) === 0)) {
      issues.push({
        path,
        message: `treatment ${q.treatment} has no ${t.endScore === undefined ? 'endScore' : 'non-zero start score'}, so there is no percent reduction to ask about`,
      });
    } else if (q.kind === 'outcome' && t.endScore === undefined && t.stoppedFor !== 'adverse-effect') {
      issues.push({
        path,
        message: `treatment ${q.treatment} has no endScore, so its outcome is only "not evaluable"; add an endScore or drop the question`,
      });
    }
  });
  if (issues.length) throw caseInputError(dedupe(issues), 'questions');
  return questions;
}

function tryCase(caseInput: unknown): { n?: NormalisedCase; issues: InputIssue[] } {
  try {
    return { n: normaliseCase(caseInput), issues: [] };
  } catch (e) {
    if (e instanceof CaseInputError)
      return { issues: e.issues.map((i) => ({ ...i, path: i.path ? `case.${i.path}` : 'case' })) };
    throw e;
  }
}

/**
 * Validate questions (paths `questions.N.…`, 0-based). With a case, also check that each
 * `treatment` exists and suits the question; case problems are reported too (paths `case.…`).
 */
export function parseQuestions(input: unknown, caseInput?: unknown): Question[] {
  if (caseInput === undefined) return parseQuestionsWith(input, undefined, []);
  const { n, issues } = tryCase(caseInput);
  return parseQuestionsWith(input, n, issues);
}

// ------------------------------------------------------------------ expected answers and credit

/** The engine's answer to a question, from an assessment. */
export function expectedAnswer(assessment: Assessment, question: Question): Expected {
  const t = 'treatment' in question ? assessment.treatments[question.treatment - 1] : undefined;
  switch (question.kind) {
    case 'adequacy':
      return t?.adequate ?? null;
    case 'outcome':
      return t?.outcome ?? null;
    case 'percent-reduction':
      return t?.percentReduction ?? null;
    case 'failed-trials':
      return assessment.failedAdequateTrials;
    case 'trd':
      return assessment.trd.meets;
    case 'pdd':
      return assessment.persistentDepressiveDisorder;
    case 'pseudo-resistance':
      return [...assessment.pseudoResistance];
    case 'next-step':
      return {
        preferred: [...assessment.nextSteps.preferred],
        avoid: [...assessment.nextSteps.avoid],
        required: [...assessment.nextSteps.required],
      };
    case 'esketamine-eligible':
      return eligibilityOf(assessment).eligible;
    case 'stage': {
      const s = assessment.staging;
      switch (question.model) {
        case 'thaseRush':
          return s.thaseRush;
        case 'european':
          return s.european;
        case 'mgh':
          return s.mgh;
        case 'maudsley':
          return s.maudsley?.total ?? null;
        case 'maudsleyBand':
          return s.maudsley?.band ?? null;
      }
    }
  }
}

const eligibilityCache = /* @__PURE__ */ new WeakMap<
  Assessment,
  ReturnType<typeof eligibilityFromNormalised>
>();
function eligibilityOf(a: Assessment) {
  let e = eligibilityCache.get(a);
  if (!e) {
    e = eligibilityFromNormalised({
      patientCase: a.patientCase,
      startFrom: a.treatments.map((t) => t.startScoreFrom),
    });
    eligibilityCache.set(a, e);
  }
  return e;
}

const FINDING_RULES: Record<QuestionKind, readonly string[]> = {
  adequacy: ['adequacy', 'ect-adequacy'],
  outcome: ['outcome'],
  'percent-reduction': ['outcome'],
  'failed-trials': ['failure', 'failed-trials'],
  trd: ['failed-trials', 'trd'],
  pdd: ['pdd'],
  stage: [],
  'pseudo-resistance': ['pseudo-resistance'],
  'next-step': ['next-steps'],
  'esketamine-eligible': [],
};
const STAGE_RULES: Record<StageModel, string> = {
  thaseRush: 'thase-rush',
  european: 'european',
  mgh: 'mgh',
  maudsley: 'maudsley',
  maudsleyBand: 'maudsley',
};

function relevantFindings(a: Assessment, q: Question): Finding[] {
  if (q.kind === 'esketamine-eligible') return eligibilityOf(a).reasons;
  const rules = q.kind === 'stage' ? [STAGE_RULES[q.model]] : FINDING_RULES[q.kind];
  const about = 'treatment' in q ? `treatments.${q.treatment - 1}` : undefined;
  return a.findings.filter((f) => rules.includes(f.rule) && (about === undefined || f.about === about));
}

export interface GradeOptions {
  profile?: ProfileId;
}

function keyFor(
  n: NormalisedCase,
  qs: Question[],
  profile: ProfileId | undefined,
): { key: ExerciseKey; assessment: Assessment } {
  const a = assessNormalised(n, profiles[profile ?? n.patientCase.profile]);
  const items = qs.map((q): KeyItem => {
    const expected = expectedAnswer(a, q);
    const findings = relevantFindings(a, q);
    const item: KeyItem = {
      questionId: q.id,
      kind: q.kind,
      prompt: promptFor(q, n.patientCase),
      options: answerOptions(q),
      control: answerControl(q),
      expected,
      expectedLabel: describeAnswer(q, expected),
      findings,
      explanation: findings.map((f) => f.text).join(' '),
      sources: [...new Set(findings.flatMap((f) => f.sources))],
    };
    if (q.kind === 'stage') item.model = q.model;
    if ('treatment' in q) item.treatment = q.treatment;
    return item;
  });
  return {
    key: { rulesetVersion: a.rulesetVersion, profile: a.profile, items, findings: a.findings },
    assessment: a,
  };
}

/**
 * The answer key of an exercise: expected answers, labels, options, prompts and the findings that
 * explain them. JSON-serialisable, so it can be computed at build time and passed to an island,
 * which then grades with the light `gradeWithKey` (key-grading.ts) without shipping the rules engine.
 * Throws CaseInputError for an invalid case or questions.
 */
export function exerciseKey(caseInput: unknown, questions: unknown, options: GradeOptions = {}): ExerciseKey {
  checkProfileOption(options.profile);
  const n = normaliseCase(caseInput);
  return keyFor(n, parseQuestionsWith(questions, n, []), options.profile).key;
}

/**
 * Grade a learner's answers (keyed by question id), read as free text with the usual spellings
 * (`normalizeAnswer`: "Stage II", "TRD 2", "remitted"). Invalid case or questions throw
 * CaseInputError (an authoring error); an unanswered or unreadable answer scores 0 with a message.
 */
export function gradeAnswers(
  caseInput: unknown,
  questions: unknown,
  answers: Record<string, unknown>,
  options: GradeOptions = {},
): Grade {
  return gradeWithKey(
    exerciseKey(caseInput, questions, options),
    isObj(answers) ? answers : {},
    normalizeAnswer,
  );
}

export interface Disagreement {
  questionId: string;
  path: string;
  authorExpects: unknown;
  engineSays: Expected;
  reasons: string[];
}

/** Where a vignette author's `expect` disagrees with the engine (for the vignette checker and the build). */
export function checkExpectations(
  caseInput: unknown,
  questions: unknown,
  options: GradeOptions = {},
): Disagreement[] {
  checkProfileOption(options.profile);
  const n = normaliseCase(caseInput);
  const qs = parseQuestionsWith(questions, n, []);
  const a = assessNormalised(n, profiles[options.profile ?? n.patientCase.profile]);
  const out: Disagreement[] = [];
  qs.forEach((q, i) => {
    if (q.expect === undefined) return;
    const engineSays = expectedAnswer(a, q);
    if (creditFor(q, engineSays, q.expect) === 1) return;
    out.push({
      questionId: q.id,
      path: `questions.${i}.expect`,
      authorExpects: q.expect,
      engineSays,
      reasons: relevantFindings(a, q).map((f) => f.text),
    });
  });
  return out;
}

// ------------------------------------------------------------------ prompts and options

/** Default learner-facing prompt (the question's own `prompt` wins). */
export function questionPrompt(question: Question, caseInput: unknown): string {
  if (question.prompt) return question.prompt;
  return promptFor(question, normaliseCase(caseInput).patientCase);
}

function promptFor(question: Question, c: PatientCase): string {
  if (question.prompt) return question.prompt;
  const t = 'treatment' in question ? c.treatments[question.treatment - 1] : undefined;
  const which = t
    ? `treatment ${'treatment' in question ? question.treatment : ''} (${treatmentLabel(t)})`
    : 'this treatment';
  switch (question.kind) {
    case 'adequacy':
      return `Was ${which} an adequate trial?`;
    case 'outcome':
      return `What was the outcome of ${which}?`;
    case 'percent-reduction':
      return `By what percentage did the ${SCALES[c.episode.scale].label} score fall during ${which}?`;
    case 'failed-trials':
      return 'How many failed adequate antidepressant trials are there in the current episode?';
    case 'trd':
      return 'Does this patient meet the criteria for treatment-resistant depression?';
    case 'pdd':
      return 'Does the episode meet the duration criterion for persistent depressive disorder?';
    case 'pseudo-resistance':
      return 'Which sources of pseudo-resistance are present? Select all that apply.';
    case 'next-step':
      return 'What would you do next? Select one or more.';
    case 'esketamine-eligible':
      return 'Is this patient eligible for esketamine nasal spray under its label?';
    case 'stage':
      return {
        thaseRush: 'What is the Thase–Rush stage?',
        european: 'What is the European (Souery) stage?',
        mgh: 'What is the MGH staging score?',
        maudsley: 'What is the Maudsley staging total (3–15)?',
        maudsleyBand: 'Is the Maudsley stage mild, moderate or severe?',
      }[question.model];
  }
}

export type { AnswerShape };
