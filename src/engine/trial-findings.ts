// The findings that explain the per-treatment rules of trials.ts (adequacy, outcome, failure),
// and assessTreatment, which runs a rule and its explanation for any kind of treatment.
import type { InadequacyReason, Outcome } from './codes.ts';
import { ANTIDEPRESSANT_DOSES, DOSE_SOURCE } from './doses.ts';
import { AUGMENTATION_AGENTS } from './drugs.ts';
import { finding, type Finding } from './findings.ts';
import { isAntidepressantId } from './ids.ts';
import type { CriteriaProfile } from './profiles.ts';
import { SCALE_RANGES, type ScaleId } from './scales.ts';
import type { AntidepressantTreatment, Treatment } from './schema.ts';
import { num, pct } from './text.ts';
import {
  antidepressantAdequacy,
  antidepressantLabel,
  ectAdequacy,
  isFailure,
  plural,
  readAntidepressant,
  treatmentOutcome,
  type AntidepressantAdequacy,
  type StartScoreFrom,
  type TreatmentAssessment,
  type TrialContext,
} from './trials.ts';

type Explained = { result: TreatmentAssessment; findings: Finding[] };

const days = (weeks: number) => (weeks < 4 ? ` (≈ ${Math.round(weeks * 7)} days)` : '');

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
  const range =
    drug.usual[0] === drug.usual[1]
      ? `usual dose ${num(drug.usual[0])} mg/day`
      : `usual range ${num(drug.usual[0])}–${num(drug.usual[1])} mg/day`;
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
  const scaleLabel = SCALE_RANGES[scale].label;
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
  const head = `Treatment ${n}: ${SCALE_RANGES[ctx.scale].label} ${fromText(ctx.startFrom, r.startScore)} → ${t.endScore}: ${reductionText(r.startScore > 0 ? r.percentReduction : null)}`;
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
