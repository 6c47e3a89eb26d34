// Zod schemas for the case input (the `case:` block of a vignette). Types are inferred from
// them. Cross-field checks (score ranges per scale, `augments` targets, contradictions) live in
// parse.ts, which also turns zod issues into author-facing messages.
//
// Bundle size: every top-level call is marked /* @__PURE__ */ and object spreads happen inside
// functions, so a bundler can drop these schemas from islands that only use light exports
// (tests/engine/bundle-size.test.ts checks it).
import * as z from 'zod/mini';
import {
  COMORBIDITY_CODES,
  CONTRAINDICATIONS,
  ELECTRODE_PLACEMENTS,
  EMERGENT_SYMPTOMS,
  OPTIMIZATIONS,
  STOP_REASONS,
} from './codes.ts';
import { AGENT_IDS, ANTIDEPRESSANT_IDS } from './drugs.ts';
import { PROFILE_IDS } from './profiles.ts';
import { SCALE_IDS, SEVERITIES } from './scales.ts';

const nonNegative = () => z.number().check(z.minimum(0));
const score = () => z.int().check(z.minimum(0));
const percent = () => z.number().check(z.minimum(0), z.maximum(100));

/** Fields every treatment may carry. */
function common() {
  return {
    startScore: z.optional(score()),
    endScore: z.optional(score()),
    stoppedFor: z.optional(z.enum(STOP_REASONS)),
    adverseEffect: z.optional(z.string()),
  };
}

function antidepressant() {
  return z.strictObject({
    kind: z.literal('antidepressant'),
    drug: z.enum(ANTIDEPRESSANT_IDS),
    doseMgPerDay: z.number().check(z.positive()),
    weeks: nonNegative(),
    adherencePercent: z._default(percent(), 100),
    optimized: z._default(z.array(z.enum(OPTIMIZATIONS)), []),
    ...common(),
  });
}

function addOnFields() {
  return {
    augments: z.int().check(z.minimum(1)),
    weeks: nonNegative(),
    doseMgPerDay: z.optional(z.number().check(z.positive())),
    adherencePercent: z._default(percent(), 100),
    ...common(),
  };
}

/** A second agent added to an antidepressant trial: an augmentation agent or another antidepressant. */
function combinationIds(): [string, ...string[]] {
  return [...new Set<string>([...AGENT_IDS, ...ANTIDEPRESSANT_IDS])] as [string, ...string[]];
}
export const COMBINATION_AGENT_IDS = /* @__PURE__ */ combinationIds();

function otherFields() {
  return { weeks: z.optional(nonNegative()), sessions: z.optional(z.int().check(z.minimum(1))), ...common() };
}

export const antidepressantSchema = /* @__PURE__ */ antidepressant();
export const augmentationSchema = /* @__PURE__ */ (() =>
  z.strictObject({ kind: z.literal('augmentation'), agent: z.enum(AGENT_IDS), ...addOnFields() }))();
export const combinationSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('combination'),
    agent: z.enum(COMBINATION_AGENT_IDS),
    ...addOnFields(),
  }))();
export const ectSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('ect'),
    electrodePlacement: z.enum(ELECTRODE_PLACEMENTS),
    sessions: z.int().check(z.minimum(1)),
    weeks: z.optional(nonNegative()),
    ...common(),
  }))();
export const psychotherapySchema = /* @__PURE__ */ (() =>
  z.strictObject({ kind: z.literal('psychotherapy'), modality: z.optional(z.string()), ...otherFields() }))();
export const rtmsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ kind: z.literal('rtms'), ...otherFields() }))();
export const ketamineSchema = /* @__PURE__ */ (() =>
  z.strictObject({ kind: z.literal('ketamine'), ...otherFields() }))();
export const esketamineSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('esketamine'),
    doseMg: z.optional(z.number().check(z.positive())),
    ...otherFields(),
  }))();

export const TREATMENT_SCHEMAS = {
  antidepressant: antidepressantSchema,
  augmentation: augmentationSchema,
  combination: combinationSchema,
  ect: ectSchema,
  psychotherapy: psychotherapySchema,
  rtms: rtmsSchema,
  ketamine: ketamineSchema,
  esketamine: esketamineSchema,
} as const;

export const treatmentSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  antidepressantSchema,
  augmentationSchema,
  combinationSchema,
  ectSchema,
  psychotherapySchema,
  rtmsSchema,
  ketamineSchema,
  esketamineSchema,
]);

export const episodeSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    durationMonths: nonNegative(),
    scale: z.enum(SCALE_IDS),
    baselineScore: score(),
    severity: z.optional(z.enum(SEVERITIES)),
    psychoticFeatures: z._default(z.boolean(), false),
  }))();

export const historySchema = /* @__PURE__ */ (() =>
  z.strictObject({ maniaOrHypomania: z._default(z.boolean(), false) }))();

export const labsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ hsCrpMgPerL: z.optional(nonNegative()) }))();

export const caseSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    profile: z._default(z.enum(PROFILE_IDS), 'standard'),
    age: z.int().check(z.minimum(5), z.maximum(110)),
    episode: episodeSchema,
    history: z._default(historySchema, { maniaOrHypomania: false }),
    emergentSymptoms: z._default(z.array(z.enum(EMERGENT_SYMPTOMS)), []),
    comorbidities: z._default(z.array(z.enum(COMORBIDITY_CODES)), []),
    labs: z.optional(labsSchema),
    contraindications: z._default(z.array(z.enum(CONTRAINDICATIONS)), []),
    treatments: z._default(z.array(treatmentSchema), []),
  }))();

/** The validated, normalised case: defaults applied and every treatment's startScore resolved. */
export type PatientCase = z.infer<typeof caseSchema>;
/** What authors write (defaults optional). */
export type PatientCaseInput = z.input<typeof caseSchema>;
export type Treatment = PatientCase['treatments'][number];
export type AntidepressantTreatment = z.infer<typeof antidepressantSchema>;
export type AddOnTreatment = z.infer<typeof augmentationSchema> | z.infer<typeof combinationSchema>;
export type EctTreatment = z.infer<typeof ectSchema>;
