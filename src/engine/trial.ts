// One antidepressant trial, checked by hand and assessed with the case rules (trials.ts,
// resistance.ts): the adequate-trial checker's path. No zod, no staging, no next-step rules.
import { Checks, checkAntidepressant, profileIssue } from './check.ts';
import type { Finding } from './findings.ts';
import { CaseInputError, dedupe, typeMessage } from './messages.ts';
import { profiles, type ProfileId } from './profiles.ts';
import { trialPseudoResistance } from './pseudo-resistance.ts';
import { SCALE_IDS, type ScaleId } from './scales.ts';
import { assessAntidepressant } from './trial-findings.ts';
import type { TreatmentAssessment } from './trials.ts';

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
