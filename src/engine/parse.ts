// parseCase: validate + normalise a case, collecting EVERY problem into one CaseInputError.
//
// Paths are 0-based and dot-separated, like the contract's `treatments.1.drug` (the second
// treatment). The `augments` field and question `treatment` numbers are 1-based positions, as
// the contract defines them; messages that mention a position say "treatment N" (1-based).
import { isAgentId, isAntidepressantId } from './drugs.ts';
import { profiles, PROFILE_IDS } from './profiles.ts';
import { SCALES, SCALE_IDS, type ScaleId } from './scales.ts';
import {
  caseSchema,
  episodeSchema,
  historySchema,
  labsSchema,
  TREATMENT_SCHEMAS,
  type PatientCase,
} from './schema.ts';
import { describeValue, nearest, num, quoteList } from './text.ts';

export interface InputIssue {
  path: string;
  message: string;
}

export class CaseInputError extends Error {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[], what = 'case') {
    const head = `Invalid ${what}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    super(`${head}\n${issues.map((i) => `- ${i.path || '(top level)'}: ${i.message}`).join('\n')}`);
    this.name = 'CaseInputError';
    this.issues = issues;
  }
}

/** Where a treatment's start score came from: given, the baseline, or an earlier treatment (0-based). */
export type StartScoreFrom = 'given' | 'baseline' | number;

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

const NOUNS: Record<string, string> = {
  model: 'staging model',
  drug: 'drug',
  agent: 'agent',
  comorbidities: 'comorbidity code',
  contraindications: 'contraindication code',
  emergentSymptoms: 'emergent symptom code',
  optimized: 'optimisation',
  scale: 'scale',
  severity: 'severity',
  profile: 'profile',
  stoppedFor: 'stop reason',
  electrodePlacement: 'electrode placement',
};

const RANGES: Record<string, string> = {
  adherencePercent: 'a percentage from 0 to 100',
  age: 'a whole number of years from 5 to 110',
  weeks: 'a number of weeks, 0 or more (fractions allowed: 10 days = 1.43)',
  durationMonths: 'a number of months, 0 or more',
  doseMgPerDay: 'a dose in mg/day above 0',
  sessions: 'a whole number of sessions, 1 or more',
  augments: 'the 1-based position of an earlier antidepressant treatment',
  hsCrpMgPerL: 'a concentration in mg/L, 0 or more',
  baselineScore: 'a whole-number score on the episode scale',
  treatment: 'the 1-based position of a treatment in the case (1 = the first)',
  startScore: 'a whole-number score on the episode scale',
  endScore: 'a whole-number score on the episode scale',
};

function expectedText(expected: unknown, field: string): string {
  if (field in RANGES) return RANGES[field] ?? '';
  switch (expected) {
    case 'int':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object with named fields';
    case 'string':
      return 'text';
    default:
      return String(expected);
  }
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

function unknownValueMessage(
  field: string,
  input: unknown,
  allowed: readonly string[],
  kind: unknown,
): string {
  const noun = NOUNS[field] ?? field;
  if (typeof input !== 'string')
    return `${field} must be one of: ${allowed.join(', ')} (got ${describeValue(input)})`;
  if (field === 'drug' && isAgentId(input)) {
    return `"${input}" is an augmentation agent, not an antidepressant trial: list it as kind: augmentation with agent: ${input} and augments: <position of the antidepressant>`;
  }
  if (field === 'agent' && kind === 'augmentation' && isAntidepressantId(input)) {
    return `"${input}" is an antidepressant: add it to another antidepressant with kind: combination (or list it as its own antidepressant trial)`;
  }
  const guess = nearest(input, allowed);
  const short = field === 'drug' || field === 'agent';
  if (guess && short) return `unknown ${noun} "${input}" — did you mean "${guess}"?`;
  const hint = guess ? ` — did you mean "${guess}"?` : '.';
  return `unknown ${noun} "${input}"${hint} Allowed: ${allowed.join(', ')}`;
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
        const guess = nearest(key, allowed);
        const message = elsewhere
          ? `field "${key}" does not apply to kind "${String(kind)}". Allowed fields here: ${allowed.join(', ')}`
          : `unknown field "${key}"${guess ? ` — did you mean "${guess}"?` : '.'} Allowed fields here: ${allowed.join(', ')}`;
        return { path: p ? `${p}.${key}` : key, message };
      });
    }
    case 'invalid_union': {
      // Only a discriminated list (treatments, questions) produces this.
      const opts = (issue.options ?? Object.keys(ctx.variants)).map(String);
      const onKind = path[path.length - 1] === 'kind';
      const item = onKind ? valueAt(raw, path.slice(0, -1)) : at;
      const itemPath = pathString(onKind ? path.slice(0, -1) : path);
      if (!isObj(item)) {
        return [
          {
            path: itemPath,
            message: `each ${ctx.listKey === 'treatments' ? 'treatment' : 'entry'} must be an object with a kind (got ${describeValue(item)})`,
          },
        ];
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
      if (at === undefined)
        return [{ path: p, message: `${field} is required: one of ${allowed.join(', ')}` }];
      const kind = path[0] === 'treatments' ? valueAt(raw, [...path.slice(0, 2), 'kind']) : undefined;
      return [{ path: p, message: unknownValueMessage(field, at, allowed, kind) }];
    }
    case 'invalid_type': {
      const want = expectedText(issue.expected, field);
      const item = typeof path[path.length - 1] === 'number';
      const subject = item ? `each entry of ${field}` : field || 'the input';
      if (at === undefined) return [{ path: p, message: `${field || 'value'} is required: ${want}` }];
      if (issue.expected === 'int' && typeof at === 'number') {
        return [
          {
            path: p,
            message: `${subject} must be ${field in RANGES ? want : 'a whole number'} (got ${num(at)})`,
          },
        ];
      }
      return [
        {
          path: p,
          message: `${subject} must be ${item ? expectedText(issue.expected, '') : want} (got ${describeValue(at)})`,
        },
      ];
    }
    case 'too_small':
    case 'too_big': {
      const want = RANGES[field];
      const bound =
        issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
      const got = describeValue(at);
      if (field === 'doseMgPerDay')
        return [{ path: p, message: `doseMgPerDay must be above 0 (got ${got})` }];
      return [
        {
          path: p,
          message: want ? `${field} must be ${want} (got ${got})` : `${field} must be ${bound} (got ${got})`,
        },
      ];
    }
    default:
      return [{ path: p, message: `${field || 'value'} is not valid (got ${describeValue(at)})` }];
  }
}

const MONTH_WEEKS = 52 / 12;

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
      out.push({ path, message: `${scale} scores run 0–${SCALES[scale].max}; got ${v}` });
    }
  };
  const noDuplicates = (list: unknown, path: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((v, i) => {
      if (typeof v === 'string' && list.indexOf(v) !== i)
        out.push({ path: `${path}.${i}`, message: `"${v}" is listed twice` });
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
    if (typeof months === 'number' && months >= 0 && adWeeks > months * MONTH_WEEKS + 1e-9) {
      out.push({
        path: 'episode.durationMonths',
        message: `the antidepressant trials add up to ${num(adWeeks)} weeks (≈ ${num(adWeeks / MONTH_WEEKS)} months), longer than the ${num(months)}-month episode; check durationMonths or the trials' weeks`,
      });
    }
  }
  return out;
}

export function dedupe(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Validate and normalise; also report where each start score came from (for findings). */
export function normaliseCase(input: unknown): NormalisedCase {
  const result = caseSchema.safeParse(input, { reportInput: true });
  const issues: InputIssue[] = [];
  if (!result.success) for (const issue of result.error.issues) issues.push(...fromZod(issue, input));
  issues.push(...crossChecks(input));
  if (!result.success || issues.length > 0) throw new CaseInputError(dedupe(issues));

  const data = result.data;
  const startFrom: StartScoreFrom[] = [];
  let lastEnd: { score: number; index: number } | undefined;
  const treatments = data.treatments.map((t, i) => {
    let startScore = t.startScore;
    if (startScore !== undefined) startFrom.push('given');
    else if (lastEnd) {
      startScore = lastEnd.score;
      startFrom.push(lastEnd.index);
    } else {
      startScore = data.episode.baselineScore;
      startFrom.push('baseline');
    }
    if (t.endScore !== undefined) lastEnd = { score: t.endScore, index: i };
    return { ...t, startScore };
  });
  return { patientCase: { ...data, treatments }, startFrom };
}

/** Validated, normalised case (defaults applied, start scores resolved). Throws CaseInputError. */
export function parseCase(input: unknown): PatientCase {
  return normaliseCase(input).patientCase;
}

/** Validates an assessCase profile option. */
export function checkProfileOption(profile: unknown): void {
  if (profile === undefined || (typeof profile === 'string' && Object.hasOwn(profiles, profile))) return;
  const guess = typeof profile === 'string' ? nearest(profile, PROFILE_IDS) : undefined;
  throw new CaseInputError([
    {
      path: 'options.profile',
      message: `unknown profile ${describeValue(profile)}${guess ? ` — did you mean "${guess}"?` : ''} Allowed: ${quoteList(PROFILE_IDS)}`,
    },
  ]);
}
