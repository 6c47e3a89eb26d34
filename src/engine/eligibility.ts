// Esketamine (Spravato) eligibility and monitoring, clinical-rules §8.
// Eligibility = TRD under the regulatory reading (≥ 2 failed adequate trials of different
// antidepressants in the current episode), adult (≥ 18), no listed contraindication, and no
// bipolar-spectrum flag (module reading: the label's TRD indication is for major depressive disorder).
//
// `eligibilityFrom` is the rule. esketamine.ts applies it to a whole case (assessCase's reading);
// `esketamineEligibilityOfTrials` below applies it to a case of antidepressant trials checked by
// hand — the eligibility island's path, with no zod and no staging — through the same trial and
// TRD rules (trials.ts, resistance.ts).
import { Checks, checkAntidepressant, isObj, own } from './check.ts';
import {
  CONTRAINDICATION_LABELS,
  CONTRAINDICATIONS,
  US_ESKETAMINE_CONTRAINDICATIONS,
  type Contraindication,
} from './codes.ts';
import { finding, type Finding } from './findings.ts';
import { CaseInputError, dedupe, episodeLengthMessage, typeMessage } from './messages.ts';
import { profiles } from './profiles.ts';
import { isBipolarSpectrum, trdOf, type TrdResult } from './resistance.ts';
import { SCALE_IDS } from './scales.ts';
import type { AntidepressantTreatment } from './schema.ts';
import { list } from './text.ts';
import { readAntidepressant, resolveStartScores, type TreatmentAssessment } from './trials.ts';

/** One condition of the label: its finding, and whether it is met (✓) or blocks eligibility (✗). */
export interface EligibilityReason extends Finding {
  met: boolean;
}

export interface EsketamineEligibility {
  eligible: boolean;
  reasons: EligibilityReason[];
  monitoring: string[];
}

/** Monitoring and setting required by the label (US label; EU SmPC agrees on the observation). */
export const ESKETAMINE_MONITORING = [
  'Measure blood pressure before each dose; consider delaying the dose if it is above 140/90 mmHg.',
  'Re-measure blood pressure about 40 minutes after the dose.',
  'Observe the patient for at least 2 hours after each dose (sedation, dissociation, respiratory depression), then check they are clinically stable to leave.',
  'Self-administered under direct supervision in a certified setting (US: SPRAVATO REMS).',
  'No driving or operating machinery until the next day, after a restful sleep.',
] as const;

export interface EligibilityFacts {
  /** TRD under the regulatory profile. */
  trd: TrdResult;
  age: number;
  contraindications: readonly Contraindication[];
  bipolar: boolean;
}

function reason(met: boolean, code: string, text: string, sources: Finding['sources'], about?: string) {
  return { ...finding('esketamine-eligibility', code, text, sources, { about }), met };
}

/** The eligibility rule: each condition with its reason, and the verdict. */
export function eligibilityFrom(f: EligibilityFacts): EsketamineEligibility {
  const reasons: EligibilityReason[] = [];
  const trd = f.trd.meets;
  reasons.push(
    reason(
      trd,
      trd ? 'esketamine.trd-met' : 'esketamine.trd-not-met',
      `${trd ? 'TRD by the label reading' : 'No TRD by the label reading'}: ${f.trd.failedAdequateTrials} failed adequate trial${f.trd.failedAdequateTrials === 1 ? '' : 's'} of ${f.trd.distinctDrugs} different antidepressant${f.trd.distinctDrugs === 1 ? '' : 's'} in the current episode; the indication needs at least 2 different antidepressants of adequate dose and duration.`,
      ['spravato-us-label', 'spravato-eu-smpc'],
    ),
  );
  const adult = f.age >= 18;
  reasons.push(
    reason(
      adult,
      adult ? 'esketamine.adult' : 'esketamine.under-18',
      adult
        ? `Age ${f.age}: an adult, as the label requires.`
        : `Age ${f.age}: safety and efficacy under 18 years are not established; the label is for adults.`,
      ['spravato-us-label'],
    ),
  );
  const us = f.contraindications.filter((x) => US_ESKETAMINE_CONTRAINDICATIONS.includes(x));
  const eu = f.contraindications.filter((x) => !US_ESKETAMINE_CONTRAINDICATIONS.includes(x));
  if (us.length) {
    reasons.push(
      reason(
        false,
        'esketamine.contraindicated',
        `Contraindicated (US label): ${list(us.map((x) => CONTRAINDICATION_LABELS[x]))}.`,
        ['spravato-us-label'],
        'contraindications',
      ),
    );
  }
  if (eu.length) {
    reasons.push(
      reason(
        false,
        'esketamine.contraindicated-eu',
        `Contraindicated (EU SmPC): ${list(eu.map((x) => CONTRAINDICATION_LABELS[x]))}.`,
        ['spravato-eu-smpc'],
        'contraindications',
      ),
    );
  }
  if (!us.length && !eu.length) {
    reasons.push(
      reason(
        true,
        'esketamine.no-contraindication',
        'No listed contraindication (aneurysmal vascular disease, arteriovenous malformation, history of intracerebral haemorrhage, hypersensitivity to esketamine or ketamine).',
        ['spravato-us-label'],
      ),
    );
  }
  if (f.bipolar) {
    reasons.push(
      reason(
        false,
        'esketamine.diagnosis-uncertain',
        'Possible bipolar spectrum: the TRD indication is for major depressive disorder, so the diagnosis must be reassessed first (module reading).',
        ['spravato-us-label', 'berlim2007'],
      ),
    );
  }
  return { eligible: reasons.every((r) => r.met), reasons, monitoring: [...ESKETAMINE_MONITORING] };
}

const ROOT_FIELDS = ['age', 'episode', 'history', 'contraindications', 'treatments'] as const;
const EPISODE_FIELDS = ['durationMonths', 'scale', 'baselineScore'] as const;
const HISTORY_FIELDS = ['maniaOrHypomania'] as const;

export interface TrialsEligibility extends EsketamineEligibility {
  /** Each trial as the regulatory profile reads it (what assessCase(…, { profile: 'regulatory' }) gives). */
  treatments: TreatmentAssessment[];
}

/**
 * Esketamine eligibility for a case made of antidepressant trials only:
 * `{ age, episode: { durationMonths, scale, baselineScore }, history?: { maniaOrHypomania },
 * contraindications?, treatments: [antidepressant, …] }` — the fields of a PatientCase, with the
 * same defaults, paths and messages. Gives what esketamineEligibility gives for that case, plus each
 * trial's reading. Throws CaseInputError for bad input.
 */
export function esketamineEligibilityOfTrials(input: unknown): TrialsEligibility {
  const ck = new Checks();
  const root = ck.object(input, '', ROOT_FIELDS);
  if (!root) throw new CaseInputError(ck.issues);
  const age = ck.number(root, 'age', 'age', { int: true, min: 5, max: 110 });
  const ep = ck.object(own(root, 'episode'), 'episode', EPISODE_FIELDS);
  const scale = ep ? ck.oneOf(ep, 'scale', 'episode.scale', SCALE_IDS) : undefined;
  const months = ep ? ck.number(ep, 'durationMonths', 'episode.durationMonths', { min: 0 }) : undefined;
  const baseline = ep ? ck.score(ep, 'baselineScore', 'episode.baselineScore', scale) : undefined;
  const rawHistory = own(root, 'history');
  const history = rawHistory === undefined ? {} : ck.object(rawHistory, 'history', HISTORY_FIELDS);
  const mania = history ? ck.boolean(history, 'maniaOrHypomania', 'history.maniaOrHypomania', false) : false;
  const contraindications = ck.codes(root, 'contraindications', 'contraindications', CONTRAINDICATIONS);
  const given = own(root, 'treatments');
  const rawTrials: unknown = given === undefined ? [] : given;
  const trials: (AntidepressantTreatment | undefined)[] = [];
  if (Array.isArray(rawTrials)) {
    // An index loop: a sparse list's holes are entries too, as for the schema.
    for (let i = 0; i < rawTrials.length; i++)
      trials.push(checkAntidepressant(ck, rawTrials[i], `treatments.${i}`, scale, true));
    // As the case parser: the weeks of every antidepressant trial must fit in the episode.
    const weeks = rawTrials.reduce<number>((sum, t: unknown) => {
      const w = isObj(t) && own(t, 'kind') === 'antidepressant' ? own(t, 'weeks') : undefined;
      return typeof w === 'number' && w > 0 ? sum + w : sum;
    }, 0);
    const tooShort = typeof months === 'number' ? episodeLengthMessage(weeks, months) : undefined;
    if (tooShort) ck.add('episode.durationMonths', tooShort);
  } else ck.add('treatments', typeMessage('treatments', 'array', rawTrials));
  if (
    ck.issues.length > 0 ||
    age === undefined ||
    scale === undefined ||
    baseline === undefined ||
    mania === undefined ||
    contraindications === undefined
  )
    throw new CaseInputError(dedupe(ck.issues));

  const checked = trials.filter((t): t is AntidepressantTreatment => t !== undefined);
  const profile = profiles.regulatory;
  const { start, from } = resolveStartScores(checked, baseline);
  const treatments = checked.map((t, index) =>
    readAntidepressant(
      { ...t, startScore: start[index] ?? 0 },
      { profile, scale, startFrom: from[index] ?? 'baseline', index },
    ),
  );
  return {
    ...eligibilityFrom({
      trd: trdOf(treatments, profile),
      age,
      contraindications,
      bipolar: isBipolarSpectrum(mania, []),
    }),
    treatments,
  };
}
