// Esketamine (Spravato) eligibility of a whole case: the rule (eligibility.ts) applied to
// assessCase's regulatory-profile reading of the case.
import { assessNormalised, type Assessment } from './assess.ts';
import { eligibilityFrom, type EsketamineEligibility } from './eligibility.ts';
import { normaliseCase, type NormalisedCase } from './parse.ts';
import { profiles } from './profiles.ts';

export {
  ESKETAMINE_MONITORING,
  eligibilityFrom,
  esketamineEligibilityOfTrials,
  type EligibilityFacts,
  type EligibilityReason,
  type EsketamineEligibility,
  type TrialsEligibility,
} from './eligibility.ts';

/** Eligibility from an already-normalised case (used by grading to avoid re-parsing). */
export function eligibilityFromNormalised(n: NormalisedCase, regulatory?: Assessment): EsketamineEligibility {
  const a = regulatory ?? assessNormalised(n, profiles.regulatory);
  return eligibilityFrom({
    trd: a.trd,
    age: n.patientCase.age,
    contraindications: n.patientCase.contraindications,
    bipolar: a.pseudoResistance.includes('bipolar-spectrum'),
  });
}

/** Is the patient eligible for esketamine nasal spray under the label? Throws CaseInputError for bad input. */
export function esketamineEligibility(caseInput: unknown): EsketamineEligibility {
  return eligibilityFromNormalised(normaliseCase(caseInput));
}
