// Criteria profiles: every threshold the rules read, as data. A new profile is a new entry here
// (spread an existing one and change numbers); no rule code changes. Any change to a value here
// bumps RULESET_VERSION (version.ts) with a CHANGELOG line naming the source.
import type { ScaleId } from './scales.ts';
import type { SourceKey, SourceRef } from './sources.ts';

export interface CriteriaProfile {
  id: string;
  label: string;
  description: string;
  /** Remission: end score ≤ this value, per scale. */
  remission: Record<ScaleId, { atMost: number; source: SourceRef }>;
  /** Response: reduction ≥ this percentage. */
  responsePercent: number;
  /**
   * Partial response: reduction ≥ this percentage (and below responsePercent); below it is
   * non-response. Desseilles 2011: non-response < 25 %, partial 25–49 %, so exactly 25.0 % is
   * partial. (The MGH-ATRQ screening rule "≤ 25 % = non-response" disagrees at exactly 25 %;
   * clinical-rules §7a and disagreement 1.)
   */
  partialPercent: number;
  /** Adequate antidepressant trial: weeks at or above the minimum adequate dose. */
  trialWeeks: number;
  /** Adequate trial: adherence ≥ this percentage. Module convention (seed 003; no threshold retrieved). */
  adherencePercent: number;
  /** Adequate ECT course: at least this many sessions. Module convention (see ectSource). */
  ectMinSessions: number;
  /** TRD: at least this many failed adequate antidepressant trials in the current episode. */
  trdMinFailures: number;
  /**
   * true: the failed trials must span ≥ trdMinFailures distinct drug classes.
   * false: they must be ≥ trdMinFailures different antidepressants, any class.
   */
  trdRequiresDistinctClasses: boolean;
  /** European CRD reading: ≥ this many failed treatments (antidepressant trials + failed augmentations)… */
  crdMinFailedTreatments: number;
  /** …including ≥ 1 failed augmentation/combination when true… */
  crdRequiresAugmentation: boolean;
  /** …in an episode of ≥ this many months. */
  crdMinEpisodeMonths: number;
  /** Persistent depressive disorder duration criterion (DSM-5-TR): months, adults / under 18. */
  pddMonths: { adult: number; youth: number; youthBelowAge: number };
  /** hs-CRP above this (mg/L) with TRD suggests an anti-inflammatory trial (investigational). */
  hsCrpAboveMgPerL: number;
  /** Sources per rule group, shown with the profile. */
  sources: {
    adequacy: SourceKey[];
    outcome: SourceKey[];
    trd: SourceKey[];
    ect: SourceKey[];
    pdd: SourceKey[];
    inflammation: SourceKey[];
  };
}

const standard: CriteriaProfile = {
  id: 'standard',
  label: 'Standard (module default)',
  description:
    'Adequate trial = minimum adequate dose for ≥ 6 weeks with ≥ 80 % adherence; TRD = ≥ 2 failed adequate trials from ≥ 2 distinct classes; non-response < 25 %, partial 25–49 % (Desseilles 2011).',
  remission: {
    HAMD17: { atMost: 7, source: { key: 'rush2006', where: 'STAR*D: HRSD17 ≤ 7 ≈ QIDS-SR16 ≤ 5' } },
    MADRS: { atMost: 10, source: { key: 'goodwin2022', where: 'remission MADRS ≤ 10 at week 3' } },
    QIDSSR16: { atMost: 5, source: { key: 'rush2006', where: 'STAR*D remission QIDS-SR16 ≤ 5' } },
    PHQ9: {
      atMost: 4,
      source: {
        key: 'kroenke2001',
        where: 'severity band 0–4 "minimal" (the remission label is convention)',
      },
    },
  },
  responsePercent: 50,
  partialPercent: 25,
  trialWeeks: 6,
  adherencePercent: 80,
  ectMinSessions: 10,
  trdMinFailures: 2,
  trdRequiresDistinctClasses: true,
  crdMinFailedTreatments: 6,
  crdRequiresAugmentation: true,
  crdMinEpisodeMonths: 12,
  pddMonths: { adult: 24, youth: 12, youthBelowAge: 18 },
  hsCrpAboveMgPerL: 5,
  sources: {
    adequacy: ['hagg2020', 'chandler2010', 'fava2003', 'uptodate-doses', 'sackeim2019'],
    outcome: ['desseilles2011', 'rush2006', 'goodwin2022', 'kroenke2001', 'anand2023'],
    trd: ['thase1997', 'souery1999', 'trdconsensus2021', 'sforzini2022'],
    ect: ['husain2004'],
    pdd: ['apa2022'],
    inflammation: ['raison2013', 'osimo2019'],
  },
};

const regulatory: CriteriaProfile = /* @__PURE__ */ (() => ({
  ...standard,
  id: 'regulatory',
  label: 'Regulatory (esketamine / EMA wording)',
  description:
    'As standard, except TRD = ≥ 2 failed adequate trials of different antidepressants of any class (esketamine labels, EMA wording) and MADRS remission ≤ 12 (esketamine programme).',
  remission: {
    ...standard.remission,
    MADRS: {
      atMost: 12,
      source: { key: 'popova2019', where: 'esketamine programme (TRANSFORM): remission MADRS ≤ 12' },
    },
  },
  trdRequiresDistinctClasses: false,
  sources: {
    ...standard.sources,
    outcome: [...standard.sources.outcome, 'popova2019', 'daly2019'],
    trd: ['spravato-eu-smpc', 'spravato-us-label', 'ema2013'],
  },
}))();

export const profiles = { standard, regulatory } as const satisfies Record<string, CriteriaProfile>;
export type ProfileId = keyof typeof profiles;
export const PROFILE_IDS = /* @__PURE__ */ Object.keys(profiles) as [ProfileId, ...ProfileId[]];
