// Drug table (plain data). Source: clinical-rules §6b, §15d, §16.
//
// - "start" and "usual" doses are [V] from UpToDate, "Unipolar depression in adults:
//   Antidepressant doses" (key uptodate-doses). Ranges in brackets there are kept as `extreme`.
// - Class labels follow UpToDate and the McMaster Textbook/empendium table (empendium-doses).
//   Mirtazapine: the sources call it "atypical" (UpToDate) or "NaSSA" (empendium); pharmacologically
//   it is a tetracyclic NaSSA. The module files it as NaSSA (its own class, distinct from TCAs), so a
//   failed mirtazapine trial is never read as the TCA trial of Thase–Rush stage III.
// - EVERY `minAdequate` value is a MODULE CONVENTION: the reference marks the whole "typical minimum
//   adequate dose" column "(unverified, from memory)" (usual label or trial practice, not ATHF-SF
//   thresholds). Replace with ATHF-SF2 checklist values (sackeim2024) when obtained, bump
//   RULESET_VERSION and add a CHANGELOG line.
// - P-gp substrate status: clinical-rules §15d, mainly knockout-mouse and in-vitro data (human
//   translation is inconsistent). 'uncertain' where the reference found nothing or only memory.
import type { SourceRef } from './sources.ts';

export const DRUG_CLASSES = ['SSRI', 'SNRI', 'TCA', 'MAOI', 'NDRI', 'NaSSA', 'serotonin-modulator'] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

export type Range = readonly [number, number];

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

const DOSES: SourceRef = {
  key: 'uptodate-doses',
  where: 'table "Unipolar depression in adults: Antidepressant doses"',
};
const CLASSES: SourceRef = {
  key: 'empendium-doses',
  where: 'McMaster Textbook antidepressant table (031_8844)',
};
const CONV =
  'module convention: the reference lists this minimum adequate dose "unverified, from memory" (label/trial practice, not an ATHF-SF threshold)';
const UHR: SourceRef = { key: 'uhr2003', where: 'abcb1ab knockout mice, brain/plasma ratios' };

function ad(
  name: string,
  cls: DrugClass,
  start: Range,
  usual: Range,
  extreme: Range | undefined,
  min: number,
  pgp: Antidepressant['pgpSubstrate'],
  extra: Partial<Pick<Antidepressant, 'doseNote' | 'pgpSource' | 'pgpNote' | 'note'>> & {
    minNote?: string;
  } = {},
): Antidepressant {
  const { minNote, ...rest } = extra;
  return {
    name,
    class: cls,
    start,
    usual,
    ...(extreme ? { extreme } : {}),
    minAdequate: { mgPerDay: min, convention: true, note: minNote ? `${CONV}; ${minNote}` : CONV },
    source: DOSES,
    classSource: CLASSES,
    pgpSubstrate: pgp,
    ...rest,
  };
}

export const ANTIDEPRESSANTS = {
  sertraline: /* @__PURE__ */ ad('sertraline', 'SSRI', [50, 50], [50, 200], [25, 300], 50, 'uncertain', {
    pgpNote: 'not found in the reference search',
  }),
  fluoxetine: /* @__PURE__ */ ad('fluoxetine', 'SSRI', [20, 20], [20, 60], [10, 80], 20, 'uncertain', {
    pgpNote:
      'knockout-mouse data suggest it is probably not a significant substrate (unverified, from memory)',
    note: 'very long half-life (norfluoxetine)',
  }),
  paroxetine: /* @__PURE__ */ ad('paroxetine', 'SSRI', [20, 20], [20, 40], [10, 50], 20, 'yes', {
    doseNote: 'CR: start 25, usual 25–50 mg/day',
    pgpSource: UHR,
  }),
  citalopram: /* @__PURE__ */ ad('citalopram', 'SSRI', [20, 20], [20, 40], [10, 40], 20, 'yes', {
    pgpSource: {
      key: 'uhr-grauer2003',
      where: 'abcb1ab knockout mice (contradicting an earlier negative report)',
    },
    note: 'QT caution at higher doses',
  }),
  escitalopram: /* @__PURE__ */ ad('escitalopram', 'SSRI', [10, 10], [10, 20], [5, 30], 10, 'yes', {
    pgpSource: { key: 'obrien2013', where: 'human P-gp in vitro; cyclosporin A and verapamil in rodents' },
  }),
  fluvoxamine: /* @__PURE__ */ ad('fluvoxamine', 'SSRI', [50, 50], [50, 200], [25, 300], 100, 'uncertain', {
    doseNote: 'CR start 100 mg/day',
    pgpNote: 'not found in the reference search',
    note: 'not FDA-labelled for MDD (unverified, from memory)',
  }),
  venlafaxine: /* @__PURE__ */ ad('venlafaxine', 'SNRI', [37.5, 75], [75, 225], [75, 375], 75, 'yes', {
    minNote: 'some TRD definitions use 150 mg/day or more',
    pgpSource: UHR,
  }),
  desvenlafaxine: /* @__PURE__ */ ad(
    'desvenlafaxine',
    'SNRI',
    [25, 50],
    [50, 100],
    [50, 400],
    50,
    'uncertain',
    {
      pgpNote: 'not found in the reference search',
    },
  ),
  duloxetine: /* @__PURE__ */ ad('duloxetine', 'SNRI', [30, 60], [60, 60], [30, 120], 60, 'uncertain', {
    pgpNote: 'not found in the reference search',
  }),
  levomilnacipran: /* @__PURE__ */ ad(
    'levomilnacipran',
    'SNRI',
    [20, 20],
    [40, 80],
    [20, 120],
    40,
    'uncertain',
    {
      pgpNote: 'not found in the reference search',
    },
  ),
  bupropion: /* @__PURE__ */ ad('bupropion', 'NDRI', [150, 150], [300, 300], undefined, 300, 'uncertain', {
    doseNote: 'IR start 200, SR 150; XL 150–450 mg/day (US), 150–300 mg/day (Europe)',
    pgpNote: 'not found in the reference search',
  }),
  mirtazapine: /* @__PURE__ */ ad('mirtazapine', 'NaSSA', [15, 15], [15, 45], [7.5, 60], 15, 'no', {
    minNote: 'some use 30 mg/day',
    pgpSource: {
      key: 'uhr2003',
      where: 'brain distribution indistinguishable between knockout and wild-type mice',
    },
  }),
  vortioxetine: /* @__PURE__ */ ad(
    'vortioxetine',
    'serotonin-modulator',
    [10, 10],
    [20, 20],
    [5, 20],
    10,
    'uncertain',
    {
      pgpNote: 'not found in the reference search',
    },
  ),
  vilazodone: /* @__PURE__ */ ad(
    'vilazodone',
    'serotonin-modulator',
    [10, 10],
    [40, 40],
    [10, 40],
    20,
    'uncertain',
    {
      pgpNote: 'not found in the reference search',
    },
  ),
  trazodone: /* @__PURE__ */ ad(
    'trazodone',
    'serotonin-modulator',
    [100, 100],
    [200, 400],
    [100, 600],
    150,
    'uncertain',
    {
      minNote: 'label start dose; low-dose hypnotic use is not an antidepressant trial',
      pgpNote: 'not found in the reference search',
    },
  ),
  nortriptyline: /* @__PURE__ */ ad('nortriptyline', 'TCA', [25, 25], [50, 150], [10, 200], 75, 'uncertain', {
    minNote: 'or a therapeutic plasma level (not an input here)',
    pgpSource: { key: 'uhr2000', where: 'mouse data' },
    pgpNote:
      'the reference lists amitriptyline/nortriptyline as substrates from memory (Uhr 2000), unverified',
  }),
  amitriptyline: /* @__PURE__ */ ad(
    'amitriptyline',
    'TCA',
    [25, 25],
    [150, 300],
    [10, 300],
    150,
    'uncertain',
    {
      pgpSource: { key: 'uhr2000', where: 'mdr1a knockout mice' },
      pgpNote: 'the reference lists it as a substrate from memory (Uhr 2000), unverified',
    },
  ),
  imipramine: /* @__PURE__ */ ad('imipramine', 'TCA', [25, 25], [150, 300], [10, 300], 150, 'uncertain', {
    pgpNote: 'not found in the reference search',
  }),
  clomipramine: /* @__PURE__ */ ad('clomipramine', 'TCA', [25, 25], [100, 250], [25, 300], 150, 'uncertain', {
    pgpNote: 'not found in the reference search',
    note: 'US label is OCD only (unverified, from memory)',
  }),
  phenelzine: /* @__PURE__ */ ad('phenelzine', 'MAOI', [15, 15], [15, 90], [7.5, 90], 45, 'uncertain', {
    minNote: 'many TRD definitions use 60 mg/day',
    pgpNote: 'not found in the reference search',
  }),
  tranylcypromine: /* @__PURE__ */ ad(
    'tranylcypromine',
    'MAOI',
    [10, 10],
    [30, 60],
    [10, 60],
    30,
    'uncertain',
    {
      pgpNote: 'not found in the reference search',
    },
  ),
  'selegiline-transdermal': /* @__PURE__ */ ad(
    'selegiline (transdermal)',
    'MAOI',
    [6, 6],
    [6, 12],
    undefined,
    6,
    'uncertain',
    {
      doseNote: 'patch: enter mg/24 h as mg/day',
      pgpNote: 'not found in the reference search',
    },
  ),
} as const satisfies Record<string, Antidepressant>;

export type AntidepressantId = keyof typeof ANTIDEPRESSANTS;
export const ANTIDEPRESSANT_IDS = /* @__PURE__ */ Object.keys(ANTIDEPRESSANTS) as [
  AntidepressantId,
  ...AntidepressantId[],
];

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
} as const satisfies Record<string, AugmentationAgent>;

export type AgentId = keyof typeof AUGMENTATION_AGENTS;
export const AGENT_IDS = /* @__PURE__ */ Object.keys(AUGMENTATION_AGENTS) as [AgentId, ...AgentId[]];

export function isAntidepressantId(id: string): id is AntidepressantId {
  return Object.hasOwn(ANTIDEPRESSANTS, id);
}
export function isAgentId(id: string): id is AgentId {
  return Object.hasOwn(AUGMENTATION_AGENTS, id);
}
