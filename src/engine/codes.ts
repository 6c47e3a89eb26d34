// Code lists shared by the schema, the rules and the answer options. Labels are learner-facing.

export const TREATMENT_KINDS = [
  'antidepressant',
  'augmentation',
  'combination',
  'ect',
  'psychotherapy',
  'rtms',
  'ketamine',
  'esketamine',
] as const;
export type TreatmentKind = (typeof TREATMENT_KINDS)[number];

export const OUTCOMES = [
  'remission',
  'response',
  'partial-response',
  'non-response',
  'intolerance',
  'not-evaluable',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  remission: 'Remission',
  response: 'Response without remission',
  'partial-response': 'Partial response',
  'non-response': 'Non-response',
  intolerance: 'Intolerance',
  'not-evaluable': 'Not evaluable',
};

export const INADEQUACY_REASONS = ['dose', 'duration', 'adherence', 'intolerance'] as const;
export type InadequacyReason = (typeof INADEQUACY_REASONS)[number];

export const PSEUDO_FLAGS = [
  'inadequate-dose',
  'inadequate-duration',
  'inadequate-adherence',
  'intolerance',
  'bipolar-spectrum',
  'medical-comorbidity',
  'psychiatric-comorbidity',
  'substance-use',
] as const;
export type PseudoFlag = (typeof PSEUDO_FLAGS)[number];

export const PSEUDO_FLAG_LABELS: Record<PseudoFlag, string> = {
  'inadequate-dose': 'Dose below the minimum adequate dose',
  'inadequate-duration': 'Trial too short',
  'inadequate-adherence': 'Poor adherence',
  intolerance: 'Intolerance (stopped for adverse effects)',
  'bipolar-spectrum': 'Possible bipolar spectrum disorder',
  'medical-comorbidity': 'Medical comorbidity',
  'psychiatric-comorbidity': 'Psychiatric comorbidity',
  'substance-use': 'Substance use',
};

export const NEXT_STEPS = [
  'continue',
  'optimize-dose',
  'extend-duration',
  'improve-adherence',
  'reassess-diagnosis',
  'treat-comorbidity',
  'switch',
  'augment',
  'combine',
  'psychotherapy',
  'ect',
  'esketamine',
  'ketamine',
  'rtms',
  'anti-inflammatory-trial',
] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

export const NEXT_STEP_LABELS: Record<NextStep, string> = {
  continue: 'Continue the current treatment (continuation or maintenance)',
  'optimize-dose': 'Optimise the dose',
  'extend-duration': 'Extend the trial duration',
  'improve-adherence': 'Address adherence',
  'reassess-diagnosis': 'Reassess the diagnosis',
  'treat-comorbidity': 'Treat the comorbid condition',
  switch: 'Switch to another antidepressant',
  augment: 'Augment (add lithium, T3 or an antipsychotic)',
  combine: 'Combine two antidepressants',
  psychotherapy: 'Add psychotherapy',
  ect: 'Electroconvulsive therapy (ECT)',
  esketamine: 'Esketamine nasal spray',
  ketamine: 'IV ketamine',
  rtms: 'Repetitive TMS (rTMS)',
  'anti-inflammatory-trial': 'Anti-inflammatory treatment (investigational)',
};

/** Comorbidity codes and the pseudo-resistance flag each raises (contract; seed 003). */
export const COMORBIDITIES = {
  hypothyroidism: 'medical-comorbidity',
  'obstructive-sleep-apnea': 'medical-comorbidity',
  'chronic-inflammatory-disease': 'medical-comorbidity',
  'anxiety-disorder': 'psychiatric-comorbidity',
  'personality-disorder': 'psychiatric-comorbidity',
  'alcohol-use-disorder': 'substance-use',
  'substance-use-disorder': 'substance-use',
} as const satisfies Record<string, PseudoFlag>;
export type Comorbidity = keyof typeof COMORBIDITIES;
export const COMORBIDITY_CODES = /* @__PURE__ */ Object.keys(COMORBIDITIES) as [
  Comorbidity,
  ...Comorbidity[],
];

/**
 * Contraindication codes. The first five are the US Spravato label's contraindications
 * (clinical-rules §8b); `bp-icp-increase-serious-risk` is the EU SmPC's extra clause.
 */
export const CONTRAINDICATIONS = [
  'aneurysmal-vascular-disease',
  'arteriovenous-malformation',
  'intracerebral-hemorrhage-history',
  'esketamine-hypersensitivity',
  'ketamine-hypersensitivity',
  'bp-icp-increase-serious-risk',
] as const;
export type Contraindication = (typeof CONTRAINDICATIONS)[number];
export const US_ESKETAMINE_CONTRAINDICATIONS: readonly Contraindication[] =
  /* @__PURE__ */ CONTRAINDICATIONS.slice(0, 5);

export const CONTRAINDICATION_LABELS: Record<Contraindication, string> = {
  'aneurysmal-vascular-disease': 'aneurysmal vascular disease',
  'arteriovenous-malformation': 'arteriovenous malformation',
  'intracerebral-hemorrhage-history': 'history of intracerebral haemorrhage',
  'esketamine-hypersensitivity': 'hypersensitivity to esketamine',
  'ketamine-hypersensitivity': 'hypersensitivity to ketamine',
  'bp-icp-increase-serious-risk':
    'a rise in blood pressure or intracranial pressure would pose a serious risk',
};

/** Symptoms that appeared during treatment. Both raise the bipolar-spectrum flag. */
export const EMERGENT_SYMPTOMS = ['hypomania', 'mania'] as const;
export type EmergentSymptom = (typeof EMERGENT_SYMPTOMS)[number];

export const STOP_REASONS = ['adverse-effect', 'patient-choice', 'other'] as const;
export const OPTIMIZATIONS = ['dose', 'duration'] as const;
export const ELECTRODE_PLACEMENTS = ['bilateral', 'right-unilateral', 'bifrontal'] as const;

export const EUROPEAN_STAGES = [
  'none',
  'non-responder',
  'TRD1',
  'TRD2',
  'TRD3',
  'TRD4',
  'TRD5',
  'CRD',
] as const;
export type EuropeanStage = (typeof EUROPEAN_STAGES)[number];
export const MAUDSLEY_BANDS = ['mild', 'moderate', 'severe'] as const;
export type MaudsleyBand = (typeof MAUDSLEY_BANDS)[number];
export const STAGE_MODELS = ['thaseRush', 'european', 'mgh', 'maudsley', 'maudsleyBand'] as const;
export type StageModel = (typeof STAGE_MODELS)[number];
