// TRD and the bipolar-spectrum flag, read from the per-treatment results (contract: "TRD",
// "Pseudo-resistance"). Light: assessCase and the esketamine check both call these.
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
