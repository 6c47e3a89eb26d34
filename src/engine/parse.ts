// parseCase: validate + normalise a case, collecting EVERY problem into one CaseInputError.
//
// Paths are 0-based and dot-separated, like the contract's `treatments.1.drug` (the second
// treatment). The `augments` field and question `treatment` numbers are 1-based positions, as
// the contract defines them; messages that mention a position say "treatment N" (1-based).
import { caseInputError } from './case-labels.ts';
import {
  boundMessage,
  dedupe,
  entryMessage,
  episodeLengthMessage,
  listedTwiceMessage,
  scoreAboveMaxMessage,
  typeMessage,
  unknownKeyMessage,
  valueMessage,
  type InputIssue,
} from './messages.ts';
import { SCALES, SCALE_IDS, type ScaleId } from './scales.ts';
import {
  caseSchema,
  episodeSchema,
  historySchema,
  labsSchema,
  TREATMENT_SCHEMAS,
  type PatientCase,
} from './schema.ts';
import { resolveStartScores, type StartScoreFrom } from './trials.ts';
import { describeValue, nearest } from './text.ts';

export { CaseInputError, dedupe, type InputIssue } from './messages.ts';
export { checkProfileOption } from './check.ts';
export type { StartScoreFrom } from './trials.ts';

export interface NormalisedCase {
  patientCase: PatientCase;
  startFrom: StartScoreFrom[];
}

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const own = (o: Obj, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isObj(cur) && typeof seg === 'string') cur = own(cur, seg);
    else return undefined;
  }
  return cur;
}

const pathString = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** The object schema's allowed keys at a path of the raw input (for unknown-key messages). */
function allowedKeysAt(raw: unknown, path: readonly PropertyKey[]): string[] {
  const p = path.map(String);
  if (p.length === 0) return Object.keys(caseSchema.shape);
  if (p.length === 1 && p[0] === 'episode') return Object.keys(episodeSchema.shape);
  if (p.length === 1 && p[0] === 'history') return Object.keys(historySchema.shape);
  if (p.length === 1 && p[0] === 'labs') return Object.keys(labsSchema.shape);
  if (p.length === 2 && p[0] === 'treatments') {
    const kind = valueAt(raw, [...path, 'kind']);
    if (typeof kind === 'string' && Object.hasOwn(TREATMENT_SCHEMAS, kind)) {
      return Object.keys(TREATMENT_SCHEMAS[kind as keyof typeof TREATMENT_SCHEMAS].shape);
    }
  }
  return [];
}

export interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  expected?: unknown;
  values?: unknown[];
  keys?: string[];
  minimum?: unknown;
  maximum?: unknown;
  options?: unknown[];
  input?: unknown;
}

export interface IssueContext {
  /** Allowed keys of the object at a path (for unknown-key messages). */
  allowedKeysAt(raw: unknown, path: readonly PropertyKey[]): string[];
  /** Shapes of the variants of a discriminated list (treatments by kind, questions by kind). */
  variants: Record<string, { shape: object }>;
  /** Name of the top-level list holding the variants ("treatments", or "" when the root is the list). */
  listKey: string | null;
  /** Prefix for reported paths ("questions"). */
  prefix?: string;
}

const CASE_CONTEXT: IssueContext = { allowedKeysAt, variants: TREATMENT_SCHEMAS, listKey: 'treatments' };

export function fromZod(issue: ZodIssueLike, raw: unknown, ctx: IssueContext = CASE_CONTEXT): InputIssue[] {
  const out = fromZodRaw(issue, raw, ctx);
  return ctx.prefix
    ? out.map((i) => ({ ...i, path: i.path ? `${ctx.prefix}.${i.path}` : (ctx.prefix ?? '') }))
    : out;
}

function fromZodRaw(issue: ZodIssueLike, raw: unknown, ctx: IssueContext): InputIssue[] {
  const path = issue.path;
  const field = path.findLast((s): s is string => typeof s === 'string') ?? '';
  const at = valueAt(raw, path);
  const p = pathString(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = ctx.allowedKeysAt(raw, path);
      const kind = valueAt(raw, [...path, 'kind']);
      const inList = ctx.listKey === '' ? path.length === 1 : path.length === 2 && path[0] === ctx.listKey;
      return (issue.keys ?? []).map((key) => {
        const elsewhere = inList && Object.values(ctx.variants).some((s) => key in s.shape);
        return {
          path: p ? `${p}.${key}` : key,
          message: unknownKeyMessage(key, allowed, elsewhere ? { kind } : undefined),
        };
      });
    }
    case 'invalid_union': {
      // Only a discriminated list (treatments, questions) produces this.
      const opts = (issue.options ?? Object.keys(ctx.variants)).map(String);
      const onKind = path[path.length - 1] === 'kind';
      const item = onKind ? valueAt(raw, path.slice(0, -1)) : at;
      const itemPath = pathString(onKind ? path.slice(0, -1) : path);
      if (!isObj(item)) {
        return [{ path: itemPath, message: entryMessage(ctx.listKey, item) }];
      }
      const given = own(item, 'kind');
      const kindPath = `${itemPath}.kind`;
      if (given === undefined)
        return [{ path: kindPath, message: `kind is required: one of ${opts.join(', ')}` }];
      const guess = typeof given === 'string' ? nearest(given, opts) : undefined;
      return [
        {
          path: kindPath,
          message: `unknown ${ctx.listKey === 'treatments' ? 'treatment ' : ''}kind ${describeValue(given)}${guess ? ` — did you mean "${guess}"?` : '.'} Allowed: ${opts.join(', ')}`,
        },
      ];
    }
    case 'invalid_value': {
      const allowed = (issue.values ?? []).map(String);
      const kind = path[0] === 'treatments' ? valueAt(raw, [...path.slice(0, 2), 'kind']) : undefined;
      return [{ path: p, message: valueMessage(field, at, allowed, kind) }];
    }
    case 'invalid_type': {
      const item = typeof path[path.length - 1] === 'number';
      return [{ path: p, message: typeMessage(field, String(issue.expected), at, item) }];
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      return [{ path: p, message: boundMessage(field, small, small ? issue.minimum : issue.maximum, at) }];
    }
    default:
      return [{ path: p, message: `${field || 'value'} is not valid (got ${describeValue(at)})` }];
  }
}

/** Checks that need more than one field. They read the raw input defensively so they run even when the schema failed. */
function crossChecks(raw: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  if (!isObj(raw)) return out;
  const episode = own(raw, 'episode');
  const scaleRaw = isObj(episode) ? own(episode, 'scale') : undefined;
  const scale =
    typeof scaleRaw === 'string' && (SCALE_IDS as readonly string[]).includes(scaleRaw)
      ? (scaleRaw as ScaleId)
      : undefined;
  const checkScore = (v: unknown, path: string) => {
    if (scale && isInt(v) && v > SCALES[scale].max) {
      out.push({ path, message: scoreAboveMaxMessage(scale, SCALES[scale].max, v) });
    }
  };
  const noDuplicates = (list: unknown, path: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((v, i) => {
      if (typeof v === 'string' && list.indexOf(v) !== i)
        out.push({ path: `${path}.${i}`, message: listedTwiceMessage(v) });
    });
  };

  if (isObj(episode)) {
    checkScore(own(episode, 'baselineScore'), 'episode.baselineScore');
    const sev = own(episode, 'severity');
    if (
      own(episode, 'psychoticFeatures') === true &&
      (sev === 'subsyndromal' || sev === 'mild' || sev === 'moderate')
    ) {
      out.push({
        path: 'episode.severity',
        message: `severity "${sev}" contradicts psychoticFeatures: true — the Maudsley method rates psychotic features only as "severe with psychosis"; use severity: severe or leave severity out`,
      });
    }
  }
  for (const key of ['emergentSymptoms', 'comorbidities', 'contraindications'])
    noDuplicates(own(raw, key), key);

  const treatments = own(raw, 'treatments');
  if (Array.isArray(treatments)) {
    let adWeeks = 0;
    treatments.forEach((t: unknown, i) => {
      if (!isObj(t)) return;
      const base = `treatments.${i}`;
      checkScore(own(t, 'startScore'), `${base}.startScore`);
      checkScore(own(t, 'endScore'), `${base}.endScore`);
      const kind = own(t, 'kind');
      if (kind === 'antidepressant') {
        noDuplicates(own(t, 'optimized'), `${base}.optimized`);
        const w = own(t, 'weeks');
        if (typeof w === 'number' && w > 0) adWeeks += w;
      }
      const target = own(t, 'augments');
      if ((kind === 'augmentation' || kind === 'combination') && isInt(target) && target >= 1) {
        const aim: unknown = treatments[target - 1];
        const aimKind = isObj(aim) ? own(aim, 'kind') : undefined;
        if (target > treatments.length) {
          out.push({
            path: `${base}.augments`,
            message: `augments: ${target} points at treatment ${target}, but the case lists only ${treatments.length} (augments is the 1-based position of the antidepressant trial)`,
          });
        } else if (target - 1 === i) {
          out.push({
            path: `${base}.augments`,
            message: `augments: ${target} points at this ${kind} itself; give the position of the antidepressant it was added to`,
          });
        } else if (aimKind !== 'antidepressant') {
          out.push({
            path: `${base}.augments`,
            message: `augments: ${target} points at treatment ${target}, which is ${typeof aimKind === 'string' ? `kind "${aimKind}"` : 'not a valid treatment'}, not an antidepressant trial`,
          });
        } else if (target - 1 > i) {
          out.push({
            path: `${base}.augments`,
            message: `augments: ${target} points at a later treatment; list the ${kind} after the antidepressant trial it was added to`,
          });
        }
      }
    });
    const months = isObj(episode) ? own(episode, 'durationMonths') : undefined;
    const tooShort =
      typeof months === 'number' && months >= 0 ? episodeLengthMessage(adWeeks, months) : undefined;
    if (tooShort) out.push({ path: 'episode.durationMonths', message: tooShort });
  }
  return out;
}

/** Validate and normalise; also report where each start score came from (for findings). */
export function normaliseCase(input: unknown): NormalisedCase {
  const result = caseSchema.safeParse(input, { reportInput: true });
  const issues: InputIssue[] = [];
  if (!result.success) for (const issue of result.error.issues) issues.push(...fromZod(issue, input));
  issues.push(...crossChecks(input));
  if (!result.success || issues.length > 0) throw caseInputError(dedupe(issues));

  const data = result.data;
  const { start, from: startFrom } = resolveStartScores(data.treatments, data.episode.baselineScore);
  const treatments = data.treatments.map((t, i) => ({ ...t, startScore: start[i] ?? 0 }));
  return { patientCase: { ...data, treatments }, startFrom };
}

/** Validated, normalised case (defaults applied, start scores resolved). Throws CaseInputError. */
export function parseCase(input: unknown): PatientCase {
  return normaliseCase(input).patientCase;
}
