// Drug table (plain data). Sources: clinical-rules §6b, §15d, §16.
//
// - Class, usual dose and the minimum adequate dose of each antidepressant are the rows of doses.ts
//   (the rules read those; see the sources and the module conventions there). This file adds the
//   starting doses and bracketed extremes of the same UpToDate table [V], the notes and the P-gp
//   data, and builds the full ANTIDEPRESSANTS table from those rows.
// - EVERY `minAdequate` value is a MODULE CONVENTION (doses.ts).
// - P-gp substrate status: clinical-rules §15d, mainly knockout-mouse and in-vitro data (human
//   translation is inconsistent). 'uncertain' where the reference found nothing or only memory.
import { ANTIDEPRESSANT_DOSES, DOSE_SOURCE, type DrugClass, type Range } from './doses.ts';
import type { AgentId, AntidepressantId } from './ids.ts';
import type { SourceRef } from './sources.ts';

export { DRUG_CLASSES, ANTIDEPRESSANT_DOSES, type DoseRow, type DrugClass, type Range } from './doses.ts';
export {
  AGENT_IDS,
  ANTIDEPRESSANT_IDS,
  isAgentId,
  isAntidepressantId,
  type AgentId,
  type AntidepressantId,
} from './ids.ts';

export interface Antidepressant {
  name: string;
  class: DrugClass;
  /** Usual starting dose, mg/day (a range where the source gives one). */
  start: Range;
  /** Usual total dose, mg/day. */
  usual: Range;
  /** The source's bracketed extremes, mg/day. */
  extreme?: Range;
  doseNote?: string;
  minAdequate: { mgPerDay: number; convention: true; note: string };
  source: SourceRef;
  classSource: SourceRef;
  pgpSubstrate: 'yes' | 'no' | 'uncertain';
  pgpSource?: SourceRef;
  pgpNote?: string;
  note?: string;
}

const CLASSES: SourceRef = {
  key: 'empendium-doses',
  where: 'McMaster Textbook antidepressant table (031_8844)',
};
const CONV =
  'module convention: the reference lists this minimum adequate dose "unverified, from memory" (label/trial practice, not an ATHF-SF threshold)';
const UHR: SourceRef = { key: 'uhr2003', where: 'abcb1ab knockout mice, brain/plasma ratios' };

function ad(
  id: AntidepressantId,
  start: Range,
  extreme: Range | undefined,
  pgp: Antidepressant['pgpSubstrate'],
  extra: Partial<Pick<Antidepressant, 'doseNote' | 'pgpSource' | 'pgpNote' | 'note'>> & {
    minNote?: string;
  } = {},
): Antidepressant {
  const { minNote, ...rest } = extra;
  const { min, ...dose } = ANTIDEPRESSANT_DOSES[id];
  return {
    name: dose.name,
    class: dose.class,
    start,
    usual: dose.usual,
    ...(extreme ? { extreme } : {}),
    minAdequate: { mgPerDay: min, convention: true, note: minNote ? `${CONV}; ${minNote}` : CONV },
    source: DOSE_SOURCE,
    classSource: CLASSES,
    pgpSubstrate: pgp,
    ...rest,
  };
}

export const ANTIDEPRESSANTS = {
  sertraline: /* @__PURE__ */ ad('sertraline', [50, 50], [25, 300], 'uncertain', {
    pgpNote: 'not found in the reference search',
  }),
  fluoxetine: /* @__PURE__ */ ad('fluoxetine', [20, 20], [10, 80], 'uncertain', {
    pgpNote:
      'knockout-mouse data suggest it is probably not a significant substrate (unverified, from memory)',
    note: 'very long half-life (norfluoxetine)',
  }),
  paroxetine: /* @__PURE__ */ ad('paroxetine', [20, 20], [10, 50], 'yes', {
    doseNote: 'CR: start 25, usual 25–50 mg/day',
    pgpSource: UHR,
  }),
  citalopram: /* @__PURE__ */ ad('citalopram', [20, 20], [10, 40], 'yes', {
    pgpSource: {
      key: 'uhr-grauer2003',
      where: 'abcb1ab knockout mice (contradicting an earlier negative report)',
    },
    note: 'QT caution at higher doses',
  }),
  escitalopram: /* @__PURE__ */ ad('escitalopram', [10, 10], [5, 30], 'yes', {
    pgpSource: { key: 'obrien2013', where: 'human P-gp in vitro; cyclosporin A and verapamil in rodents' },
  }),
  fluvoxamine: /* @__PURE__ */ ad('fluvoxamine', [50, 50], [25, 300], 'uncertain', {
    doseNote: 'CR start 100 mg/day',
    pgpNote: 'not found in the reference search',
    note: 'not FDA-labelled for MDD (unverified, from memory)',
  }),
  venlafaxine: /* @__PURE__ */ ad('venlafaxine', [37.5, 75], [75, 375], 'yes', {
    minNote: 'some TRD definitions use 150 mg/day or more',
    pgpSource: UHR,
  }),
  desvenlafaxine: /* @__PURE__ */ ad('desvenlafaxine', [25, 50], [50, 400], 'uncertain', {
    pgpNote: 'not found in the reference search',
  }),
  duloxetine: /* @__PURE__ */ ad('duloxetine', [30, 60], [30, 120], 'uncertain', {
    pgpNote: 'not found in the reference search',
  }),
  levomilnacipran: /* @__PURE__ */ ad('levomilnacipran', [20, 20], [20, 120], 'uncertain', {
    pgpNote: 'not found in the reference search',
  }),
  bupropion: /* @__PURE__ */ ad('bupropion', [150, 150], undefined, 'uncertain', {
    doseNote: 'IR start 200, SR 150; XL 150–450 mg/day (US), 150–300 mg/day (Europe)',
    pgpNote: 'not found in the reference search',
  }),
  mirtazapine: /* @__PURE__ */ ad('mirtazapine', [15, 15], [7.5, 60], 'no', {
    minNote: 'some use 30 mg/day',
    pgpSource: {
      key: 'uhr2003',
      where: 'brain distribution indistinguishable between knockout and wild-type mice',
    },
  }),
  vortioxetine: /* @__PURE__ */ ad('vortioxetine', [10, 10], [5, 20], 'uncertain', {
    pgpNote: 'not found in the reference search',
  }),
  vilazodone: /* @__PURE__ */ ad('vilazodone', [10, 10], [10, 40], 'uncertain', {
    pgpNote: 'not found in the reference search',
  }),
  trazodone: /* @__PURE__ */ ad('trazodone', [100, 100], [100, 600], 'uncertain', {
    minNote: 'label start dose; low-dose hypnotic use is not an antidepressant trial',
    pgpNote: 'not found in the reference search',
  }),
  nortriptyline: /* @__PURE__ */ ad('nortriptyline', [25, 25], [10, 200], 'uncertain', {
    minNote: 'or a therapeutic plasma level (not an input here)',
    pgpSource: { key: 'uhr2000', where: 'mouse data' },
    pgpNote:
      'the reference lists amitriptyline/nortriptyline as substrates from memory (Uhr 2000), unverified',
  }),
  amitriptyline: /* @__PURE__ */ ad('amitriptyline', [25, 25], [10, 300], 'uncertain', {
    pgpSource: { key: 'uhr2000', where: 'mdr1a knockout mice' },
    pgpNote: 'the reference lists it as a substrate from memory (Uhr 2000), unverified',
  }),
  imipramine: /* @__PURE__ */ ad('imipramine', [25, 25], [10, 300], 'uncertain', {
    pgpNote: 'not found in the reference search',
  }),
  clomipramine: /* @__PURE__ */ ad('clomipramine', [25, 25], [25, 300], 'uncertain', {
    pgpNote: 'not found in the reference search',
    note: 'US label is OCD only (unverified, from memory)',
  }),
  phenelzine: /* @__PURE__ */ ad('phenelzine', [15, 15], [7.5, 90], 'uncertain', {
    minNote: 'many TRD definitions use 60 mg/day',
    pgpNote: 'not found in the reference search',
  }),
  tranylcypromine: /* @__PURE__ */ ad('tranylcypromine', [10, 10], [10, 60], 'uncertain', {
    pgpNote: 'not found in the reference search',
  }),
  'selegiline-transdermal': /* @__PURE__ */ ad('selegiline-transdermal', [6, 6], undefined, 'uncertain', {
    doseNote: 'patch: enter mg/24 h as mg/day',
    pgpNote: 'not found in the reference search',
  }),
} as const satisfies Record<AntidepressantId, Antidepressant>;

export const AGENT_CLASSES = [
  'mood-stabilizer',
  'thyroid-hormone',
  'second-generation-antipsychotic',
  'NDRI',
  'NaSSA',
] as const;
export type AgentClass = (typeof AGENT_CLASSES)[number];

export interface AugmentationAgent {
  name: string;
  class: AgentClass;
  /** What the reference says about its role (clinical-rules §16). */
  note: string;
  sources: SourceRef[];
}

/**
 * Agents added to an antidepressant trial (kind augmentation or combination). Bupropion and
 * mirtazapine are antidepressants in their own right; added to another antidepressant they are a
 * combination strategy. Typical adjunct doses in §16a are "unverified, from memory" and are not encoded.
 */
export const AUGMENTATION_AGENTS = {
  lithium: {
    name: 'lithium',
    class: 'mood-stabilizer',
    note: 'STAR*D level 3: up to 900 mg/day; continuation after response cut relapse (47% placebo vs 0% lithium)',
    sources: [{ key: 'nierenberg2006' }, { key: 'bauer2000' }],
  },
  liothyronine: {
    name: 'liothyronine (T3)',
    class: 'thyroid-hormone',
    note: 'STAR*D level 3: up to 50 µg/day (enter 0.05 mg/day)',
    sources: [{ key: 'nierenberg2006' }],
  },
  aripiprazole: {
    name: 'aripiprazole',
    class: 'second-generation-antipsychotic',
    note: 'US-approved adjunct to antidepressants in MDD [S]',
    sources: [],
  },
  brexpiprazole: {
    name: 'brexpiprazole',
    class: 'second-generation-antipsychotic',
    note: 'US-approved adjunct to antidepressants in MDD [S]',
    sources: [],
  },
  quetiapine: {
    name: 'quetiapine (XR)',
    class: 'second-generation-antipsychotic',
    note: 'US-approved adjunct in MDD [S]',
    sources: [],
  },
  cariprazine: {
    name: 'cariprazine',
    class: 'second-generation-antipsychotic',
    note: 'US-approved adjunct to antidepressants in MDD, December 2022',
    sources: [],
  },
  olanzapine: {
    name: 'olanzapine',
    class: 'second-generation-antipsychotic',
    note: 'as the olanzapine–fluoxetine combination (OFC), the first US medication approved for TRD [S]',
    sources: [{ key: 'brunner2014' }],
  },
  bupropion: {
    name: 'bupropion',
    class: 'NDRI',
    note: 'an antidepressant; added to another antidepressant it is a combination strategy',
    sources: [{ key: 'uptodate-doses' }],
  },
  mirtazapine: {
    name: 'mirtazapine',
    class: 'NaSSA',
    note: 'an antidepressant; added to another antidepressant it is a combination strategy',
    sources: [{ key: 'uptodate-doses' }],
  },
} as const satisfies Record<AgentId, AugmentationAgent>;
