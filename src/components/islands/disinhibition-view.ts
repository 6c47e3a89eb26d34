// Build-time half of the disinhibition circuit (Chapter 2): the cascade's steps come from the model
// (src/models/disinhibition-cascade.ts) when the page is built, and the island receives only what
// it shows — each step's label, text and highlighted parts — as JSON props, so the step texts do
// not ship as JavaScript. Server-only: imported by DisinhibitionCircuit.astro and by the island's
// tests.
import { DISINHIBITION_CASCADE, type CircuitPart } from '../../models/disinhibition-cascade.ts';

export interface CircuitStep {
  id: string;
  label: string;
  description: string;
  /** Parts of the drawing active in this step. */
  highlight: CircuitPart[];
}

export function disinhibitionSteps(): CircuitStep[] {
  return DISINHIBITION_CASCADE.map(({ id, label, description, highlight }) => ({
    id,
    label,
    description,
    highlight: [...highlight],
  }));
}
