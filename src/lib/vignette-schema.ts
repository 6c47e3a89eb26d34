// One validator for vignette frontmatter, used by the content collection (astro build), by
// `npm run check:vignettes` and by the content tests. Metadata is checked here; the `case:`
// and `questions:` blocks are checked by the rules engine's own parsers, and every author
// `expect:` is compared with what the engine concludes.
import { z } from 'zod';
import { CaseInputError, checkExpectations, parseCase, parseQuestions } from '../engine/index.ts';

export const CHAPTERS = ['principles', 'mechanisms', 'applications'] as const;
export const DIFFICULTIES = ['introductory', 'intermediate', 'advanced'] as const;
export const TOPICS = [
  'adequacy',
  'outcome',
  'trd',
  'staging',
  'pseudo-resistance',
  'pdd',
  'next-step',
  'thresholds',
  'inflammation',
  'pharmacokinetics',
  'neuromodulation',
  'rapid-acting',
  'profiles',
] as const;

const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(', ');
const DATE_MESSAGE = 'lastReviewed must be a date written YYYY-MM-DD, such as 2026-11-22';

export const vignetteMetaSchema = z.strictObject({
  title: z
    .string({ error: 'title is required: a short name for the case' })
    .min(5, 'title needs at least 5 characters'),
  chapter: z.enum(CHAPTERS, { error: `chapter must be one of ${list(CHAPTERS)}` }),
  topics: z
    .array(z.enum(TOPICS, { error: `each topic must be one of ${list(TOPICS)}` }), {
      error: 'topics must be a list, e.g. [adequacy, staging]',
    })
    .min(1, 'list at least one topic'),
  difficulty: z.enum(DIFFICULTIES, { error: `difficulty must be one of ${list(DIFFICULTIES)}` }),
  minutes: z
    .number({ error: 'minutes must be a number (estimated minutes to complete)' })
    .int('minutes must be a whole number')
    .min(1, 'minutes must be at least 1')
    .max(90, 'minutes must be at most 90'),
  objective: z
    .string({ error: 'objective is required: one sentence saying what the case teaches' })
    .min(10, 'objective needs at least 10 characters'),
  sources: z
    .array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'source keys are lower-case, e.g. rush2006'), {
      error: 'sources must be a list of bibliography keys, e.g. [rush2006]',
    })
    .min(1, 'cite at least one source'),
  lastReviewed: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, DATE_MESSAGE), z.date()], {
    error: DATE_MESSAGE,
  }),
  case: z.unknown(),
  questions: z.array(z.unknown(), { error: 'questions must be a list' }).min(1, 'ask at least one question'),
});

export interface VignetteIssue {
  path: string;
  message: string;
}

export interface ValidatedVignette {
  issues: VignetteIssue[];
  /** 1-based step after which each question is asked (after `step` has been read). */
  questionSteps: number[];
  /** Questions with the module-only `step` field removed, as the engine reads them. */
  engineQuestions: unknown[];
}

/**
 * Validates one vignette's frontmatter. `stepCount` is the number of <Step> sections in its
 * body, when known (the check script and tests count them; the collection schema cannot).
 */
export function validateVignette(
  data: unknown,
  opts: { stepCount?: number; bibliography?: Set<string> } = {},
): ValidatedVignette {
  const issues: VignetteIssue[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    issues.push({
      path: '(frontmatter)',
      message: 'the frontmatter is empty or is not a list of "field: value" lines (title:, chapter:, …)',
    });
    return { issues, questionSteps: [], engineQuestions: [] };
  }
  const meta = vignetteMetaSchema.safeParse(data);
  if (!meta.success) {
    for (const i of meta.error.issues) {
      const path = i.path.map(String).join('.');
      if (i.code === 'unrecognized_keys') {
        // One issue per unknown field, at its own path, with the closest allowed name.
        for (const k of i.keys)
          issues.push({
            path: path ? `${path}.${k}` : k,
            message: unknownFieldMessage(k, Object.keys(vignetteMetaSchema.shape)),
          });
        continue;
      }
      // Say what was written when it is a plain value: "… (got "pharmacology")".
      const got = i.path.reduce<unknown>(
        (v, k) => (typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[k] : undefined),
        data,
      );
      const shown =
        got !== undefined && (typeof got !== 'object' || got === null) ? ` (got ${JSON.stringify(got)})` : '';
      issues.push({ path: path || '(frontmatter)', message: `${i.message}${shown}` });
    }
  }
  const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (opts.bibliography && Array.isArray(d['sources'])) {
    d['sources'].forEach((k, i) => {
      if (typeof k === 'string' && !opts.bibliography?.has(k)) {
        issues.push({
          path: `sources.${i}`,
          message: `unknown source key "${k}": add it to content/references.json or fix the spelling`,
        });
      }
    });
  }

  const rawQuestions: unknown[] = Array.isArray(d['questions']) ? (d['questions'] as unknown[]) : [];
  const questionSteps: number[] = [];
  const engineQuestions = rawQuestions.map((q, i): unknown => {
    if (typeof q !== 'object' || q === null || Array.isArray(q)) return q;
    const { step, ...rest } = q as Record<string, unknown>;
    // Without any <Step> the body check below says so once; no range to check against.
    const last =
      opts.stepCount !== undefined && opts.stepCount >= 1 ? opts.stepCount : Number.POSITIVE_INFINITY;
    if (step === undefined) questionSteps.push(opts.stepCount ?? 1);
    else if (!Number.isInteger(step) || (step as number) < 1 || (step as number) > last) {
      issues.push({
        path: `questions.${i}.step`,
        message: `step must be a whole number from 1 to ${Number.isFinite(last) ? last : 'the number of <Step> sections'} (the Step after which the question is asked); got ${JSON.stringify(step)}`,
      });
      questionSteps.push(opts.stepCount ?? 1);
    } else questionSteps.push(step as number);
    return rest;
  });

  let caseOk = false;
  try {
    parseCase(d['case']);
    caseOk = true;
  } catch (e) {
    if (!(e instanceof CaseInputError)) throw e;
    for (const i of e.issues) issues.push({ path: i.path ? `case.${i.path}` : 'case', message: i.message });
  }
  let questionsOk = false;
  if (Array.isArray(d['questions'])) {
    try {
      parseQuestions(engineQuestions, caseOk ? d['case'] : undefined);
      questionsOk = true;
    } catch (e) {
      if (!(e instanceof CaseInputError)) throw e;
      for (const i of e.issues)
        issues.push({
          path: i.path.startsWith('questions') ? i.path : `questions.${i.path}`,
          message: i.message,
        });
    }
  }
  if (caseOk && questionsOk) {
    for (const dis of checkExpectations(d['case'], engineQuestions)) {
      issues.push({
        path: dis.path,
        message: `the author expects ${JSON.stringify(dis.authorExpects)} but the engine says ${JSON.stringify(dis.engineSays)}. Engine's reasons: ${dis.reasons.join(' ')} Fix the vignette, or the engine if the sources support the author.`,
      });
    }
  }
  if (opts.stepCount !== undefined && opts.stepCount < 1) {
    issues.push({ path: '(body)', message: 'the body needs at least one <Step title="…"> section' });
  }
  return { issues: withoutEchoes(issues), questionSteps, engineQuestions };
}

/** `unknown field "titel" — did you mean "title"? Allowed fields here: …` (as the engine says it). */
function unknownFieldMessage(key: string, allowed: string[]): string {
  const distance = (a: string, b: string): number => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++)
        next[j] = Math.min(
          (row[j] ?? 0) + 1,
          (next[j - 1] ?? 0) + 1,
          (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
      row = next;
    }
    return row[b.length] ?? 0;
  };
  const best = allowed
    .map((a) => ({ a, d: distance(key.toLowerCase(), a.toLowerCase()) }))
    .sort((x, y) => x.d - y.d)[0];
  const guess = best && best.d <= Math.max(2, Math.floor(best.a.length / 3)) ? best.a : undefined;
  return `unknown field "${key}"${guess ? ` — did you mean "${guess}"?` : '.'} Allowed fields here: ${allowed.join(', ')}`;
}

/**
 * A misspelt field name is one mistake but two issues: the unknown name ("did you mean
 * "age"?") and the required field it should have been ("age is required"). Keep the first.
 */
function withoutEchoes(issues: VignetteIssue[]): VignetteIssue[] {
  const meant = new Set<string>();
  for (const i of issues) {
    const m = /^unknown field "[^"]+" — did you mean "([^"]+)"\?/.exec(i.message);
    if (!m) continue;
    const dot = i.path.lastIndexOf('.');
    meant.add(dot < 0 ? (m[1] ?? '') : `${i.path.slice(0, dot)}.${m[1] ?? ''}`);
  }
  return issues.filter((i) => !(meant.has(i.path) && /\brequired\b/.test(i.message)));
}
