// Per-treatment rules: adequacy, outcome, failure.
//
// Each rule is a decision function (numbers in, verdict out) and, separately, the findings that
// explain it. `assessTreatment` (used by assessCase) runs both; the light entry points (trial.ts,
// outcome.ts, eligibility.ts) call the same decision functions, and the explanations only where
// they show them, so an island never ships text it does not display — and no rule exists twice.
import type { InadequacyReason, Outcome, TreatmentKind } from './codes.ts';
import { ANTIDEPRESSANT_DOSES, DOSE_SOURCE, type DrugClass } from './doses.ts';
import { AUGMENTATION_AGENTS, type AgentClass } from './drugs.ts';
import { finding, type Finding } from './findings.ts';
import { isAntidepressantId } from './ids.ts';
import type { CriteriaProfile } from './profiles.ts';
import { SCALES, type ScaleId } from './scales.ts';
import type { AntidepressantTreatment, EctTreatment, Treatment } from './schema.ts';
import { num, pct } from './text.ts';

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

type Explained = { result: TreatmentAssessment; findings: Finding[] };

const days = (weeks: number) => (weeks < 4 ? ` (≈ ${Math.round(weeks * 7)} days)` : '');
const plural = (n: number, one: string, many = `${one}s`) => `${num(n)} ${n === 1 ? one : many}`;

export function antidepressantLabel(
  t: Pick<AntidepressantTreatment, 'drug' | 'doseMgPerDay' | 'weeks'>,
): string {
  return `${ANTIDEPRESSANT_DOSES[t.drug].name} ${num(t.doseMgPerDay)} mg/day for ${plural(t.weeks, 'week')}`;
}

export function treatmentLabel(t: Treatment): string {
  switch (t.kind) {
    case 'antidepressant':
      return antidepressantLabel(t);
    case 'augmentation':
    case 'combination': {
      const name = Object.hasOwn(AUGMENTATION_AGENTS, t.agent)
        ? AUGMENTATION_AGENTS[t.agent as keyof typeof AUGMENTATION_AGENTS].name
        : t.agent;
      return `${name} ${t.kind} of treatment ${t.augments} for ${plural(t.weeks, 'week')}`;
    }
    case 'ect':
      return `${t.electrodePlacement} ECT, ${plural(t.sessions, 'session')}`;
    default:
      return t.kind === 'rtms' ? 'rTMS' : t.kind;
  }
}

const fromText = (from: StartScoreFrom, score: number) =>
  from === 'given'
    ? `start ${score}`
    : from === 'baseline'
      ? `start ${score} (the episode baseline)`
      : `start ${score} (the end score of treatment ${from + 1})`;

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
  const percentReduction = endScore !== undefined && start > 0 ? ((start - endScore) / start) * 100 : null;
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

// ------------------------------------------------------------------ explanations

/** The adequacy findings of an antidepressant trial, in the order the rule checks them. */
export function antidepressantAdequacyFindings(
  t: AntidepressantTreatment,
  a: AntidepressantAdequacy,
  ctx: TrialContext,
): Finding[] {
  const { profile, index } = ctx;
  const n = index + 1;
  const about = `treatments.${index}`;
  const out: Finding[] = [];
  const add = (code: string, text: string, sources: Finding['sources'], where?: string) =>
    out.push(finding('adequacy', code, text, sources, { about, where }));
  const drug = ANTIDEPRESSANT_DOSES[t.drug];
  const range = `usual range ${num(drug.usual[0])}–${num(drug.usual[1])} mg/day`;
  add(
    a.doseOk ? 'adequacy.dose-met' : 'adequacy.dose-below',
    `Treatment ${n}: ${plural(t.weeks, 'week')} at ${num(t.doseMgPerDay)} mg/day: ${a.doseOk ? 'at or above' : 'below'} the ${num(drug.min)} mg/day minimum for ${drug.name} (${range}; the minimum adequate dose is a module convention — the reference lists it "unverified, from memory").`,
    ['uptodate-doses'],
    DOSE_SOURCE.where,
  );
  if (!a.intolerant) {
    add(
      a.durationOk ? 'adequacy.duration-met' : 'adequacy.duration-short',
      `Treatment ${n}: ${plural(t.weeks, 'week')}${days(t.weeks)} at that dose — ${a.durationOk ? 'at least' : 'shorter than'} the ${profile.trialWeeks} weeks an adequate trial needs (MGH-s and MGH-ATRQ use ≥ 6 weeks).`,
      ['hagg2020', 'chandler2010'],
      'Hägg 2020 Panel 1',
    );
  }
  add(
    a.adherenceOk ? 'adequacy.adherence-met' : 'adequacy.adherence-low',
    `Treatment ${n}: adherence ${num(t.adherencePercent)}% — ${a.adherenceOk ? 'at or above' : 'below'} the ${profile.adherencePercent}% the module requires (a module convention: the ATHF-SF rates adherence, but its threshold was not retrieved).`,
    ['sackeim2019'],
  );
  if (a.intolerant) {
    add(
      'adequacy.intolerance',
      `Treatment ${n}: stopped for an adverse effect${t.adverseEffect ? ` (${t.adverseEffect})` : ''} after ${plural(t.weeks, 'week')}${days(t.weeks)}, before the ${profile.trialWeeks} weeks of an adequate trial — intolerance, not a failure of efficacy.`,
      ['sackeim2001', 'berlim2007'],
    );
  }
  const adequate = a.inadequateBecause.length === 0;
  add(
    adequate ? 'adequacy.adequate' : 'adequacy.inadequate',
    adequate
      ? `Treatment ${n} (${drug.name}) was an adequate trial: dose, duration and adherence all met.`
      : `Treatment ${n} (${drug.name}) was not an adequate trial (${a.inadequateBecause.join(', ')}).`,
    profile.sources.adequacy,
  );
  return out;
}

/**
 * The sentence that explains an outcome, after `head` (e.g. "Treatment 2: HAM-D-17 start 20 → 12:
 * 40% reduction"). Shared by a case's treatments and by a standalone outcome (outcome.ts).
 */
export function outcomeText(
  head: string,
  outcome: Outcome,
  start: number,
  end: number,
  profile: CriteriaProfile,
  scale: ScaleId,
): { text: string; sources: Finding['sources'] } {
  const thr = profile.remission[scale];
  const scaleLabel = SCALES[scale].label;
  const cut = `remission needs ${scaleLabel} ≤ ${thr.atMost}`;
  switch (outcome) {
    case 'remission':
      return {
        text: `${head}; ${end} ≤ ${thr.atMost} — remission (${scaleLabel} ≤ ${thr.atMost}, ${profile.id} profile).`,
        sources: [thr.source.key],
      };
    case 'response':
      return {
        text: `${head}, at least ${profile.responsePercent}% — response; ${end} is above the remission cut-off (${cut}), so this is response without remission.`,
        sources: ['desseilles2011', thr.source.key],
      };
    case 'partial-response': {
      const exact = (start - end) * 100 === profile.partialPercent * start;
      return {
        text: `${head}, from ${profile.partialPercent}% to below ${profile.responsePercent}% — partial response (Desseilles 2011).${exact ? ` Exactly ${profile.partialPercent}.0% counts as partial under Desseilles (non-response is below ${profile.partialPercent}%); the MGH-ATRQ screening rule (≤ 25% = non-response) would call it non-response.` : ''}`,
        sources: ['desseilles2011', 'chandler2010'],
      };
    }
    case 'non-response':
      return {
        text: `${head}, below ${profile.partialPercent}% — non-response (Desseilles 2011: non-response < ${profile.partialPercent}%, partial ${profile.partialPercent}–${profile.responsePercent - 1}%, response ≥ ${profile.responsePercent}%).`,
        sources: ['desseilles2011'],
      };
    default:
      return {
        text: `${head}: the start score is 0, so no percentage change can be computed and the outcome is not evaluable.`,
        sources: ['desseilles2011'],
      };
  }
}

/** "40% reduction", or why there is no percentage. */
export const reductionText = (percent: number | null): string =>
  percent === null ? 'no percentage (start score 0)' : `${pct(percent)} reduction`;

function outcomeFinding(t: Treatment, r: TreatmentAssessment, ctx: TrialContext): Finding {
  const n = ctx.index + 1;
  const about = `treatments.${ctx.index}`;
  if (r.outcome === 'intolerance') {
    return finding(
      'outcome',
      'outcome.intolerance',
      `Treatment ${n}: outcome intolerance — stopped for an adverse effect, so the scores do not measure efficacy.`,
      ['sackeim2001'],
      { about },
    );
  }
  if (t.endScore === undefined) {
    return finding(
      'outcome',
      'outcome.not-evaluable',
      `Treatment ${n}: no end score, so the outcome is not evaluable.`,
      ['desseilles2011'],
      { about },
    );
  }
  const head = `Treatment ${n}: ${SCALES[ctx.scale].label} ${fromText(ctx.startFrom, r.startScore)} → ${t.endScore}: ${reductionText(r.startScore > 0 ? r.percentReduction : null)}`;
  const { text, sources } = outcomeText(head, r.outcome, r.startScore, t.endScore, ctx.profile, ctx.scale);
  return finding('outcome', `outcome.${r.outcome}`, text, sources, { about });
}

function failureFinding(kind: 'antidepressant' | 'ect', r: TreatmentAssessment): Finding {
  const what = kind === 'ect' ? 'ECT course' : 'antidepressant trial';
  let why: string;
  if (r.failed) why = `adequate and ${r.outcome}`;
  else if (r.adequate !== true) why = `not adequate (${r.inadequateBecause.join(', ')})`;
  else if (r.outcome === 'remission' || r.outcome === 'response')
    why = `the outcome was ${r.outcome}${r.outcome === 'remission' ? ' — a remission never counts as a failure' : ' — response without remission is not a failure; it calls for optimisation'}`;
  else why = `the outcome is ${r.outcome}`;
  return finding(
    'failure',
    r.failed ? 'trial.failed' : 'trial.not-failed',
    `Treatment ${r.index + 1} ${r.failed ? 'counts' : 'does not count'} as a failed adequate ${what}: ${why}.`,
    ['desseilles2011', 'fava2003'],
    { about: `treatments.${r.index}` },
  );
}

// ------------------------------------------------------------------ decisions + explanations

/** An antidepressant trial: the reading and every finding behind it (adequacy, outcome, failure). */
export function assessAntidepressant(t: AntidepressantTreatment, ctx: TrialContext): Explained {
  const result = readAntidepressant(t, ctx);
  const findings = antidepressantAdequacyFindings(t, antidepressantAdequacy(t, ctx.profile), ctx);
  findings.push(outcomeFinding(t, result, ctx), failureFinding('antidepressant', result));
  return { result, findings };
}

export function assessTreatment(t: Treatment, ctx: TrialContext): Explained {
  if (t.kind === 'antidepressant') return assessAntidepressant(t, ctx);
  const { profile, scale, index } = ctx;
  const about = `treatments.${index}`;
  const n = index + 1;
  const label = treatmentLabel(t);
  const startScore = t.startScore ?? 0; // always resolved by parseCase
  const findings: Finding[] = [];
  let intolerant: boolean;
  let inadequateBecause: InadequacyReason[] = [];
  let adequate: boolean | null = null;
  const extra: Partial<TreatmentAssessment> = {};
  if (t.kind === 'ect') {
    const e = ectAdequacy(t, profile);
    intolerant = e.intolerant;
    inadequateBecause = e.inadequateBecause;
    adequate = inadequateBecause.length === 0;
    findings.push(
      finding(
        'ect-adequacy',
        e.enough ? 'adequacy.ect-sessions-met' : 'adequacy.ect-sessions-short',
        `Treatment ${n}: ${plural(t.sessions, 'ECT session')} — ${e.enough ? 'at least' : 'fewer than'} the ${profile.ectMinSessions} the module requires for an adequate course. This is a module convention: in the CORE trial 34% had remitted by session 6 and 65% by session 10, so a shorter course cannot be called a failure.`,
        profile.sources.ect,
        { about },
      ),
    );
  } else {
    if (t.kind === 'augmentation' || t.kind === 'combination') {
      extra.agent = t.agent;
      extra.augments = t.augments - 1;
      if (Object.hasOwn(AUGMENTATION_AGENTS, t.agent)) {
        extra.agentClass = AUGMENTATION_AGENTS[t.agent as keyof typeof AUGMENTATION_AGENTS].class;
      }
      if (isAntidepressantId(t.agent)) extra.drugClass = ANTIDEPRESSANT_DOSES[t.agent].class;
    }
    const weeks = t.weeks;
    intolerant = t.stoppedFor === 'adverse-effect' && (weeks === undefined || weeks < profile.trialWeeks);
    findings.push(
      finding(
        'adequacy',
        'adequacy.not-rated',
        t.kind === 'augmentation' || t.kind === 'combination'
          ? `Treatment ${n} (${label}): adequacy is not rated — the module has no verified minimum dose or duration for add-on agents. It counts in MGH and Maudsley staging as an add-on to treatment ${t.augments}.`
          : `Treatment ${n} (${label}): adequacy is rated only for antidepressant trials and ECT courses here (the ATHF-SF can also rate brain stimulation and psychotherapy); it does not enter TRD or the staging models.`,
        ['sackeim2019'],
        { about },
      ),
    );
  }
  const { outcome, percentReduction } = treatmentOutcome(t.endScore, startScore, intolerant, profile, scale);
  const result: TreatmentAssessment = {
    kind: t.kind,
    index,
    label,
    ...extra,
    adequate,
    inadequateBecause,
    outcome,
    startScore,
    startScoreFrom: ctx.startFrom,
    endScore: t.endScore ?? null,
    percentReduction,
    failed: isFailure(adequate, outcome),
  };
  findings.push(outcomeFinding(t, result, ctx));
  if (t.kind === 'ect') findings.push(failureFinding('ect', result));
  return { result, findings };
}
