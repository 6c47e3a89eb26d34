// Esketamine (Spravato) eligibility and monitoring, clinical-rules §8.
// Eligibility = TRD under the regulatory reading (≥ 2 failed adequate trials of different
// antidepressants in the current episode), adult (≥ 18), no listed contraindication, and no
// bipolar-spectrum flag (module reading: the label's TRD indication is for major depressive disorder).
import { assessNormalised, type Assessment } from './assess.ts';
import { CONTRAINDICATION_LABELS, US_ESKETAMINE_CONTRAINDICATIONS } from './codes.ts';
import { finding, type Finding } from './findings.ts';
import { normaliseCase, type NormalisedCase } from './parse.ts';
import { profiles } from './profiles.ts';
import { list } from './text.ts';

export interface EsketamineEligibility {
  eligible: boolean;
  reasons: Finding[];
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

function rule(code: string, text: string, sources: Finding['sources'], about?: string): Finding {
  return finding('esketamine-eligibility', code, text, sources, { about });
}

/** Eligibility from an already-normalised case (used by grading to avoid re-parsing). */
export function eligibilityFromNormalised(n: NormalisedCase, regulatory?: Assessment): EsketamineEligibility {
  const a = regulatory ?? assessNormalised(n, profiles.regulatory);
  const c = n.patientCase;
  const reasons: Finding[] = [];
  const trd = a.trd.meets;
  reasons.push(
    rule(
      trd ? 'esketamine.trd-met' : 'esketamine.trd-not-met',
      `${trd ? 'TRD by the label reading' : 'No TRD by the label reading'}: ${a.trd.failedAdequateTrials} failed adequate trial${a.trd.failedAdequateTrials === 1 ? '' : 's'} of ${a.trd.distinctDrugs} different antidepressant${a.trd.distinctDrugs === 1 ? '' : 's'} in the current episode; the indication needs at least 2 different antidepressants of adequate dose and duration.`,
      ['spravato-us-label', 'spravato-eu-smpc'],
    ),
  );
  const adult = c.age >= 18;
  reasons.push(
    rule(
      adult ? 'esketamine.adult' : 'esketamine.under-18',
      adult
        ? `Age ${c.age}: an adult, as the label requires.`
        : `Age ${c.age}: safety and efficacy under 18 years are not established; the label is for adults.`,
      ['spravato-us-label'],
    ),
  );
  const us = c.contraindications.filter((x) => US_ESKETAMINE_CONTRAINDICATIONS.includes(x));
  const eu = c.contraindications.filter((x) => !US_ESKETAMINE_CONTRAINDICATIONS.includes(x));
  if (us.length) {
    reasons.push(
      rule(
        'esketamine.contraindicated',
        `Contraindicated (US label): ${list(us.map((x) => CONTRAINDICATION_LABELS[x]))}.`,
        ['spravato-us-label'],
        'contraindications',
      ),
    );
  }
  if (eu.length) {
    reasons.push(
      rule(
        'esketamine.contraindicated-eu',
        `Contraindicated (EU SmPC): ${list(eu.map((x) => CONTRAINDICATION_LABELS[x]))}.`,
        ['spravato-eu-smpc'],
        'contraindications',
      ),
    );
  }
  if (!us.length && !eu.length) {
    reasons.push(
      rule(
        'esketamine.no-contraindication',
        'No listed contraindication (aneurysmal vascular disease, arteriovenous malformation, history of intracerebral haemorrhage, hypersensitivity to esketamine or ketamine).',
        ['spravato-us-label'],
      ),
    );
  }
  const bipolar = a.pseudoResistance.includes('bipolar-spectrum');
  if (bipolar) {
    reasons.push(
      rule(
        'esketamine.diagnosis-uncertain',
        'Possible bipolar spectrum: the TRD indication is for major depressive disorder, so the diagnosis must be reassessed first (module reading).',
        ['spravato-us-label', 'berlim2007'],
      ),
    );
  }
  const eligible = trd && adult && us.length === 0 && eu.length === 0 && !bipolar;
  return { eligible, reasons, monitoring: [...ESKETAMINE_MONITORING] };
}

/** Is the patient eligible for esketamine nasal spray under the label? Throws CaseInputError for bad input. */
export function esketamineEligibility(caseInput: unknown): EsketamineEligibility {
  return eligibilityFromNormalised(normaliseCase(caseInput));
}
