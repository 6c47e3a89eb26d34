// Data of the evidence explorer (Chapter 3): the landmark-trial figures, their labels and their
// formatted values from src/data/landmark-trials.ts, read when the page is built and drawn by
// evidence-explorer.tsx as static HTML. Server-only: imported by EvidenceExplorer.astro and tests.
import {
  CONFIDENCE_LABELS,
  LANDMARK_FIGURES,
  OUTCOME_TYPES,
  OUTCOME_TYPE_HINTS,
  OUTCOME_TYPE_LABELS,
  formatPercent,
  type Arm,
  type Confidence,
  type OutcomeType,
  type TrialFigure,
} from '../../data/landmark-trials.ts';

export interface EvidenceArm extends Arm {
  /** The value as shown ("55.4 %"). */
  text: string;
}

export interface EvidenceFigure extends Omit<TrialFigure, 'arms'> {
  arms: EvidenceArm[];
}

export interface EvidenceView {
  outcomes: { id: OutcomeType; label: string; hint: string }[];
  confidenceLabels: Record<Confidence, string>;
  /** Every figure, in the data file's order (the explorer shows one outcome at a time). */
  figures: EvidenceFigure[];
}

export function evidenceView(): EvidenceView {
  return {
    outcomes: OUTCOME_TYPES.map((id) => ({
      id,
      label: OUTCOME_TYPE_LABELS[id],
      hint: OUTCOME_TYPE_HINTS[id],
    })),
    confidenceLabels: { ...CONFIDENCE_LABELS },
    figures: LANDMARK_FIGURES.map((f) => ({
      ...f,
      arms: f.arms.map((a) => ({ ...a, text: formatPercent(a.value) })),
    })),
  };
}
