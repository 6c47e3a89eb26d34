// One outcome from two scores: the outcome classifier's path. The same rules as a case's
// treatments (classifyOutcome and its explanation in trials.ts; the current-regimen next-step
// rule in next-steps.ts), with hand-checked input.
import { Checks, profileIssue } from './check.ts';
import type { Outcome } from './codes.ts';
import { finding, type Finding } from './findings.ts';
import { CaseInputError, dedupe } from './messages.ts';
import { regimenSteps, type NextSteps } from './next-steps.ts';
import { profiles, type ProfileId } from './profiles.ts';
import { SCALE_IDS, SCALE_RANGES, type ScaleId } from './scales.ts';
import { outcomeText, reductionText } from './trial-findings.ts';
import { classifyOutcome } from './trials.ts';

export interface OutcomeAssessment {
  scale: ScaleId;
  profile: ProfileId;
  startScore: number;
  endScore: number;
  /** (start − end) / start × 100; null when the start score is 0. */
  percentReduction: number | null;
  outcome: Outcome;
  /** The outcome finding: the numbers, the thresholds of the profile, and the sources. */
  findings: Finding[];
  /**
   * The current-regimen next-step rule for this outcome of an adequate antidepressant trial. No
   * dose is known, so dose optimisation stays an option (the rule drops it only when the dose is
   * already at the top of the usual range). `required` is always empty here.
   */
  nextSteps: NextSteps;
}

/**
 * Classify the outcome between two scores on one scale under a criteria profile (default
 * 'standard'): remission by the profile's cut-off, else response ≥ 50 %, partial response 25–49 %,
 * non-response < 25 % (Desseilles 2011). Throws CaseInputError for a bad scale, score or profile
 * (paths `scale`, `startScore`, `endScore`, `profile`; the messages parseCase uses).
 */
export function assessOutcome(
  scale: unknown,
  startScore: unknown,
  endScore: unknown,
  profile?: unknown,
): OutcomeAssessment {
  const ck = new Checks();
  const input = { scale, startScore, endScore };
  const s = ck.oneOf(input, 'scale', 'scale', SCALE_IDS);
  const start = ck.score(input, 'startScore', 'startScore', s);
  const end = ck.score(input, 'endScore', 'endScore', s);
  const badProfile = profileIssue(profile, 'profile');
  if (badProfile) ck.issues.push(badProfile);
  if (s === undefined || start === undefined || end === undefined || ck.issues.length > 0)
    throw new CaseInputError(dedupe(ck.issues));
  const id = (profile ?? 'standard') as ProfileId;
  const p = profiles[id];
  const { outcome, percent } = classifyOutcome(p, s, start, end);
  const { text, sources } = outcomeText(
    `${SCALE_RANGES[s].label} ${start} → ${end}: ${reductionText(percent)}`,
    outcome,
    start,
    end,
    p,
    s,
  );
  const steps = regimenSteps('antidepressant', outcome, [], true);
  return {
    scale: s,
    profile: id,
    startScore: start,
    endScore: end,
    percentReduction: percent,
    outcome,
    findings: [finding('outcome', `outcome.${outcome}`, text, sources)],
    nextSteps: { preferred: steps.preferred, avoid: steps.avoid, required: [] },
  };
}
