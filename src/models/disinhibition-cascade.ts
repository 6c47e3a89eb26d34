// TEACHING MODEL — ketamine's proposed "disinhibition" cascade, as ordered data.
//
// A hypothesis, not settled mechanism: it is the most widely taught account of how a single
// subanaesthetic dose of an NMDA-receptor antagonist could lift mood within hours (Duman &
// Aghajanian 2012), and most of its steps rest on rodent work. Other accounts (for example a
// direct action on NMDA receptors of pyramidal neurons at rest, or effects of ketamine's
// metabolites) compete with it. The island steps through this list; the order is the argument.
//
// Each step names the parts of the microcircuit picture it lights up, so the picture and the text
// cannot drift apart.

/** Parts of the island's SVG microcircuit that a step can highlight. */
export type CircuitPart =
  | 'interneuron'
  | 'interneuron-nmda'
  | 'gaba-synapse'
  | 'pyramidal'
  | 'glutamate'
  | 'ampa'
  | 'bdnf'
  | 'mtor'
  | 'spines';

export interface CascadeStep {
  /** Stable id (kebab-case), used in tests and as a DOM id suffix. */
  id: string;
  /** Short label for the step list and the picture. */
  label: string;
  /** One or two plain sentences for the learner and for screen readers. */
  description: string;
  /** Circuit parts drawn as active in this step. */
  highlight: readonly CircuitPart[];
  /** Bibliography keys supporting the step. */
  sources: readonly string[];
}

export const DISINHIBITION_CASCADE: readonly CascadeStep[] = Object.freeze([
  {
    id: 'baseline',
    label: 'Resting brake',
    description:
      'GABA interneurons fire steadily, kept going partly by glutamate acting on their NMDA receptors. Their GABA output holds the neighbouring pyramidal neuron in check.',
    highlight: ['interneuron', 'interneuron-nmda', 'gaba-synapse'],
    sources: ['duman2012'],
  },
  {
    id: 'nmda-block',
    label: 'NMDA block on the interneuron',
    description:
      'A low (subanaesthetic) dose of ketamine blocks NMDA receptors. The hypothesis is that tonically active interneurons are hit first, because the drug enters channels that are open.',
    highlight: ['interneuron', 'interneuron-nmda'],
    sources: ['duman2012'],
  },
  {
    id: 'disinhibition',
    label: 'Brake released',
    description:
      'The blocked interneuron releases less GABA, so the pyramidal neuron loses part of its inhibition: it is disinhibited.',
    highlight: ['gaba-synapse', 'pyramidal'],
    sources: ['duman2012'],
  },
  {
    id: 'glutamate-burst',
    label: 'Pyramidal burst',
    description:
      'The disinhibited pyramidal neuron fires in bursts and releases a brief surge of glutamate onto the next neuron.',
    highlight: ['pyramidal', 'glutamate'],
    sources: ['duman2012'],
  },
  {
    id: 'ampa-throughput',
    label: 'AMPA throughput',
    description:
      'With NMDA receptors blocked, the glutamate surge acts mainly through postsynaptic AMPA receptors, so AMPA-mediated current rises. Blocking AMPA receptors abolishes the antidepressant-like effect in rodents.',
    highlight: ['glutamate', 'ampa'],
    sources: ['duman2012'],
  },
  {
    id: 'bdnf-release',
    label: 'BDNF release',
    description:
      'The burst of synaptic activity triggers activity-dependent release of brain-derived neurotrophic factor (BDNF), which binds its TrkB receptor.',
    highlight: ['ampa', 'bdnf'],
    sources: ['duman2012', 'krishnan2008'],
  },
  {
    id: 'mtor',
    label: 'mTOR signalling',
    description:
      'TrkB signalling switches on the mTORC1 pathway, which drives rapid local synthesis of synaptic proteins.',
    highlight: ['bdnf', 'mtor'],
    sources: ['duman2012'],
  },
  {
    id: 'synaptogenesis',
    label: 'New synapses',
    description:
      'Within about a day, more and larger dendritic spines appear on prefrontal pyramidal neurons in rodents, reversing spine loss caused by chronic stress. This synaptogenesis is the proposed basis of the rapid and lasting effect.',
    highlight: ['mtor', 'spines', 'pyramidal'],
    sources: ['duman2012'],
  },
]);

/** Steps in order; index 0 is the resting state. */
export function cascadeStep(index: number): CascadeStep {
  if (!Number.isInteger(index) || index < 0 || index >= DISINHIBITION_CASCADE.length) {
    throw new RangeError(
      `Step index must be a whole number from 0 to ${DISINHIBITION_CASCADE.length - 1}; got ${String(index)}.`,
    );
  }
  return DISINHIBITION_CASCADE[index] as CascadeStep;
}
