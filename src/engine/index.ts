// Public surface of the rules engine (see ../shared/design/engine-contract.md). Pages, islands,
// content checks and tests import from here only. Pure and synchronous: no DOM, Astro, Preact,
// nanostores or fetch below this folder.
export { percentChange } from './percent.ts';
export {
  assessCase,
  assessNormalised,
  type Assessment,
  type AssessOptions,
  type TrdResult,
} from './assess.ts';
export { parseCase, normaliseCase, type NormalisedCase, type StartScoreFrom } from './parse.ts';
export { CASE_FIELD_LABELS, caseFieldLabel as fieldLabel } from './case-labels.ts';
export {
  CaseInputError,
  FIELD_LABELS,
  messageBesideField,
  readableMessage,
  type InputIssue,
  type LabelledIssue,
} from './messages.ts';
export { profiles, PROFILE_IDS, type CriteriaProfile, type ProfileId } from './profiles.ts';
export { RULESET_VERSION } from './version.ts';
export {
  occupancy,
  concentrationForOccupancy,
  fractionOfSteadyState,
  percentReduction,
  brainConcentration,
} from './pharmacology.ts';
export {
  caseSchema,
  treatmentSchema,
  type PatientCase,
  type PatientCaseInput,
  type Treatment,
} from './schema.ts';
export type { Finding } from './findings.ts';
export type { TreatmentAssessment } from './trials.ts';
export { classifyOutcome } from './trials.ts';
export { treatmentLabel } from './trial-findings.ts';
export {
  EUROPEAN_STAGES,
  MAUDSLEY_BANDS,
  type EuropeanStage,
  type MaudsleyBand,
  type MaudsleyScore,
  type Staging,
  type ThaseRushStage,
} from './staging.ts';
export type { NextSteps } from './next-steps.ts';
export {
  ANTIDEPRESSANTS,
  ANTIDEPRESSANT_DOSES,
  ANTIDEPRESSANT_IDS,
  AUGMENTATION_AGENTS,
  DRUG_CLASSES,
  type Antidepressant,
  type AntidepressantId,
  type AugmentationAgent,
  type AgentId,
  type DoseRow,
  type DrugClass,
} from './drugs.ts';
export {
  COMORBIDITIES,
  CONTRAINDICATIONS,
  CONTRAINDICATION_LABELS,
  US_ESKETAMINE_CONTRAINDICATIONS,
  type Contraindication,
  EMERGENT_SYMPTOMS,
  NEXT_STEPS,
  NEXT_STEP_LABELS,
  OUTCOMES,
  OUTCOME_LABELS,
  PSEUDO_FLAGS,
  PSEUDO_FLAG_LABELS,
  TREATMENT_KINDS,
  type NextStep,
  type Outcome,
  type PseudoFlag,
  type TreatmentKind,
} from './codes.ts';
export { SCALES, SCALE_IDS, SCALE_RANGES, severityFromScore, type ScaleId, type Severity } from './scales.ts';
export { SOURCE_KEYS, type SourceKey, type SourceRef } from './sources.ts';
export { esketamineEligibility } from './esketamine.ts';
export {
  ESKETAMINE_MONITORING,
  eligibilityFrom,
  esketamineEligibilityOfTrials,
  type EligibilityFacts,
  type EligibilityReason,
  type EsketamineEligibility,
  type TrialsEligibility,
} from './eligibility.ts';
export { assessAntidepressantTrial, type TrialOptions, type TrialReading } from './trial.ts';
export { ANTIDEPRESSANT_FIELDS } from './check.ts';
export { assessOutcome, type OutcomeAssessment } from './outcome.ts';
export { regimenSteps, type RegimenRule, type RegimenSteps } from './next-steps.ts';
export { isBipolarSpectrum, trdOf } from './resistance.ts';
export { trialPseudoResistance } from './pseudo-resistance.ts';
export {
  answerControl,
  answerOptions,
  describeAnswer,
  describeStage,
  normalizeAnswer,
  STAGE_NAMES,
} from './answers.ts';
export {
  creditFor,
  gradeWithKey,
  nextStepCredit,
  numberRule,
  readControlAnswer,
  readNumber,
  type AnswerControl,
  type AnswerOption,
  type AnswerReader,
  type AnswerShape,
  type AnswerValue,
  type ExerciseKey,
  type Expected,
  type ExpectedSteps,
  type Grade,
  type GradeResult,
  type KeyItem,
  type Normalized,
  type QuestionKind,
} from './key-grading.ts';
export {
  checkExpectations,
  exerciseKey,
  expectedAnswer,
  gradeAnswers,
  parseQuestions,
  questionPrompt,
  questionSchema,
  QUESTION_KINDS,
  type Disagreement,
  type GradeOptions,
  type Question,
  type QuestionInput,
} from './grading.ts';
export { STAGE_MODELS, type StageModel } from './codes.ts';
