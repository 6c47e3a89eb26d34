// The rules' part of the drug table: class, usual doses and the minimum adequate dose of every
// antidepressant (clinical-rules §6b). Light, so the islands that apply the adequacy rule ship
// only these rows; notes and P-gp data live in drugs.ts, which builds the full ANTIDEPRESSANTS
// table from these rows (one source for every number).
//
// - "start" and "usual" doses are [V] from UpToDate, "Unipolar depression in adults:
//   Antidepressant doses" (key uptodate-doses); the bracketed ranges there are kept as `extreme`.
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
  /** Usual starting dose, mg/day (a range where the source gives one). */
  start: Range;
  /** Usual total dose, mg/day. */
  usual: Range;
  /** The source's bracketed extremes, mg/day. */
  extreme?: Range;
  /** Minimum adequate dose, mg/day — a module convention (see above). */
  min: number;
}

export const DOSE_SOURCE: SourceRef = {
  key: 'uptodate-doses',
  where: 'table "Unipolar depression in adults: Antidepressant doses"',
};

const row = (
  name: string,
  cls: DrugClass,
  start: Range,
  usual: Range,
  extreme: Range | undefined,
  min: number,
): DoseRow =>
  extreme ? { name, class: cls, start, usual, extreme, min } : { name, class: cls, start, usual, min };

export const ANTIDEPRESSANT_DOSES = {
  sertraline: /* @__PURE__ */ row('sertraline', 'SSRI', [50, 50], [50, 200], [25, 300], 50),
  fluoxetine: /* @__PURE__ */ row('fluoxetine', 'SSRI', [20, 20], [20, 60], [10, 80], 20),
  paroxetine: /* @__PURE__ */ row('paroxetine', 'SSRI', [20, 20], [20, 40], [10, 50], 20),
  citalopram: /* @__PURE__ */ row('citalopram', 'SSRI', [20, 20], [20, 40], [10, 40], 20),
  escitalopram: /* @__PURE__ */ row('escitalopram', 'SSRI', [10, 10], [10, 20], [5, 30], 10),
  fluvoxamine: /* @__PURE__ */ row('fluvoxamine', 'SSRI', [50, 50], [50, 200], [25, 300], 100),
  venlafaxine: /* @__PURE__ */ row('venlafaxine', 'SNRI', [37.5, 75], [75, 225], [75, 375], 75),
  desvenlafaxine: /* @__PURE__ */ row('desvenlafaxine', 'SNRI', [25, 50], [50, 100], [50, 400], 50),
  duloxetine: /* @__PURE__ */ row('duloxetine', 'SNRI', [30, 60], [60, 60], [30, 120], 60),
  levomilnacipran: /* @__PURE__ */ row('levomilnacipran', 'SNRI', [20, 20], [40, 80], [20, 120], 40),
  bupropion: /* @__PURE__ */ row('bupropion', 'NDRI', [150, 150], [300, 300], undefined, 300),
  mirtazapine: /* @__PURE__ */ row('mirtazapine', 'NaSSA', [15, 15], [15, 45], [7.5, 60], 15),
  vortioxetine: /* @__PURE__ */ row('vortioxetine', 'serotonin-modulator', [10, 10], [20, 20], [5, 20], 10),
  vilazodone: /* @__PURE__ */ row('vilazodone', 'serotonin-modulator', [10, 10], [40, 40], [10, 40], 20),
  trazodone: /* @__PURE__ */ row('trazodone', 'serotonin-modulator', [100, 100], [200, 400], [100, 600], 150),
  nortriptyline: /* @__PURE__ */ row('nortriptyline', 'TCA', [25, 25], [50, 150], [10, 200], 75),
  amitriptyline: /* @__PURE__ */ row('amitriptyline', 'TCA', [25, 25], [150, 300], [10, 300], 150),
  imipramine: /* @__PURE__ */ row('imipramine', 'TCA', [25, 25], [150, 300], [10, 300], 150),
  clomipramine: /* @__PURE__ */ row('clomipramine', 'TCA', [25, 25], [100, 250], [25, 300], 150),
  phenelzine: /* @__PURE__ */ row('phenelzine', 'MAOI', [15, 15], [15, 90], [7.5, 90], 45),
  tranylcypromine: /* @__PURE__ */ row('tranylcypromine', 'MAOI', [10, 10], [30, 60], [10, 60], 30),
  'selegiline-transdermal': /* @__PURE__ */ row(
    'selegiline (transdermal)',
    'MAOI',
    [6, 6],
    [6, 12],
    undefined,
    6,
  ),
} as const satisfies Record<AntidepressantId, DoseRow>;
