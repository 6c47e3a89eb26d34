// TRD and pseudo-resistance rules that read the per-treatment results (contract: "TRD",
// "Pseudo-resistance"). Light: assessCase and the esketamine check both call these.
import type { PseudoFlag } from './codes.ts';
import { finding, type Finding } from './findings.ts';
import type { CriteriaProfile } from './profiles.ts';
import type { TreatmentAssessment } from './trials.ts';

export interface TrdResult {
  meets: boolean;
  failedAdequateTrials: number;
  distinctClasses: number;
  /** Different antidepressants among the failed trials (the regulatory reading). */
  distinctDrugs: number;
}

/**
 * TRD (contract): at least `trdMinFailures` failed adequate antidepressant trials in the episode,
 * from as many distinct classes (standard) or different antidepressants of any class (regulatory).
 */
export function trdOf(results: readonly TreatmentAssessment[], profile: CriteriaProfile): TrdResult {
  const failed = results.filter((r) => r.kind === 'antidepressant' && r.failed);
  const classes = new Set(failed.map((r) => r.drugClass)).size;
  const drugs = new Set(failed.map((r) => r.drug)).size;
  return {
    meets:
      failed.length >= profile.trdMinFailures &&
      (profile.trdRequiresDistinctClasses ? classes : drugs) >= profile.trdMinFailures,
    failedAdequateTrials: failed.length,
    distinctClasses: classes,
    distinctDrugs: drugs,
  };
}

/** Bipolar spectrum (pseudo-resistance): a lifetime manic/hypomanic episode or emergent (hypo)mania. */
export const isBipolarSpectrum = (mania: boolean, emergent: readonly string[]): boolean =>
  mania || emergent.length > 0;

/**
 * Pseudo-resistance from one trial: each reason an antidepressant trial was inadequate (contract).
 * Module reading: a trial that ended in response or remission is left out — pseudo-resistance is an
 * *apparent lack of response* with a remediable cause (seed 003), and there was no lack of response.
 */
export function trialPseudoResistance(r: TreatmentAssessment): { flags: PseudoFlag[]; findings: Finding[] } {
  const flags: PseudoFlag[] = [];
  const findings: Finding[] = [];
  if (r.kind !== 'antidepressant') return { flags, findings };
  const about = `treatments.${r.index}`;
  if (r.inadequateBecause.length > 0 && (r.outcome === 'response' || r.outcome === 'remission')) {
    findings.push(
      finding(
        'pseudo-resistance',
        'pseudo.not-applicable-responded',
        `Treatment ${r.index + 1} (${r.label}) was not an adequate trial (${r.inadequateBecause.join(', ')}), but it ended in ${r.outcome}: that is not pseudo-resistance, which means an apparent lack of response.`,
        ['berlim2007'],
        { about },
      ),
    );
    return { flags, findings };
  }
  for (const why of r.inadequateBecause) {
    const flag: PseudoFlag = why === 'intolerance' ? 'intolerance' : `inadequate-${why}`;
    flags.push(flag);
    findings.push(
      finding(
        'pseudo-resistance',
        `pseudo.${flag}`,
        `Pseudo-resistance (${flag.replace('-', ' ')}): treatment ${r.index + 1} (${r.label}) was ${why === 'intolerance' ? 'stopped for intolerance' : `inadequate in ${why}`}, so it cannot count as a failed trial.`,
        ['berlim2007', 'sackeim2001'],
        { about },
      ),
    );
  }
  return { flags, findings };
}
