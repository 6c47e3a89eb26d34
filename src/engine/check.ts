// Hand checks for the light entry points (trial.ts, outcome.ts, eligibility.ts). They accept
// exactly what the zod case schema accepts for the same fields (schema.ts) and report problems
// with the same paths and messages (messages.ts), without building the schema in the browser.
// tests/engine/light-entries.test.ts holds the two side by side on the same inputs.
import { OPTIMIZATIONS, STOP_REASONS } from './codes.ts';
import { ANTIDEPRESSANT_IDS } from './ids.ts';
import {
  CaseInputError,
  antidepressantOnlyMessage,
  boundMessage,
  entryMessage,
  listedTwiceMessage,
  scoreAboveMaxMessage,
  typeMessage,
  unknownKeyMessage,
  valueMessage,
  type InputIssue,
} from './messages.ts';
import { PROFILE_IDS, profiles, type ProfileId } from './profiles.ts';
import { SCALE_RANGES, type ScaleId } from './scales.ts';
import type { AntidepressantTreatment } from './schema.ts';
import { describeValue, nearest, quoteList } from './text.ts';

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const own = (o: Obj, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** One checking pass: collects every issue, like the schema does. */
export class Checks {
  readonly issues: InputIssue[] = [];

  add(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** An object with only the allowed keys. `field` names it in messages ('' = the whole input). */
  object(v: unknown, path: string, allowed: readonly string[]): Obj | undefined {
    const field = path.split('.').pop() ?? '';
    if (!isObj(v)) {
      this.add(path, typeMessage(field, 'object', v));
      return undefined;
    }
    for (const key of Object.keys(v)) {
      if (!allowed.includes(key)) this.add(path ? `${path}.${key}` : key, unknownKeyMessage(key, allowed));
    }
    return v;
  }

  /**
   * A number as the schema defines it: `int` (whole, safe range), `min`/`max` inclusive, `above`
   * exclusive. Missing → `fallback` if given, undefined if `optional`, else a "required" issue.
   */
  number(
    o: Obj,
    key: string,
    path: string,
    spec: {
      int?: boolean;
      min?: number;
      max?: number;
      above?: number;
      optional?: boolean;
      fallback?: number;
    },
  ): number | undefined {
    const v = own(o, key);
    if (v === undefined) {
      if (spec.fallback !== undefined || spec.optional) return spec.fallback;
      this.add(path, typeMessage(key, spec.int ? 'int' : 'number', undefined));
      return undefined;
    }
    const problem =
      typeof v !== 'number' || !Number.isFinite(v)
        ? typeMessage(key, 'number', v)
        : spec.int && !Number.isInteger(v)
          ? typeMessage(key, 'int', v)
          : spec.int && Math.abs(v) > Number.MAX_SAFE_INTEGER
            ? boundMessage(key, v < 0, v < 0 ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER, v)
            : spec.min !== undefined && v < spec.min
              ? boundMessage(key, true, spec.min, v)
              : spec.above !== undefined && v <= spec.above
                ? boundMessage(key, true, spec.above, v)
                : spec.max !== undefined && v > spec.max
                  ? boundMessage(key, false, spec.max, v)
                  : undefined;
    if (problem !== undefined || typeof v !== 'number') {
      this.add(path, problem ?? typeMessage(key, 'number', v));
      return undefined;
    }
    return v;
  }

  /** A whole-number score ≥ 0 that also fits the scale (cross-field check of the case parser). */
  score(o: Obj, key: string, path: string, scale: ScaleId | undefined, optional = false): number | undefined {
    const v = this.number(o, key, path, { int: true, min: 0, optional });
    // Like the parser's cross-field check: any whole number above the scale's maximum, even one
    // the type check already rejected (beyond the safe-integer range).
    const raw = own(o, key);
    if (scale && typeof raw === 'number' && Number.isInteger(raw) && raw > SCALE_RANGES[scale].max) {
      this.add(path, scoreAboveMaxMessage(scale, SCALE_RANGES[scale].max, raw));
      return undefined;
    }
    return v;
  }

  /** One of the allowed codes. */
  oneOf<T extends string>(
    o: Obj,
    key: string,
    path: string,
    allowed: readonly T[],
    spec: { optional?: boolean; fallback?: T } = {},
  ): T | undefined {
    const v = own(o, key);
    if (v === undefined && (spec.optional || spec.fallback !== undefined)) return spec.fallback;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.add(path, valueMessage(key, v, allowed));
    return undefined;
  }

  boolean(o: Obj, key: string, path: string, fallback: boolean): boolean | undefined {
    const v = own(o, key);
    if (v === undefined) return fallback;
    if (typeof v === 'boolean') return v;
    this.add(path, typeMessage(key, 'boolean', v));
    return undefined;
  }

  text(o: Obj, key: string, path: string): string | undefined {
    const v = own(o, key);
    if (v === undefined || typeof v === 'string') return v;
    this.add(path, typeMessage(key, 'string', v));
    return undefined;
  }

  /** A list of codes (default empty), each allowed and listed once. */
  codes<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[]): T[] | undefined {
    const v = own(o, key);
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.add(path, typeMessage(key, 'array', v));
      return undefined;
    }
    let ok = true;
    // Index loops, not forEach: a sparse list's holes are entries too (undefined), as for the schema.
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      if (typeof item !== 'string' || !(allowed as readonly string[]).includes(item)) {
        this.add(`${path}.${i}`, valueMessage(key, item, allowed));
        ok = false;
      }
      if (typeof item === 'string' && v.indexOf(item) !== i) {
        this.add(`${path}.${i}`, listedTwiceMessage(item));
        ok = false;
      }
    }
    return ok ? (v as T[]) : undefined;
  }
}

/** The message for a profile id that does not exist, or undefined when it does (or is absent). */
export function profileIssue(profile: unknown, path: string): InputIssue | undefined {
  if (profile === undefined || (typeof profile === 'string' && Object.hasOwn(profiles, profile)))
    return undefined;
  const guess = typeof profile === 'string' ? nearest(profile, PROFILE_IDS) : undefined;
  return {
    path,
    message: `unknown profile ${describeValue(profile)}${guess ? ` — did you mean "${guess}"?` : ''} Allowed: ${quoteList(PROFILE_IDS)}`,
  };
}

/** Validates an assessCase profile option. */
export function checkProfileOption(profile: unknown): asserts profile is ProfileId | undefined {
  const issue = profileIssue(profile, 'options.profile');
  if (issue) throw new CaseInputError([issue]);
}

/** The fields of an antidepressant treatment, in the case schema's order (schema.ts). */
export const ANTIDEPRESSANT_FIELDS = [
  'kind',
  'drug',
  'doseMgPerDay',
  'weeks',
  'adherencePercent',
  'optimized',
  'startScore',
  'endScore',
  'stoppedFor',
  'adverseEffect',
] as const;

/**
 * Checks one antidepressant treatment as the case schema would (same paths under `path`, same
 * messages) and applies its defaults. `kind` may be left out unless `kindRequired`.
 */
export function checkAntidepressant(
  ck: Checks,
  raw: unknown,
  path: string,
  scale: ScaleId | undefined,
  kindRequired = false,
): AntidepressantTreatment | undefined {
  const at = (k: string) => (path ? `${path}.${k}` : k);
  if (path && !isObj(raw)) {
    ck.add(path, entryMessage('treatments', raw));
    return undefined;
  }
  const o = ck.object(raw, path, ANTIDEPRESSANT_FIELDS);
  if (!o) return undefined;
  const before = ck.issues.length;
  const kind = own(o, 'kind');
  if (kindRequired ? kind !== 'antidepressant' : kind !== undefined && kind !== 'antidepressant')
    ck.add(at('kind'), antidepressantOnlyMessage(kind));
  const drug = ck.oneOf(o, 'drug', at('drug'), ANTIDEPRESSANT_IDS);
  const doseMgPerDay = ck.number(o, 'doseMgPerDay', at('doseMgPerDay'), { above: 0 });
  const weeks = ck.number(o, 'weeks', at('weeks'), { min: 0 });
  const adherencePercent = ck.number(o, 'adherencePercent', at('adherencePercent'), {
    min: 0,
    max: 100,
    fallback: 100,
  });
  const optimized = ck.codes(o, 'optimized', at('optimized'), OPTIMIZATIONS);
  const startScore = ck.score(o, 'startScore', at('startScore'), scale, true);
  const endScore = ck.score(o, 'endScore', at('endScore'), scale, true);
  const stoppedFor = ck.oneOf(o, 'stoppedFor', at('stoppedFor'), STOP_REASONS, { optional: true });
  const adverseEffect = ck.text(o, 'adverseEffect', at('adverseEffect'));
  if (
    ck.issues.length > before ||
    drug === undefined ||
    doseMgPerDay === undefined ||
    weeks === undefined ||
    adherencePercent === undefined ||
    optimized === undefined
  )
    return undefined;
  const t: AntidepressantTreatment = {
    kind: 'antidepressant',
    drug,
    doseMgPerDay,
    weeks,
    adherencePercent,
    optimized,
  };
  if (startScore !== undefined) t.startScore = startScore;
  if (endScore !== undefined) t.endScore = endScore;
  if (stoppedFor !== undefined) t.stoppedFor = stoppedFor;
  if (adverseEffect !== undefined) t.adverseEffect = adverseEffect;
  return t;
}
