// One antidepressant trial, checked by hand and assessed with the case rules (trials.ts,
// resistance.ts): the adequate-trial checker's path. No zod, no staging, no next-step rules.
import { Checks, isObj, own, profileIssue, type Obj } from './check.ts';
import { OPTIMIZATIONS, STOP_REASONS } from './codes.ts';
import type { Finding } from './findings.ts';
import { ANTIDEPRESSANT_IDS } from './ids.ts';
import { CaseInputError, antidepressantOnlyMessage, dedupe, entryMessage, typeMessage } from './messages.ts';
import { profiles, type ProfileId } from './profiles.ts';
import { trialPseudoResistance } from './resistance.ts';
import { SCALE_IDS, type ScaleId } from './scales.ts';
import type { AntidepressantTreatment } from './schema.ts';
import { assessAntidepressant, type TreatmentAssessment } from './trials.ts';

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
  const o: Obj | undefined = ck.object(raw, path, ANTIDEPRESSANT_FIELDS);
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

export interface TrialOptions {
  /** Criteria profile (default 'standard'). */
  profile?: ProfileId;
  /** Scale of startScore and endScore (default 'HAMD17'). */
  scale?: ScaleId;
}

export interface TrialReading {
  /** The engine's reading, as `assessCase(...).treatments[0]` would give it. */
  trial: TreatmentAssessment;
  /** Adequacy, outcome, failure and pseudo-resistance findings (about `treatments.0`). */
  findings: Finding[];
}

/**
 * Assess one antidepressant trial with the case rules: adequacy (dose, duration, adherence,
 * intolerance), outcome and failure, and the pseudo-resistance it raises — the same findings
 * assessCase gives for a case whose only treatment it is. Scores are optional; an endScore needs
 * a startScore (there is no episode baseline here). Throws CaseInputError for bad input, with the
 * paths and messages parseCase would use (`doseMgPerDay`, `weeks`, …).
 */
export function assessAntidepressantTrial(input: unknown, options: TrialOptions = {}): TrialReading {
  const ck = new Checks();
  const badProfile = profileIssue(options.profile, 'options.profile');
  if (badProfile) ck.issues.push(badProfile);
  const scale = ck.oneOf({ scale: options.scale }, 'scale', 'options.scale', SCALE_IDS, {
    fallback: 'HAMD17',
  });
  const t = checkAntidepressant(ck, input, '', scale);
  if (t && t.endScore !== undefined && t.startScore === undefined)
    ck.add('startScore', typeMessage('startScore', 'int', undefined));
  if (!t || !scale || ck.issues.length > 0) throw new CaseInputError(dedupe(ck.issues));
  const profile = profiles[options.profile ?? 'standard'];
  const { result, findings } = assessAntidepressant(t, { profile, scale, startFrom: 'given', index: 0 });
  findings.push(...trialPseudoResistance(result).findings);
  return { trial: result, findings };
}
