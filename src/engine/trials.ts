// Per-treatment rules, as decisions (numbers in, verdict out): adequacy, outcome, failure.
// The findings that explain them are in trial-findings.ts. assessCase runs both; the light entry
// points (trial.ts, outcome.ts, eligibility.ts) call these same decisions, and the explanations
// only where they show them — so no island ships text it does not display, and no rule exists
// twice.
import { percentChange } from './percent.ts';
import type { InadequacyReason, Outcome, TreatmentKind } from './codes.ts';
import { ANTIDEPRESSANT_DOSES, type DrugClass } from './doses.ts';
import type { AgentClass } from './drugs.ts';
import type { CriteriaProfile } from './profiles.ts';
import type { ScaleId } from './scales.ts';
import type { AntidepressantTreatment, EctTreatment } from './schema.ts';
import { num } from './text.ts';

/** Where a treatment's start score came from: given, the baseline, or an earlier treatment (0-based). */
export type StartScoreFrom = 'given' | 'baseline' | number;

/**
 * Contract "start score": a treatment's start score is its own `startScore`, else the `endScore`
 * of the nearest earlier treatment that has one, else the episode's baseline.
 */
export function resolveStartScores(
  treatments: readonly { startScore?: number | undefined; endScore?: number | undefined }[],
  baseline: number,
): { start: number[]; from: StartScoreFrom[] } {
  const start: number[] = [];
  const from: StartScoreFrom[] = [];
  let lastEnd: { score: number; index: number } | undefined;
  treatments.forEach((t, i) => {
    if (t.startScore !== undefined) {
      start.push(t.startScore);
      from.push('given');
    } else if (lastEnd) {
      start.push(lastEnd.score);
      from.push(lastEnd.index);
    } else {
      start.push(baseline);
      from.push('baseline');
    }
    if (t.endScore !== undefined) lastEnd = { score: t.endScore, index: i };
  });
  return { start, from };
}

export interface TreatmentAssessment {
  kind: TreatmentKind;
  /** 0-based position (as in paths and `about`). */
  index: number;
  /** Short learner-facing label: "sertraline 200 mg/day for 8 weeks". */
  label: string;
  drug?: string;
  agent?: string;
  drugClass?: DrugClass;
  agentClass?: AgentClass;
  /** For augmentation/combination: 0-based index of the antidepressant trial it was added to. */
  augments?: number;
  adequate: boolean | null;
  inadequateBecause: InadequacyReason[];
  outcome: Outcome;
  startScore: number;
  /** Where the start score came from: 'given', 'baseline', or an earlier treatment (0-based). */
  startScoreFrom: StartScoreFrom;
  endScore: number | null;
  percentReduction: number | null;
  failed: boolean;
}

export interface TrialContext {
  profile: CriteriaProfile;
  scale: ScaleId;
  startFrom: StartScoreFrom;
  index: number;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${num(n)} ${n === 1 ? one : many}`;

export function antidepressantLabel(
  t: Pick<AntidepressantTreatment, 'drug' | 'doseMgPerDay' | 'weeks'>,
): string {
  return `${ANTIDEPRESSANT_DOSES[t.drug].name} ${num(t.doseMgPerDay)} mg/day for ${plural(t.weeks, 'week')}`;
}

// ------------------------------------------------------------------ decisions

/** Remission, then percentage bands. Cross-multiplied so exact boundaries (25.0 %, 50.0 %) are exact. */
export function classifyOutcome(
  profile: CriteriaProfile,
  scale: ScaleId,
  start: number,
  end: number,
): { outcome: Outcome; percent: number | null } {
  const percent = start > 0 ? ((start - end) / start) * 100 : null;
  if (end <= profile.remission[scale].atMost) return { outcome: 'remission', percent };
  if (start <= 0) return { outcome: 'not-evaluable', percent };
  const drop100 = (start - end) * 100;
  if (drop100 >= profile.responsePercent * start) return { outcome: 'response', percent };
  if (drop100 >= profile.partialPercent * start) return { outcome: 'partial-response', percent };
  return { outcome: 'non-response', percent };
}

/** Adequacy of an antidepressant trial (contract: dose ≥ the drug's minimum, ≥ 6 weeks, adherence ≥ 80 %). */
export interface AntidepressantAdequacy {
  doseOk: boolean;
  durationOk: boolean;
  adherenceOk: boolean;
  /** Stopped for an adverse effect before an adequate duration: intolerance, not failure. */
  intolerant: boolean;
  inadequateBecause: InadequacyReason[];
}

export function antidepressantAdequacy(
  t: Pick<AntidepressantTreatment, 'drug' | 'doseMgPerDay' | 'weeks' | 'adherencePercent' | 'stoppedFor'>,
  profile: CriteriaProfile,
): AntidepressantAdequacy {
  const doseOk = t.doseMgPerDay >= ANTIDEPRESSANT_DOSES[t.drug].min;
  const durationOk = t.weeks >= profile.trialWeeks;
  const adherenceOk = t.adherencePercent >= profile.adherencePercent;
  const intolerant = t.stoppedFor === 'adverse-effect' && t.weeks < profile.trialWeeks;
  const inadequateBecause: InadequacyReason[] = intolerant
    ? ['intolerance']
    : [
        ...(doseOk ? [] : ['dose' as const]),
        ...(durationOk ? [] : ['duration' as const]),
        ...(adherenceOk ? [] : ['adherence' as const]),
      ];
  return { doseOk, durationOk, adherenceOk, intolerant, inadequateBecause };
}

/** Adequacy of an ECT course (module convention: a minimum number of sessions, see profiles.ts). */
export function ectAdequacy(t: Pick<EctTreatment, 'sessions' | 'stoppedFor'>, profile: CriteriaProfile) {
  const enough = t.sessions >= profile.ectMinSessions;
  const intolerant = t.stoppedFor === 'adverse-effect' && t.sessions < profile.ectMinSessions;
  const inadequateBecause: InadequacyReason[] = intolerant ? ['intolerance'] : enough ? [] : ['duration'];
  return { enough, intolerant, inadequateBecause };
}

/** The outcome of any treatment: intolerance, not evaluable without an end score, else classifyOutcome. */
export function treatmentOutcome(
  endScore: number | undefined,
  start: number,
  intolerant: boolean,
  profile: CriteriaProfile,
  scale: ScaleId,
): { outcome: Outcome; percentReduction: number | null } {
  const percentReduction = endScore !== undefined && start > 0 ? percentChange(start, endScore) : null;
  if (intolerant) return { outcome: 'intolerance', percentReduction };
  if (endScore === undefined) return { outcome: 'not-evaluable', percentReduction };
  return { outcome: classifyOutcome(profile, scale, start, endScore).outcome, percentReduction };
}

/** Contract: a failed trial is adequate AND ends in partial response or non-response. */
export const isFailure = (adequate: boolean | null, outcome: Outcome): boolean =>
  adequate === true && (outcome === 'partial-response' || outcome === 'non-response');

/** The engine's reading of an antidepressant trial, without the findings (decisions only). */
export function readAntidepressant(t: AntidepressantTreatment, ctx: TrialContext): TreatmentAssessment {
  const a = antidepressantAdequacy(t, ctx.profile);
  const startScore = t.startScore ?? 0; // always resolved by the caller
  const adequate = a.inadequateBecause.length === 0;
  const { outcome, percentReduction } = treatmentOutcome(
    t.endScore,
    startScore,
    a.intolerant,
    ctx.profile,
    ctx.scale,
  );
  return {
    kind: 'antidepressant',
    index: ctx.index,
    label: antidepressantLabel(t),
    drug: t.drug,
    drugClass: ANTIDEPRESSANT_DOSES[t.drug].class,
    adequate,
    inadequateBecause: a.inadequateBecause,
    outcome,
    startScore,
    startScoreFrom: ctx.startFrom,
    endScore: t.endScore ?? null,
    percentReduction,
    failed: isFailure(adequate, outcome),
  };
}
