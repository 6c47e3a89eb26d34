// Next-step rules (contract "Next steps"; seed 003; clinical-rules §8, §10, §11, §12).
// Reading chosen where the sources leave room, each stated in a finding:
// - The "current regimen" is the last antidepressant, augmentation or combination in the list —
//   except that the last evaluable treatment of ANY kind is the current regimen when it remitted or
//   responded: an ECT, ketamine, esketamine, rTMS or psychotherapy course that worked → continue it
//   (continuation/maintenance), not new TRD options (SUSTAIN-1, Daly 2019; Bauer 2000). Remission
//   on a drug regimen → continue it too (STAR*D, Rush 2006).
// - Response without remission → optimise (when the dose is below the top of the usual range) or
//   augment; never switch. Partial response → augment or optimise. Non-response or intolerance →
//   switch. An inadequate current trial (dose, duration, adherence) → fix that first; switching is avoided.
// - TRD (and not currently responding) → augment, esketamine, ketamine, ECT, rTMS; ECT first with
//   psychotic features (ketamine then dropped: ELEKT-D enrolled non-psychotic TRD). "First" is
//   expressed as `required: ['ect']`: grading gives full credit only to an answer that includes
//   every required step (key-grading.ts). Sources: the engine contract's reading; ECT's speed (CORE,
//   Husain 2004: 34 % remitted by session 6, 65 % by session 10); ELEKT-D (Anand 2023) enrolled
//   only non-psychotic TRD. The reference retrieved no guideline text for psychotic depression, so
//   this stays labelled as the module's reading.
// - Any listed contraindication → esketamine and ketamine to `avoid` (the module applies the
//   esketamine label's list to racemic ketamine too: esketamine is its S-enantiomer; no ketamine
//   label was reviewed). Under 18: esketamine avoided (label: not established), ketamine not offered.
// - Bipolar spectrum → reassess the diagnosis; avoid switch and dose escalation (antidepressant
//   monotherapy), and hold the unipolar TRD pathway until the diagnosis is settled.
// - TRD with hs-CRP > 5 mg/L → anti-inflammatory trial, investigational (Raison 2013 exploratory).
import {
  type InadequacyReason,
  type NextStep,
  type Outcome,
  type PseudoFlag,
  type TreatmentKind,
  CONTRAINDICATION_LABELS,
  NEXT_STEP_LABELS,
} from './codes.ts';
import { ANTIDEPRESSANT_DOSES } from './doses.ts';
import { finding, type Finding } from './findings.ts';
import type { CriteriaProfile } from './profiles.ts';
import type { PatientCase } from './schema.ts';
import type { SourceKey } from './sources.ts';
import { list, midSentence, num } from './text.ts';
import type { TreatmentAssessment } from './trials.ts';

export interface NextSteps {
  preferred: NextStep[];
  avoid: NextStep[];
  /**
   * Steps that come first: an answer must include every one of them for full credit (a subset of
   * `preferred`). Empty unless a rule says "X first" (TRD with psychotic features → ECT).
   */
  required: NextStep[];
}

const DRUG_REGIMENS: readonly TreatmentKind[] = ['antidepressant', 'augmentation', 'combination'];
const isDrugRegimen = (kind: TreatmentKind) => DRUG_REGIMENS.includes(kind);
const isResponding = (o: Outcome) => o === 'remission' || o === 'response';

/** Which branch of the current-regimen rule applied (also the finding code, `next.<rule>`). */
export type RegimenRule =
  | 'fix-pseudo-resistance'
  | 'continue-course'
  | 'remission'
  | 'response-without-remission'
  | 'partial-response'
  | 'non-response'
  | 'intolerance'
  | 'not-evaluable';

export interface RegimenSteps {
  rule: RegimenRule;
  preferred: NextStep[];
  avoid: NextStep[];
  /** The inadequacy reasons a fix-first step addresses (dose, duration, adherence). */
  fix: InadequacyReason[];
}

/**
 * The current-regimen rule as a decision (no text): what to prefer and avoid after the outcome of
 * the current regimen. `fixable`: the regimen's inadequacy reasons (intolerance is ignored);
 * `room`: the dose is below the top of the usual range (true when no dose is known).
 * Sources per branch: REGIMEN_SOURCES.
 */
export function regimenSteps(
  kind: TreatmentKind,
  outcome: Outcome,
  fixable: readonly InadequacyReason[],
  room: boolean,
): RegimenSteps {
  const fix = fixable.filter((r) => r !== 'intolerance');
  const step = (rule: RegimenRule, preferred: NextStep[], avoid: NextStep[] = []): RegimenSteps => ({
    rule,
    preferred,
    avoid,
    fix,
  });
  if (fix.length > 0 && !isResponding(outcome)) {
    const map: Record<string, NextStep> = {
      dose: 'optimize-dose',
      duration: 'extend-duration',
      adherence: 'improve-adherence',
    };
    return step(
      'fix-pseudo-resistance',
      (['dose', 'duration', 'adherence'] as const)
        .filter((r) => fix.includes(r))
        .map((r) => map[r] as NextStep),
      ['switch'],
    );
  }
  if (isResponding(outcome) && !isDrugRegimen(kind)) return step('continue-course', ['continue'], ['switch']);
  switch (outcome) {
    case 'remission':
      return step('remission', ['continue'], ['switch']);
    case 'response':
      return step('response-without-remission', room ? ['optimize-dose', 'augment'] : ['augment'], [
        'switch',
      ]);
    case 'partial-response':
      return step('partial-response', room ? ['augment', 'optimize-dose'] : ['augment']);
    case 'non-response':
      return step('non-response', ['switch']);
    case 'intolerance':
      return step('intolerance', ['switch'], ['optimize-dose']);
    default:
      return step('not-evaluable', []);
  }
}

const REGIMEN_SOURCES: Record<RegimenRule, SourceKey[]> = {
  'fix-pseudo-resistance': ['berlim2007', 'fava2003'],
  // SUSTAIN-1: continuing esketamine after stable remission or response cut relapse (Daly 2019);
  // lithium continuation after response to augmentation: relapse 0 % vs 47 % (Bauer 2000).
  'continue-course': ['daly2019', 'bauer2000'],
  remission: ['rush2006'],
  'response-without-remission': ['fava2003', 'thase1997', 'desseilles2011'],
  'partial-response': ['fava2003', 'thase1997', 'nierenberg2006'],
  'non-response': ['thase1997', 'fava2003'],
  intolerance: ['thase1997', 'berlim2007'],
  'not-evaluable': ['desseilles2011'],
};

function regimenText(s: RegimenSteps, n: number, label: string, roomText: string): string {
  const room = s.preferred.includes('optimize-dose');
  const steps = list(s.preferred.map((x) => midSentence(NEXT_STEP_LABELS[x])));
  switch (s.rule) {
    case 'fix-pseudo-resistance':
      return `Treatment ${n} was not an adequate trial (${s.fix.join(', ')}): fix that first — ${steps} — rather than switch; an inadequate trial is pseudo-resistance, not resistance.`;
    case 'continue-course':
      return `Treatment ${n} (${label}) is the current regimen and it is working: continue it (continuation or maintenance) rather than start new treatments; switching is not indicated. Continuing what worked prevents relapse in the trials the module cites (esketamine, SUSTAIN-1; lithium, Bauer 2000); the module applies the same reading to ECT, ketamine, rTMS and psychotherapy courses, whose continuation trials are not in its reference.`;
    case 'remission':
      return `Treatment ${n} reached remission: continue it; switching is not indicated.`;
    case 'response-without-remission':
      return `Treatment ${n}: response without remission — optimise the current regimen or augment it, rather than switch; switching is for non-response or intolerance. ${room ? `Optimise the dose${roomText}, or augment.` : `Augment${roomText}.`}`;
    case 'partial-response':
      return `Treatment ${n}: partial response — augment${room ? ` or optimise the dose${roomText}` : roomText}.`;
    case 'non-response':
      return `Treatment ${n}: non-response to an adequate trial — switch to another antidepressant.`;
    case 'intolerance':
      return `Treatment ${n}: intolerance — switch to another antidepressant; raising the dose of a drug the patient could not tolerate is not an option.`;
    case 'not-evaluable':
      return `Treatment ${n}: no end score — measure the outcome on the episode scale before choosing a next step.`;
  }
}

export function nextStepsFor(
  c: PatientCase,
  results: readonly TreatmentAssessment[],
  pseudo: readonly PseudoFlag[],
  trd: boolean,
  profile: CriteriaProfile,
): { nextSteps: NextSteps; findings: Finding[] } {
  const preferred: NextStep[] = [];
  const avoid: NextStep[] = [];
  const required: NextStep[] = [];
  const findings: Finding[] = [];
  const prefer = (...s: NextStep[]) => preferred.push(...s);
  const shun = (...s: NextStep[]) => avoid.push(...s);
  const note = (code: string, text: string, sources: Finding['sources'], about?: string) =>
    findings.push(finding('next-steps', code, text, sources, { about }));
  const labels = (s: readonly NextStep[]) => list(s.map((x) => midSentence(NEXT_STEP_LABELS[x])));

  const bipolar = pseudo.includes('bipolar-spectrum');
  if (bipolar) {
    prefer('reassess-diagnosis');
    shun('switch', 'optimize-dose', 'extend-duration');
    note(
      'next.bipolar-spectrum',
      'Possible bipolar spectrum: reassess the diagnosis first. Avoid switching or escalating antidepressant monotherapy, which can be ineffective or destabilising in bipolar disorder; the unipolar TRD pathway waits until the diagnosis is settled.',
      ['berlim2007', 'apa2022'],
    );
  }
  if (
    pseudo.some(
      (f) => f === 'medical-comorbidity' || f === 'psychiatric-comorbidity' || f === 'substance-use',
    )
  ) {
    prefer('treat-comorbidity');
    note(
      'next.comorbidity',
      'A listed comorbidity can perpetuate or mimic depression: treat it alongside the depression.',
      ['berlim2007'],
    );
  }

  // The current regimen. For the response/remission branch it is the last evaluable treatment of
  // ANY kind: an ECT, ketamine or esketamine course that remitted or responded is what is working
  // now, so the next step is to continue it (continuation/maintenance), not new TRD options. For
  // every other branch it is the last antidepressant, augmentation or combination, as before.
  const latest = [...results].reverse().find((r) => r.outcome !== 'not-evaluable');
  const current =
    latest && isResponding(latest.outcome)
      ? latest
      : [...results].reverse().find((r) => isDrugRegimen(r.kind));
  let responding = false;
  if (current) {
    const n = current.index + 1;
    const about = `treatments.${n - 1}`;
    const input = c.treatments[current.index];
    let room = true;
    let roomText = '';
    if (input?.kind === 'antidepressant') {
      const drug = ANTIDEPRESSANT_DOSES[input.drug];
      room = input.doseMgPerDay < drug.usual[1];
      roomText = room
        ? ` (${num(input.doseMgPerDay)} mg/day is below the top of the usual ${num(drug.usual[0])}–${num(drug.usual[1])} mg/day range)`
        : ` — not dose optimisation: ${num(input.doseMgPerDay)} mg/day is already at or above the top of the usual ${num(drug.usual[0])}–${num(drug.usual[1])} mg/day range`;
    }
    const fixable = current.kind === 'antidepressant' ? current.inadequateBecause : [];
    const step = regimenSteps(current.kind, current.outcome, fixable, room);
    responding = isResponding(current.outcome);
    prefer(...step.preferred);
    shun(...step.avoid);
    note(
      `next.${step.rule}`,
      regimenText(step, n, current.label, roomText),
      REGIMEN_SOURCES[step.rule],
      about,
    );
  }

  if (trd && !bipolar && !responding) {
    const psychotic = c.episode.psychoticFeatures;
    const minor = c.age < 18;
    const steps: NextStep[] = psychotic
      ? ['ect', 'augment', 'esketamine', 'rtms']
      : ['augment', 'esketamine', 'ketamine', 'ect', 'rtms'];
    const kept = steps.filter((s) => !(minor && (s === 'esketamine' || s === 'ketamine')));
    if (psychotic) {
      preferred.unshift('ect');
      required.push('ect');
    }
    prefer(...kept);
    note(
      'next.trd',
      `TRD: consider ${labels(kept)}.${psychotic ? ' With psychotic features ECT comes first — a next-step answer needs ECT for full credit (without it, at most half); ketamine is not offered because its trial against ECT (ELEKT-D) enrolled non-psychotic TRD.' : ''}`,
      psychotic
        ? ['nierenberg2006', 'husain2004', 'haq2015', 'anand2023', 'spravato-us-label', 'oreardon2007']
        : [
            'nierenberg2006',
            'spravato-us-label',
            'popova2019',
            'murrough2013',
            'anand2023',
            'husain2004',
            'oreardon2007',
            'blumberger2018',
          ],
    );
    if (minor) {
      shun('esketamine');
      note(
        'next.under-18',
        `Age ${c.age}: esketamine is not established under 18 years (label), and the ketamine trials enrolled adults; neither is offered.`,
        ['spravato-us-label', 'anand2023'],
      );
    }
    const hs = c.labs?.hsCrpMgPerL;
    if (hs !== undefined) {
      if (hs > profile.hsCrpAboveMgPerL) {
        prefer('anti-inflammatory-trial');
        note(
          'next.inflammation',
          `hs-CRP ${num(hs)} mg/L is above ${profile.hsCrpAboveMgPerL} mg/L with TRD: an anti-inflammatory trial is an investigational option (Raison 2013: infliximab beat placebo only above 5 mg/L, in an exploratory analysis — response 62% vs 33%, not significant).`,
          ['raison2013'],
          'labs',
        );
      } else {
        note(
          'next.inflammation-below-threshold',
          `hs-CRP ${num(hs)} mg/L is not above ${profile.hsCrpAboveMgPerL} mg/L: no anti-inflammatory trial (the > 3 mg/L "low-grade inflammation" convention is not the infliximab threshold).`,
          ['raison2013', 'osimo2019'],
          'labs',
        );
      }
    }
  } else if (trd && bipolar) {
    note(
      'next.trd-on-hold',
      'TRD criteria are met on paper, but the TRD pathway waits for the diagnosis to be reassessed.',
      ['berlim2007'],
    );
  } else if (trd && responding) {
    note(
      'next.trd-but-responding',
      'TRD criteria are met by earlier trials, but the current regimen is working: build on it rather than move to TRD treatments.',
      ['fava2003'],
    );
  }

  if (c.contraindications.length > 0) {
    shun('esketamine', 'ketamine');
    note(
      'next.contraindication',
      `Listed contraindication${c.contraindications.length === 1 ? '' : 's'} (${list(c.contraindications.map((x) => CONTRAINDICATION_LABELS[x]))}): esketamine is contraindicated, and the module avoids racemic ketamine for the same reasons (esketamine is its S-enantiomer).`,
      ['spravato-us-label', 'spravato-eu-smpc'],
      'contraindications',
    );
  }

  const avoidSet = [...new Set(avoid)];
  const pref = [...new Set(preferred)].filter((s) => !avoidSet.includes(s));
  const req = [...new Set(required)].filter((s) => pref.includes(s));
  return { nextSteps: { preferred: pref, avoid: avoidSet, required: req }, findings };
}
