// Build-time half of the tryptophan shunt explorer (Chapter 2): the island's fixed texts and the
// fixed parts of its flow diagram (boxes and labels), passed as JSON props, so only the live model
// (src/models/tryptophan-shunt.ts) and what changes with it ship as JavaScript. Server-only:
// imported by TryptophanShunt.astro and by the island's tests.

export interface ShuntView {
  text: {
    title: string;
    model: string;
    hint: string;
    caption: string;
  };
  presets: { label: string; value: number }[];
  /** SVG markup of the diagram's fixed parts: the cytokine labels, then the nodes and the TPH label. */
  diagram: { cytokines: string; nodes: string };
}

const node = (x: number, y: number, w: number, h: number, extra = '') =>
  `<rect class="shunt-node${extra}" x="${x}" y="${y}" width="${w}" height="${h}" rx="6"></rect>`;
const label = (x: number, y: number, text: string, cls = '') =>
  `<text${cls ? ` class="${cls}"` : ''} x="${x}" y="${y}" text-anchor="middle">${text}</text>`;

export function shuntView(): ShuntView {
  return {
    text: {
      title: 'The inflammatory tryptophan shunt',
      model:
        'Teaching model, illustrative only: it shows the direction of each effect, not real proportions or concentrations, and the index is not a CRP value.',
      hint: '0 = none, 1 = the most the model allows',
      caption:
        'Line widths show the split of tryptophan between the serotonin route (tryptophan hydroxylase, TPH, which needs BH4) and the kynurenine route (IDO, induced by cytokines). QUIN: quinolinic acid, an NMDA-receptor agonist; KYNA: kynurenic acid. The shaded cloud darkens as inflammation rises.',
    },
    presets: [
      { label: 'None', value: 0 },
      { label: 'Mild', value: 0.3 },
      { label: 'Marked', value: 0.8 },
    ],
    diagram: {
      cytokines: label(84, 203, 'IL-6, TNF-α,') + label(84, 217, 'IFN-α…'),
      nodes: [
        node(8, 98, 80, 40),
        label(48, 122, 'Tryptophan'),
        node(214, 24, 98, 40),
        label(263, 41, 'Serotonin'),
        label(263, 56, '(5-HT)'),
        node(178, 138, 66, 36),
        label(211, 160, 'Kynurenine'),
        node(270, 106, 44, 32, ' shunt-node--qa'),
        label(292, 126, 'QUIN'),
        node(270, 180, 44, 32),
        label(292, 200, 'KYNA'),
        label(118, 70, 'TPH', 'shunt-enzyme'),
      ].join(''),
    },
  };
}
