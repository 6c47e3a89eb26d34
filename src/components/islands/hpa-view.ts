// Build-time half of the HPA feedback explorer (Chapter 2): the island's fixed texts, example
// settings and the static parts of its loop diagram, passed as JSON props so that only what runs
// the model live (src/models/hpa-feedback.ts) ships as JavaScript. Server-only: imported by
// HpaFeedback.astro and by the island's tests.
import { B, H, L, R, T, W, xAt } from '../../islands/mechanisms/hpa-chart.ts';

export interface HpaView {
  text: {
    title: string;
    model: string;
    grHint: string;
    driveHint: string;
    loopCaption: string;
    /** HTML: a colour key for each line. */
    runCaption: string;
    dstCaption: string;
    /** Readout sentences: the brake fails / holds; what to do with an invalid entry. */
    brakeFails: string;
    brakeHolds: string;
    invalid: string;
  };
  /** SVG markup of each time chart's fixed x axis (ticks, axis lines, label). */
  axes: { run: string; dst: string };
  presets: { label: string; grSensitivity: number; stressDrive: number }[];
  /** SVG markup of the loop diagram's fixed parts: arrowhead, the three glands, the drive arrows. */
  loop: string;
}

const LOOP = [
  '<defs><marker id="hpa-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="hpa-loop__head"></path></marker></defs>',
  '<rect class="hpa-loop__node" x="10" y="10" width="110" height="34" rx="6"></rect><text x="65" y="32" text-anchor="middle">Hypothalamus</text>',
  '<rect class="hpa-loop__node" x="10" y="58" width="110" height="34" rx="6"></rect><text x="65" y="80" text-anchor="middle">Pituitary</text>',
  '<rect class="hpa-loop__node" x="10" y="106" width="110" height="34" rx="6"></rect><text x="65" y="128" text-anchor="middle">Adrenal cortex</text>',
  '<line class="hpa-loop__drive" x1="65" y1="44" x2="65" y2="57" marker-end="url(#hpa-arrow)"></line>',
  '<line class="hpa-loop__drive" x1="65" y1="92" x2="65" y2="105" marker-end="url(#hpa-arrow)"></line>',
].join('');

function timeAxis(xMax: number, ticks: number[], label: string): string {
  return [
    ...ticks.map((t) => `<text x="${xAt(t, xMax)}" y="${H - B + 15}" text-anchor="middle">${t}</text>`),
    `<line class="axis" x1="${L}" x2="${L}" y1="${T}" y2="${H - B}"></line>`,
    `<line class="axis" x1="${L}" x2="${W - R}" y1="${H - B}" y2="${H - B}"></line>`,
    `<text x="${(L + W - R) / 2}" y="${H - 4}" text-anchor="middle">${label}</text>`,
  ].join('');
}

export function hpaView(): HpaView {
  return {
    text: {
      title: 'The HPA loop and the dexamethasone suppression test',
      model:
        'Teaching model, illustrative: levels are relative to a healthy resting state (= 1), constants are not fitted to data, and there is no day–night rhythm.',
      grHint: '1 = intact feedback, 0 = none',
      driveHint: '1 = resting',
      loopCaption:
        'The loop at equilibrium. Arrow thickness on the right shows how strongly cortisol brakes the hypothalamus and pituitary; it thins as GR sensitivity falls.',
      runCaption:
        '<span class="hpa-key hpa-key--cortisol" aria-hidden="true"></span> cortisol (solid), <span class="hpa-key hpa-key--acth" aria-hidden="true"></span> ACTH (dashed), <span class="hpa-key hpa-key--crh" aria-hidden="true"></span> CRH (dotted), relative to healthy.',
      dstCaption:
        "Cortisol after a simulated late-evening dose of dexamethasone, read 9 hours later. The cut-off is the model's own (half the healthy level); the clinical test uses an absolute plasma cortisol threshold.",
      brakeFails: 'The glucocorticoid brake is not strong enough to bring cortisol back to baseline.',
      brakeHolds: 'The glucocorticoid brake holds cortisol at or near baseline.',
      invalid: 'Correct the highlighted entry to run the model.',
    },
    axes: {
      run: timeAxis(72, [0, 24, 48, 72], 'Hours after the change'),
      dst: timeAxis(24, [0, 6, 12, 18, 24], 'Hours after dexamethasone (dose at 23:00)'),
    },
    presets: [
      { label: 'Healthy', grSensitivity: 1, stressDrive: 1 },
      { label: 'Chronic stress, intact GR', grSensitivity: 1, stressDrive: 2 },
      { label: 'Stress with GR resistance', grSensitivity: 0.4, stressDrive: 1.5 },
    ],
    loop: LOOP,
  };
}
