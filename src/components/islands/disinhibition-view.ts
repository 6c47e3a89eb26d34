// Build-time half of the disinhibition circuit (Chapter 2): the cascade's steps come from the model
// (src/models/disinhibition-cascade.ts) when the page is built, and the island receives only what
// it shows — each step's label, text and highlighted parts, and the static pieces of the drawing —
// as JSON props, so neither the step texts nor the drawing ship as JavaScript. Server-only:
// imported by DisinhibitionCircuit.astro and by the island's tests.
import { DISINHIBITION_CASCADE, type CircuitPart } from '../../models/disinhibition-cascade.ts';

export interface CircuitStep {
  id: string;
  label: string;
  description: string;
  /** Parts of the drawing active in this step. */
  highlight: CircuitPart[];
}

export interface DisinhibitionView {
  steps: CircuitStep[];
  drawing: CircuitPiece[];
  text: { title: string; model: string; caption: string };
}

export function disinhibitionView(): DisinhibitionView {
  return {
    steps: DISINHIBITION_CASCADE.map(({ id, label, description, highlight }) => ({
      id,
      label,
      description,
      highlight: [...highlight],
    })),
    drawing: CIRCUIT_DRAWING,
    text: {
      title: "Ketamine's proposed disinhibition cascade",
      model:
        'Teaching model of a hypothesis: most steps rest on rodent studies, and other mechanisms compete with it.',
      caption:
        'Highlighted: the parts active in this step. K: ketamine bound in the NMDA-receptor channel. Not to scale.',
    },
  };
}

/**
 * One piece of the microcircuit drawing, in paint order: static SVG markup, drawn as active when
 * the step highlights its `part`, or a place where the island draws something that changes with
 * the step (ketamine in the channel, the GABA label).
 */
export type CircuitPiece = { html: string; part?: CircuitPart } | { slot: 'ketamine' | 'gaba-label' };

/** The drawing (viewBox 0 0 320 250): GABA interneuron, pyramidal neuron, postsynaptic dendrite. */
const CIRCUIT_DRAWING: CircuitPiece[] = [
  // Excitatory input driving the interneuron through its NMDA receptor
  {
    html: '<line class="dc-wire" x1="8" y1="24" x2="40" y2="44"></line><text class="dc-small" x="8" y="16">glutamate input</text>',
  },
  {
    part: 'interneuron-nmda',
    html: '<rect x="36" y="40" width="14" height="14" rx="2"></rect><text class="dc-small" x="54" y="44">NMDA</text>',
  },
  { slot: 'ketamine' },
  {
    part: 'interneuron',
    html: '<line x1="50" y1="54" x2="62" y2="66"></line><circle cx="74" cy="78" r="20"></circle><text x="74" y="82" text-anchor="middle">GABA</text>',
  },
  { html: '<text class="dc-small" x="100" y="70">interneuron</text>' },
  // Inhibitory synapse onto the pyramidal soma
  {
    part: 'gaba-synapse',
    html: '<path d="M88,94 L138,146"></path><line x1="132" y1="152" x2="146" y2="138"></line>',
  },
  { slot: 'gaba-label' },
  // Pyramidal neuron: apical dendrite, soma, axon
  {
    part: 'pyramidal',
    html: '<line x1="168" y1="40" x2="168" y2="138"></line><path d="M146,182 L168,136 L190,182 Z"></path><line x1="190" y1="170" x2="226" y2="170"></line>',
  },
  {
    html: '<text x="168" y="200" text-anchor="middle">pyramidal</text><text x="168" y="214" text-anchor="middle">neuron</text>',
  },
  {
    part: 'glutamate',
    html: '<circle cx="232" cy="164" r="3"></circle><circle cx="239" cy="172" r="3"></circle><circle cx="232" cy="179" r="3"></circle><circle cx="243" cy="162" r="2.5"></circle><circle cx="243" cy="181" r="2.5"></circle>',
  },
  // Postsynaptic dendrite with AMPA receptors, BDNF, mTOR and new spines
  {
    html: '<rect class="dc-dendrite" x="258" y="60" width="36" height="180" rx="14"></rect><text class="dc-small" x="276" y="54" text-anchor="middle">dendrite</text>',
  },
  {
    part: 'ampa',
    html: '<rect x="251" y="160" width="11" height="8" rx="1.5"></rect><rect x="251" y="176" width="11" height="8" rx="1.5"></rect><text class="dc-small" x="246" y="200" text-anchor="end">AMPA</text>',
  },
  {
    part: 'bdnf',
    html: '<circle cx="246" cy="118" r="3.5"></circle><circle cx="238" cy="128" r="3.5"></circle><circle cx="250" cy="134" r="3.5"></circle><text class="dc-small" x="232" y="114" text-anchor="end">BDNF</text>',
  },
  {
    part: 'mtor',
    html: '<rect x="261" y="206" width="30" height="16" rx="3"></rect><text class="dc-small" x="276" y="218" text-anchor="middle">mTOR</text>',
  },
  {
    part: 'spines',
    html: '<path d="M294,92 q12,-4 12,-12"></path><circle cx="307" cy="76" r="5"></circle><path d="M294,126 q14,0 14,-8"></path><circle cx="309" cy="114" r="5"></circle><path d="M294,150 q12,4 12,12"></path><circle cx="307" cy="166" r="5"></circle>',
  },
];
