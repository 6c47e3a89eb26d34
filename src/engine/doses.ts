// The rules' part of the drug table: class, usual doses and the minimum adequate dose of every
// antidepressant (clinical-rules §6b). Light, so the islands that apply the adequacy rule ship
// only these rows; notes and P-gp data live in drugs.ts, which builds the full ANTIDEPRESSANTS
// table from these rows (one source for every number).
//
// - "usual" doses are [V] from UpToDate, "Unipolar depression in adults: Antidepressant doses"
//   (key uptodate-doses); the starting doses and bracketed extremes of that table are in drugs.ts.
// - Class labels follow UpToDate and the McMaster Textbook/empendium table (empendium-doses).
//   Mirtazapine: the sources call it "atypical" (UpToDate) or "NaSSA" (empendium); pharmacologically
//   it is a tetracyclic NaSSA. The module files it as NaSSA (its own class, distinct from TCAs), so a
//   failed mirtazapine trial is never read as the TCA trial of Thase–Rush stage III.
// - EVERY `min` value is a MODULE CONVENTION: the reference marks the whole "typical minimum
//   adequate dose" column "(unverified, from memory)" (usual label or trial practice, not ATHF-SF
//   thresholds). Replace with ATHF-SF2 checklist values (sackeim2024) when obtained, bump
//   RULESET_VERSION and add a CHANGELOG line.
import type { AntidepressantId } from './ids.ts';
import type { SourceRef } from './sources.ts';

export const DRUG_CLASSES = ['SSRI', 'SNRI', 'TCA', 'MAOI', 'NDRI', 'NaSSA', 'serotonin-modulator'] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

export type Range = readonly [number, number];

export interface DoseRow {
  name: string;
  class: DrugClass;
  /** Usual total dose, mg/day. */
  usual: Range;
  /** Minimum adequate dose, mg/day — a module convention (see above). */
  min: number;
}

export const DOSE_SOURCE: SourceRef = {
  key: 'uptodate-doses',
  where: 'table "Unipolar depression in adults: Antidepressant doses"',
};

export const ANTIDEPRESSANT_DOSES = {
  sertraline: { name: 'sertraline', class: 'SSRI', usual: [50, 200], min: 50 },
  fluoxetine: { name: 'fluoxetine', class: 'SSRI', usual: [20, 60], min: 20 },
  paroxetine: { name: 'paroxetine', class: 'SSRI', usual: [20, 40], min: 20 },
  citalopram: { name: 'citalopram', class: 'SSRI', usual: [20, 40], min: 20 },
  escitalopram: { name: 'escitalopram', class: 'SSRI', usual: [10, 20], min: 10 },
  fluvoxamine: { name: 'fluvoxamine', class: 'SSRI', usual: [50, 200], min: 100 },
  venlafaxine: { name: 'venlafaxine', class: 'SNRI', usual: [75, 225], min: 75 },
  desvenlafaxine: { name: 'desvenlafaxine', class: 'SNRI', usual: [50, 100], min: 50 },
  duloxetine: { name: 'duloxetine', class: 'SNRI', usual: [60, 60], min: 60 },
  levomilnacipran: { name: 'levomilnacipran', class: 'SNRI', usual: [40, 80], min: 40 },
  bupropion: { name: 'bupropion', class: 'NDRI', usual: [300, 300], min: 300 },
  mirtazapine: { name: 'mirtazapine', class: 'NaSSA', usual: [15, 45], min: 15 },
  vortioxetine: { name: 'vortioxetine', class: 'serotonin-modulator', usual: [20, 20], min: 10 },
  vilazodone: { name: 'vilazodone', class: 'serotonin-modulator', usual: [40, 40], min: 20 },
  trazodone: { name: 'trazodone', class: 'serotonin-modulator', usual: [200, 400], min: 150 },
  nortriptyline: { name: 'nortriptyline', class: 'TCA', usual: [50, 150], min: 75 },
  amitriptyline: { name: 'amitriptyline', class: 'TCA', usual: [150, 300], min: 150 },
  imipramine: { name: 'imipramine', class: 'TCA', usual: [150, 300], min: 150 },
  clomipramine: { name: 'clomipramine', class: 'TCA', usual: [100, 250], min: 150 },
  phenelzine: { name: 'phenelzine', class: 'MAOI', usual: [15, 90], min: 45 },
  tranylcypromine: { name: 'tranylcypromine', class: 'MAOI', usual: [30, 60], min: 30 },
  'selegiline-transdermal': { name: 'selegiline (transdermal)', class: 'MAOI', usual: [6, 12], min: 6 },
} as const satisfies Record<AntidepressantId, DoseRow>;
