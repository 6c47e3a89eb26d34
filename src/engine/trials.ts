// Per-treatment rules: adequacy, outcome, failure.
import type { InadequacyReason, Outcome, TreatmentKind } from './codes.ts';
import {
  ANTIDEPRESSANTS,
  AUGMENTATION_AGENTS,
  isAntidepressantId,
  type AgentClass,
  type DrugClass,
} from './drugs.ts';
import { finding, type Finding } from './findings.ts';
import type { StartScoreFrom } from './parse.ts';
import type { CriteriaProfile } from './profiles.ts';
import { SCALES, type ScaleId } from './scales.ts';
import type { Treatment } from './schema.ts';
import { num, pct } from './text.ts';

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

const days = (weeks: number) => (weeks < 4 ? ` (≈ ${Math.round(weeks * 7)} days)` : '');
const plural = (n: number, one: string, many = `${one}s`) => `${num(n)} ${n === 1 ? one : many}`;

export function treatmentLabel(t: Treatment): string {
  switch (t.kind) {
    case 'antidepressant':
      return `${ANTIDEPRESSANTS[t.drug].name} ${num(t.doseMgPerDay)} mg/day for ${plural(t.weeks, 'week')}`;
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

export function assessTreatment(
  t: Treatment,
  ctx: TrialContext,
): { result: TreatmentAssessment; findings: Finding[] } {
  const { profile, scale, index } = ctx;
  const about = `treatments.${index}`;
  const n = index + 1;
  const findings: Finding[] = [];
  const add = (rule: string, code: string, text: string, sources: Finding['sources'], where?: string) =>
    findings.push(finding(rule, code, text, sources, { about, where }));
  const label = treatmentLabel(t);
  const startScore = t.startScore ?? 0; // always resolved by parseCase
  const result: TreatmentAssessment = {
    kind: t.kind,
    index,
    label,
    adequate: null,
    inadequateBecause: [],
    outcome: 'not-evaluable',
    startScore,
    startScoreFrom: ctx.startFrom,
    endScore: t.endScore ?? null,
    percentReduction: null,
    failed: false,
  };

  let intolerant = false;
  if (t.kind === 'antidepressant') {
    const drug = ANTIDEPRESSANTS[t.drug];
    result.drug = t.drug;
    result.drugClass = drug.class;
    const min = drug.minAdequate.mgPerDay;
    const range = `usual range ${num(drug.usual[0])}–${num(drug.usual[1])} mg/day`;
    const doseOk = t.doseMgPerDay >= min;
    add(
      'adequacy',
      doseOk ? 'adequacy.dose-met' : 'adequacy.dose-below',
      `Treatment ${n}: ${plural(t.weeks, 'week')} at ${num(t.doseMgPerDay)} mg/day: ${doseOk ? 'at or above' : 'below'} the ${num(min)} mg/day minimum for ${drug.name} (${range}; the minimum adequate dose is a module convention — the reference lists it "unverified, from memory").`,
      ['uptodate-doses'],
      drug.source.where,
    );
    intolerant = t.stoppedFor === 'adverse-effect' && t.weeks < profile.trialWeeks;
    const durationOk = t.weeks >= profile.trialWeeks;
    if (!intolerant) {
      add(
        'adequacy',
        durationOk ? 'adequacy.duration-met' : 'adequacy.duration-short',
        `Treatment ${n}: ${plural(t.weeks, 'week')}${days(t.weeks)} at that dose — ${durationOk ? 'at least' : 'shorter than'} the ${profile.trialWeeks} weeks an adequate trial needs (MGH-s and MGH-ATRQ use ≥ 6 weeks).`,
        ['hagg2020', 'chandler2010'],
        'Hägg 2020 Panel 1',
      );
    }
    const adherenceOk = t.adherencePercent >= profile.adherencePercent;
    add(
      'adequacy',
      adherenceOk ? 'adequacy.adherence-met' : 'adequacy.adherence-low',
      `Treatment ${n}: adherence ${num(t.adherencePercent)}% — ${adherenceOk ? 'at or above' : 'below'} the ${profile.adherencePercent}% the module requires (a module convention: the ATHF-SF rates adherence, but its threshold was not retrieved).`,
      ['sackeim2019'],
    );
    if (intolerant) {
      result.inadequateBecause = ['intolerance'];
      add(
        'adequacy',
        'adequacy.intolerance',
        `Treatment ${n}: stopped for an adverse effect${t.adverseEffect ? ` (${t.adverseEffect})` : ''} after ${plural(t.weeks, 'week')}${days(t.weeks)}, before the ${profile.trialWeeks} weeks of an adequate trial — intolerance, not a failure of efficacy.`,
        ['sackeim2001', 'berlim2007'],
      );
    } else {
      if (!doseOk) result.inadequateBecause.push('dose');
      if (!durationOk) result.inadequateBecause.push('duration');
      if (!adherenceOk) result.inadequateBecause.push('adherence');
    }
    result.adequate = result.inadequateBecause.length === 0;
    add(
      'adequacy',
      result.adequate ? 'adequacy.adequate' : 'adequacy.inadequate',
      result.adequate
        ? `Treatment ${n} (${drug.name}) was an adequate trial: dose, duration and adherence all met.`
        : `Treatment ${n} (${drug.name}) was not an adequate trial (${result.inadequateBecause.join(', ')}).`,
      profile.sources.adequacy,
    );
  } else if (t.kind === 'ect') {
    intolerant = t.stoppedFor === 'adverse-effect' && t.sessions < profile.ectMinSessions;
    const enough = t.sessions >= profile.ectMinSessions;
    add(
      'ect-adequacy',
      enough ? 'adequacy.ect-sessions-met' : 'adequacy.ect-sessions-short',
      `Treatment ${n}: ${plural(t.sessions, 'ECT session')} — ${enough ? 'at least' : 'fewer than'} the ${profile.ectMinSessions} the module requires for an adequate course. This is a module convention: in the CORE trial 34% had remitted by session 6 and 65% by session 10, so a shorter course cannot be called a failure.`,
      profile.sources.ect,
    );
    if (intolerant) result.inadequateBecause = ['intolerance'];
    else if (!enough) result.inadequateBecause = ['duration'];
    result.adequate = result.inadequateBecause.length === 0;
  } else {
    if (t.kind === 'augmentation' || t.kind === 'combination') {
      result.agent = t.agent;
      result.augments = t.augments - 1;
      if (Object.hasOwn(AUGMENTATION_AGENTS, t.agent)) {
        result.agentClass = AUGMENTATION_AGENTS[t.agent as keyof typeof AUGMENTATION_AGENTS].class;
      }
      if (isAntidepressantId(t.agent)) result.drugClass = ANTIDEPRESSANTS[t.agent].class;
    }
    const weeks = t.weeks;
    intolerant = t.stoppedFor === 'adverse-effect' && (weeks === undefined || weeks < profile.trialWeeks);
    add(
      'adequacy',
      'adequacy.not-rated',
      t.kind === 'augmentation' || t.kind === 'combination'
        ? `Treatment ${n} (${label}): adequacy is not rated — the module has no verified minimum dose or duration for add-on agents. It counts in MGH and Maudsley staging as an add-on to treatment ${t.augments}.`
        : `Treatment ${n} (${label}): adequacy is rated only for antidepressant trials and ECT courses here (the ATHF-SF can also rate brain stimulation and psychotherapy); it does not enter TRD or the staging models.`,
      ['sackeim2019'],
    );
  }

  // Outcome
  const thr = profile.remission[scale];
  const scaleLabel = SCALES[scale].label;
  const from = fromText(ctx.startFrom, startScore);
  if (t.endScore !== undefined) {
    result.percentReduction = startScore > 0 ? ((startScore - t.endScore) / startScore) * 100 : null;
  }
  if (intolerant) {
    result.outcome = 'intolerance';
    add(
      'outcome',
      'outcome.intolerance',
      `Treatment ${n}: outcome intolerance — stopped for an adverse effect, so the scores do not measure efficacy.`,
      ['sackeim2001'],
    );
  } else if (t.endScore === undefined) {
    result.outcome = 'not-evaluable';
    add(
      'outcome',
      'outcome.not-evaluable',
      `Treatment ${n}: no end score, so the outcome is not evaluable.`,
      ['desseilles2011'],
    );
  } else {
    const end = t.endScore;
    const { outcome, percent } = classifyOutcome(profile, scale, startScore, end);
    result.outcome = outcome;
    const p = percent === null ? 'no percentage (start score 0)' : `${pct(percent)} reduction`;
    const head = `Treatment ${n}: ${scaleLabel} ${from} → ${end}: ${p}`;
    const cut = `remission needs ${scaleLabel} ≤ ${thr.atMost}`;
    let text: string;
    const sources: Finding['sources'] = ['desseilles2011'];
    switch (outcome) {
      case 'remission':
        text = `${head}; ${end} ≤ ${thr.atMost} — remission (${scaleLabel} ≤ ${thr.atMost}, ${profile.id} profile).`;
        sources.splice(0, 1, thr.source.key);
        break;
      case 'response':
        text = `${head}, at least ${profile.responsePercent}% — response; ${end} is above the remission cut-off (${cut}), so this is response without remission.`;
        sources.push(thr.source.key);
        break;
      case 'partial-response': {
        const exact = (startScore - end) * 100 === profile.partialPercent * startScore;
        text = `${head}, from ${profile.partialPercent}% to below ${profile.responsePercent}% — partial response (Desseilles 2011).${exact ? ` Exactly ${profile.partialPercent}.0% counts as partial under Desseilles (non-response is below ${profile.partialPercent}%); the MGH-ATRQ screening rule (≤ 25% = non-response) would call it non-response.` : ''}`;
        sources.push('chandler2010');
        break;
      }
      case 'non-response':
        text = `${head}, below ${profile.partialPercent}% — non-response (Desseilles 2011: non-response < ${profile.partialPercent}%, partial ${profile.partialPercent}–${profile.responsePercent - 1}%, response ≥ ${profile.responsePercent}%).`;
        break;
      default:
        text = `${head}: the start score is 0, so no percentage change can be computed and the outcome is not evaluable.`;
    }
    add('outcome', `outcome.${outcome}`, text, sources);
  }

  // Failure (contract: adequate AND partial or non-response).
  result.failed =
    result.adequate === true && (result.outcome === 'partial-response' || result.outcome === 'non-response');
  if (t.kind === 'antidepressant' || t.kind === 'ect') {
    const what = t.kind === 'ect' ? 'ECT course' : 'antidepressant trial';
    let why: string;
    if (result.failed) why = `adequate and ${result.outcome}`;
    else if (result.adequate !== true) why = `not adequate (${result.inadequateBecause.join(', ')})`;
    else if (result.outcome === 'remission' || result.outcome === 'response')
      why = `the outcome was ${result.outcome}${result.outcome === 'remission' ? ' — a remission never counts as a failure' : ' — response without remission is not a failure; it calls for optimisation'}`;
    else why = `the outcome is ${result.outcome}`;
    add(
      'failure',
      result.failed ? 'trial.failed' : 'trial.not-failed',
      `Treatment ${n} ${result.failed ? 'counts' : 'does not count'} as a failed adequate ${what}: ${why}.`,
      ['desseilles2011', 'fava2003'],
    );
  }
  return { result, findings };
}
