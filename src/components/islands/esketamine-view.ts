// Build-time half of the esketamine eligibility check (Chapter 3): the island's fixed texts and the
// choices it offers — the engine's antidepressants with their class, the label's contraindications,
// the scale — read from the engine when the page is built and passed as JSON props. The verdict
// itself is the engine's, live in the browser (esketamineEligibilityOfTrials). Server-only:
// imported by EsketamineCheck.astro and by the island's tests.
import {
  ANTIDEPRESSANT_DOSES,
  CONTRAINDICATIONS,
  CONTRAINDICATION_LABELS,
  SCALE_RANGES,
  type AntidepressantId,
} from '../../engine/index.ts';

/** The scale the check's case is scored on. */
const ESKETAMINE_SCALE = 'MADRS';

export interface EsketamineView {
  /** The scale's id (the engine input) and its label (for the score fields). */
  scaleId: typeof ESKETAMINE_SCALE;
  scale: string;
  /** The paragraph under the heading. */
  intro: string;
  drugs: { id: AntidepressantId; label: string }[];
  contraindications: { id: string; label: string }[];
}

export function esketamineView(): EsketamineView {
  const scale = SCALE_RANGES[ESKETAMINE_SCALE];
  return {
    scaleId: ESKETAMINE_SCALE,
    scale: scale.label,
    intro: `Edit the case. The verdict, its reasons and the monitoring plan come from the module’s rules engine, which reads treatment resistance the way the label does (at least two failed adequate trials of different antidepressants in the current episode). Scores are on the ${scale.label} (0–${scale.max}).`,
    drugs: (Object.keys(ANTIDEPRESSANT_DOSES) as AntidepressantId[]).map((id) => ({
      id,
      label: `${ANTIDEPRESSANT_DOSES[id].name} (${ANTIDEPRESSANT_DOSES[id].class})`,
    })),
    contraindications: CONTRAINDICATIONS.map((id) => {
      const t = CONTRAINDICATION_LABELS[id];
      return { id, label: t.charAt(0).toUpperCase() + t.slice(1) };
    }),
  };
}
