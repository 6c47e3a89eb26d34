// Input problems: the error type, learner labels for fields, and the author-facing messages.
// One place builds every message, whether the problem was found by the zod case schema
// (parse.ts) or by the hand checks of the light entry points (check.ts), so both say the same
// thing. Light: no zod, no rules, no drug table.
import { AGENT_IDS, ANTIDEPRESSANT_IDS } from './ids.ts';
import { describeValue, nearest, num } from './text.ts';

export interface InputIssue {
  /** 0-based, dot-separated path into the input: `treatments.1.doseMgPerDay`. */
  path: string;
  /** For authors: starts with the field's code name ("doseMgPerDay must be above 0 (got -5)"). */
  message: string;
  /** For learners: what the field is called on a form ("Dose (mg/day)"). Always set on CaseInputError issues. */
  label?: string;
}

/** An issue as CaseInputError reports it: with its learner label. */
export type LabelledIssue = Required<InputIssue>;

/**
 * Learner-facing names of the input fields the light entry points take (the last named segment of
 * a path). The case-only fields are named in case-labels.ts; parse.ts and grading.ts label with both.
 */
export const FIELD_LABELS: Record<string, string> = {
  profile: 'Criteria profile',
  age: 'Age (years)',
  episode: 'Episode',
  durationMonths: 'Episode length (months)',
  scale: 'Rating scale',
  baselineScore: 'Baseline score',
  history: 'History',
  maniaOrHypomania: 'Lifetime manic or hypomanic episode',
  contraindications: 'Contraindications',
  treatments: 'Treatments',
  kind: 'Kind of treatment',
  drug: 'Antidepressant',
  doseMgPerDay: 'Dose (mg/day)',
  weeks: 'Weeks',
  adherencePercent: 'Adherence (%)',
  startScore: 'Start score',
  endScore: 'End score',
  stoppedFor: 'Reason for stopping',
  adverseEffect: 'Adverse effect',
  optimized: 'Optimised',
};

/**
 * The learner label of the field a path points at (`treatments.1.doseMgPerDay` → "Dose (mg/day)"),
 * from `labels` (default FIELD_LABELS); an unknown field is spelled out from its code name.
 */
export function fieldLabel(path: string, labels: Record<string, string> = FIELD_LABELS): string {
  const segs = path.split('.').filter((s) => s !== '' && !/^\d+$/.test(s));
  const field = segs[segs.length - 1];
  if (field === undefined) return 'Case';
  return Object.hasOwn(labels, field)
    ? (labels[field] ?? field)
    : field.charAt(0).toUpperCase() +
        field
          .slice(1)
          .replace(/([A-Z])/g, ' $1')
          .toLowerCase();
}

/** The message for a learner: the leading code name replaced by the field's label. */
export function readableMessage(issue: InputIssue): string {
  const key = issue.path.split('.').pop() ?? '';
  const label = issue.label ?? fieldLabel(issue.path);
  return key && issue.message.startsWith(`${key} `)
    ? `${label}${issue.message.slice(key.length)}`
    : issue.message;
}

/**
 * The message to show beside the field's own label: the leading code name dropped
 * ("Must be above 0 (got -5)", "Required: a dose in mg/day above 0").
 */
export function messageBesideField(issue: InputIssue): string {
  const key = issue.path.split('.').pop() ?? '';
  const m = issue.message;
  const rest =
    key && m.startsWith(`${key} is required`)
      ? m.slice(key.length + 4)
      : key && m.startsWith(`${key} `)
        ? m.slice(key.length + 1)
        : m;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

export class CaseInputError extends Error {
  readonly issues: LabelledIssue[];
  constructor(issues: InputIssue[], what = 'case') {
    const head = `Invalid ${what}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    super(`${head}\n${issues.map((i) => `- ${i.path || '(top level)'}: ${i.message}`).join('\n')}`);
    this.name = 'CaseInputError';
    this.issues = issues.map((i) => ({
      path: i.path,
      message: i.message,
      label: i.label ?? fieldLabel(i.path),
    }));
  }
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

/** What a numeric field allows, in words (shared by every message about it). */
export const RANGES: Record<string, string> = {
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

export function expectedText(expected: unknown, field: string): string {
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

/** A value of the wrong type, or a missing one (zod `invalid_type`). `item`: an entry of a list. */
export function typeMessage(field: string, expected: string, at: unknown, item = false): string {
  const want = expectedText(expected, field);
  const subject = item ? `each entry of ${field}` : field || 'the input';
  if (at === undefined) return `${field || 'value'} is required: ${want}`;
  if (expected === 'int' && typeof at === 'number') {
    return `${subject} must be ${field in RANGES ? want : 'a whole number'} (got ${num(at)})`;
  }
  return `${subject} must be ${item ? expectedText(expected, '') : want} (got ${describeValue(at)})`;
}

/** A number outside its bounds (zod `too_small` / `too_big`). */
export function boundMessage(field: string, tooSmall: boolean, bound: unknown, at: unknown): string {
  const got = describeValue(at);
  if (field === 'doseMgPerDay') return `doseMgPerDay must be above 0 (got ${got})`;
  const want = RANGES[field];
  return `${field} must be ${want ?? `${tooSmall ? 'at least' : 'at most'} ${String(bound)}`} (got ${got})`;
}

/** A value that is not one of the allowed codes (zod `invalid_value`), or a missing one. */
export function valueMessage(field: string, at: unknown, allowed: readonly string[], kind?: unknown): string {
  if (at === undefined) return `${field} is required: one of ${allowed.join(', ')}`;
  const noun = NOUNS[field] ?? field;
  if (typeof at !== 'string')
    return `${field} must be one of: ${allowed.join(', ')} (got ${describeValue(at)})`;
  if (field === 'drug' && (AGENT_IDS as readonly string[]).includes(at)) {
    return `"${at}" is an augmentation agent, not an antidepressant trial: list it as kind: augmentation with agent: ${at} and augments: <position of the antidepressant>`;
  }
  if (
    field === 'agent' &&
    kind === 'augmentation' &&
    (ANTIDEPRESSANT_IDS as readonly string[]).includes(at)
  ) {
    return `"${at}" is an antidepressant: add it to another antidepressant with kind: combination (or list it as its own antidepressant trial)`;
  }
  const guess = nearest(at, allowed);
  const short = field === 'drug' || field === 'agent';
  if (guess && short) return `unknown ${noun} "${at}" — did you mean "${guess}"?`;
  const hint = guess ? ` — did you mean "${guess}"?` : '.';
  return `unknown ${noun} "${at}"${hint} Allowed: ${allowed.join(', ')}`;
}

/**
 * A key the object does not allow (zod `unrecognized_keys`). `otherKind`: the key belongs to
 * another kind of list entry (e.g. `sessions` on an antidepressant), whose `kind` is given.
 */
export function unknownKeyMessage(
  key: string,
  allowed: readonly string[],
  otherKind?: { kind: unknown },
): string {
  if (otherKind) {
    return `field "${key}" does not apply to kind "${String(otherKind.kind)}". Allowed fields here: ${allowed.join(', ')}`;
  }
  const guess = nearest(key, allowed);
  return `unknown field "${key}"${guess ? ` — did you mean "${guess}"?` : '.'} Allowed fields here: ${allowed.join(', ')}`;
}

/** A score above the scale's maximum (a cross-field check: the range depends on the scale). */
export function scoreAboveMaxMessage(scale: string, max: number, got: number): string {
  return `${scale} scores run 0–${max}; got ${got}`;
}

export function listedTwiceMessage(value: string): string {
  return `"${value}" is listed twice`;
}

/** The antidepressant trials do not fit in the episode, or undefined when they do. */
export function episodeLengthMessage(trialWeeks: number, months: number): string | undefined {
  const monthWeeks = 52 / 12;
  return trialWeeks > months * monthWeeks + 1e-9
    ? `the antidepressant trials add up to ${num(trialWeeks)} weeks (≈ ${num(trialWeeks / monthWeeks)} months), longer than the ${num(months)}-month episode; check durationMonths or the trials' weeks`
    : undefined;
}

export function dedupe<T extends InputIssue>(issues: T[]): T[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** An entry of a discriminated list (treatments, questions) that is not an object. */
export function entryMessage(listKey: string | null, got: unknown): string {
  return `each ${listKey === 'treatments' ? 'treatment' : 'entry'} must be an object with a kind (got ${describeValue(got)})`;
}

/** A light entry point that takes antidepressant trials only was given another kind. */
export function antidepressantOnlyMessage(kind: unknown): string {
  return `kind must be antidepressant: this check takes antidepressant trials only (got ${describeValue(kind)})`;
}
