// Data of the evidence explorer (Chapter 3): the landmark-trial figures, their labels and their
// formatted values from src/data/landmark-trials.ts, read when the page is built and drawn by
// evidence-explorer.tsx as static HTML. Server-only: imported by EvidenceExplorer.astro and tests.
import {
  CONFIDENCE_LABELS,
  OUTCOME_TYPES,
  OUTCOME_TYPE_HINTS,
  OUTCOME_TYPE_LABELS,
  figuresFor,
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

export interface EvidenceOutcome {
  id: OutcomeType;
  label: string;
  hint: string;
  /** This outcome's checked figures (verified or secondary), in the data file's order. */
  checked: EvidenceFigure[];
  /** The same with the unverified figures, or null when the outcome has none. */
  withUnverified: EvidenceFigure[] | null;
}

export interface EvidenceView {
  outcomes: EvidenceOutcome[];
  confidenceLabels: Record<Confidence, string>;
}

const withText = (f: TrialFigure): EvidenceFigure => ({
  ...f,
  arms: f.arms.map((a) => ({ ...a, text: formatPercent(a.value) })),
});

export function evidenceView(): EvidenceView {
  return {
    outcomes: OUTCOME_TYPES.map((id) => {
      const checked = figuresFor(id, false);
      const all = figuresFor(id, true);
      return {
        id,
        label: OUTCOME_TYPE_LABELS[id],
        hint: OUTCOME_TYPE_HINTS[id],
        checked: checked.map(withText),
        withUnverified: all.length > checked.length ? all.map(withText) : null,
      };
    }),
    confidenceLabels: { ...CONFIDENCE_LABELS },
  };
}
