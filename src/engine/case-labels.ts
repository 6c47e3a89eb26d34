// Learner labels for the fields only a whole case or a question list has (the light entry points'
// fields are named in messages.ts FIELD_LABELS). Used where those inputs are parsed (parse.ts,
// grading.ts), so the islands that check a few fields by hand do not ship them.
import { CaseInputError, FIELD_LABELS, fieldLabel, type InputIssue } from './messages.ts';

// Built in a pure function so bundlers drop it from islands that never parse a case.
export const CASE_FIELD_LABELS: Record<string, string> = /* @__PURE__ */ (() => ({
  ...FIELD_LABELS,
  severity: 'Severity',
  psychoticFeatures: 'Psychotic features',
  emergentSymptoms: 'Symptoms that appeared during treatment',
  comorbidities: 'Comorbidities',
  labs: 'Laboratory results',
  hsCrpMgPerL: 'hs-CRP (mg/L)',
  agent: 'Added agent',
  augments: 'Added to treatment',
  doseMg: 'Dose (mg)',
  electrodePlacement: 'Electrode placement',
  sessions: 'ECT sessions',
  modality: 'Psychotherapy',
  questions: 'Questions',
  id: 'Question id',
  prompt: 'Prompt',
  treatment: 'Treatment',
  model: 'Staging model',
  expect: 'Expected answer',
}))();

/** The learner label of any case or question field (`questions.2.kind` → "Question kind"). */
export function caseFieldLabel(path: string): string {
  if (/^questions(\.|$)/.test(path) && path.endsWith('.kind')) return 'Question kind';
  return fieldLabel(path, CASE_FIELD_LABELS);
}

/** A CaseInputError whose issues are labelled with every case and question field's label. */
export function caseInputError(issues: InputIssue[], what?: string): CaseInputError {
  return new CaseInputError(
    issues.map((i) => ({ ...i, label: i.label ?? caseFieldLabel(i.path) })),
    what,
  );
}
