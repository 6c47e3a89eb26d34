// TEACHING MODEL — the chapter's integrative ("convergence") model as data.
//
// Stress (HPA), inflammation, excess glutamate and genetic/epigenetic vulnerability are drawn as
// separate routes that converge on impaired plasticity (Duman & Aghajanian 2012; Krishnan &
// Nestler 2008); pharmacokinetic efflux and the monoamine route sit beside them. Each mechanism
// links to the treatments said to act on it and to the chapter section that explains it. The map
// is a simplification for orientation: the arrows are proposed influences, not measured effects.
//
// `section` values are heading anchors of content/chapters/02-mechanisms.mdx (github-slugger
// slugs); tests/models/convergence-map.test.ts fails if a heading is renamed without updating them.

export type TreatmentStatus = 'established' | 'investigational';

export interface Treatment {
  id: string;
  label: string;
  /** Established: part of standard TRD care in the module's sources; investigational: research only. */
  status: TreatmentStatus;
  note: string;
  sources: readonly string[];
}

export interface Mechanism {
  id: string;
  /** Short label for the diagram (fits at 320 px). */
  short: string;
  label: string;
  summary: string;
  /** Anchor (without #) of the chapter section that explains it. */
  section: string;
  /** That section's heading text, for link labels. */
  sectionTitle: string;
  /** Mechanism ids this one feeds into (the hub is 'plasticity'). */
  feeds: readonly string[];
  /** Treatment ids that act on this mechanism. */
  treatments: readonly string[];
  /** Shown instead of a list when no treatment targets the mechanism directly. */
  noTreatmentNote?: string;
  sources: readonly string[];
}

export const HUB_ID = 'plasticity';

export const TREATMENTS: readonly Treatment[] = Object.freeze([
  {
    id: 'monoamine-antidepressants',
    label: 'Monoamine antidepressants (SSRIs, SNRIs, TCAs, MAOIs)',
    status: 'established',
    note: 'First-line drugs; BDNF rises only after weeks of treatment, matching their delay.',
    sources: ['krishnan2008'],
  },
  {
    id: 'non-substrate-switch',
    label: 'Switch to an antidepressant with no evidence of P-gp transport (e.g. mirtazapine)',
    status: 'investigational',
    note: 'A reasoned hypothesis after two substrates have failed, not a tested strategy.',
    sources: ['uhr2003', 'obrien2012'],
  },
  {
    id: 'abcb1-genotyping',
    label: 'ABCB1-guided choice or dosing',
    status: 'investigational',
    note: 'Pilot data only; not a guideline standard.',
    sources: ['uhr2008', 'breitenstein2014'],
  },
  {
    id: 'anti-inflammatory',
    label: 'Anti-inflammatory augmentation (e.g. infliximab)',
    status: 'investigational',
    note: 'No overall benefit; possible benefit only above hs-CRP 5 mg/L in an exploratory subgroup.',
    sources: ['raison2013'],
  },
  {
    id: 'ketamine',
    label: 'Ketamine (IV) and esketamine (intranasal)',
    status: 'established',
    note: 'Rapid effect within a day; esketamine is licensed for TRD.',
    sources: ['murrough2013', 'daly2019'],
  },
  {
    id: 'ect',
    label: 'Electroconvulsive therapy (ECT)',
    status: 'established',
    note: 'Among the most effective acute treatments; raises BDNF and neurogenesis in animals.',
    sources: ['husain2004', 'krishnan2008'],
  },
  {
    id: 'rtms',
    label: 'rTMS and theta-burst stimulation',
    status: 'established',
    note: 'Targets the left dorsolateral prefrontal cortex; thought to induce LTP-like change.',
    sources: ['george2010', 'blumberger2018'],
  },
  {
    id: 'connectivity-targeted-tms',
    label: 'Connectivity-targeted accelerated theta-burst (SNT)',
    status: 'investigational',
    note: 'Aims at the prefrontal spot most anticorrelated with the subgenual cingulate; cleared in the US in 2022 on small sham-controlled trials.',
    sources: ['cole2020', 'cole2022', 'fda-k220177'],
  },
  {
    id: 'dbs',
    label: 'Deep brain stimulation of the subcallosal cingulate',
    status: 'investigational',
    note: 'Striking open-label results in a small series; needs sham-controlled replication.',
    sources: ['mayberg2005'],
  },
  {
    id: 'psychotherapy',
    label: 'Cognitive behavioural therapy (chosen by circuit profile)',
    status: 'investigational',
    note: 'CBT is standard; choosing it by connectivity pattern is a research finding.',
    sources: ['dunlop2017'],
  },
]);

export const MECHANISMS: readonly Mechanism[] = Object.freeze([
  {
    id: 'plasticity',
    short: 'Plasticity',
    label: 'Impaired neuroplasticity (low BDNF, synapse loss)',
    summary:
      'The final common pathway of the model: reduced BDNF signalling, fewer synapses and spines in prefrontal cortex and hippocampus, and circuits that cannot adapt.',
    section: 'bdnf-and-plasticity-the-final-common-pathway',
    sectionTitle: 'BDNF and plasticity: the final common pathway',
    feeds: [],
    treatments: ['ketamine', 'ect', 'rtms', 'monoamine-antidepressants'],
    sources: ['krishnan2008', 'duman2012'],
  },
  {
    id: 'monoamine',
    short: 'Monoamines',
    label: 'Monoamine signalling',
    summary:
      'Serotonin, noradrenaline and dopamine: the target of first-line drugs, but not enough on its own to explain delayed or absent response.',
    section: 'beyond-the-monoamine-hypothesis',
    sectionTitle: 'Beyond the monoamine hypothesis',
    feeds: ['plasticity'],
    treatments: ['monoamine-antidepressants'],
    sources: ['krishnan2008'],
  },
  {
    id: 'pk-efflux',
    short: 'P-gp efflux',
    label: 'Efflux at the blood–brain barrier (P-gp, ABCB1)',
    summary:
      'A drug that P-glycoprotein pumps out of the brain can have a normal plasma level and still leave its target under-occupied (low Kp,uu).',
    section: 'pharmacokinetic-barriers',
    sectionTitle: 'Pharmacokinetic barriers',
    feeds: ['monoamine'],
    treatments: ['non-substrate-switch', 'abcb1-genotyping'],
    sources: ['uhr2003', 'obrien2012', 'kpuu-adme2022'],
  },
  {
    id: 'inflammation',
    short: 'Inflammation',
    label: 'Low-grade inflammation (IL-6, TNF-α, CRP)',
    summary:
      'About a quarter of depressed patients have CRP above 3 mg/L. Cytokines divert tryptophan to kynurenine, deplete BH4, may up-regulate SERT and lower BDNF.',
    section: 'neuroinflammation',
    sectionTitle: 'Neuroinflammation',
    feeds: ['monoamine', 'glutamate', 'plasticity'],
    treatments: ['anti-inflammatory'],
    sources: ['miller2016', 'osimo2019', 'raison2013'],
  },
  {
    id: 'hpa',
    short: 'Stress / HPA',
    label: 'Stress and HPA-axis overactivity',
    summary:
      'Glucocorticoid-receptor resistance weakens negative feedback, keeps cortisol high (DST non-suppression) and harms the hippocampus.',
    section: 'the-hpa-axis',
    sectionTitle: 'The HPA axis',
    feeds: ['inflammation', 'glutamate', 'plasticity'],
    treatments: [],
    noTreatmentNote:
      'No treatment aimed at the HPA axis itself is part of routine care in the module; the treatments that restore plasticity act downstream of it.',
    sources: ['pariante2008'],
  },
  {
    id: 'glutamate',
    short: 'Glutamate',
    label: 'Excess glutamate and excitation–inhibition imbalance',
    summary:
      'Stress and quinolinic acid push circuits toward excess excitation and excitotoxic synapse loss; NMDA blockade by ketamine is proposed to reverse it through a disinhibition cascade.',
    section: 'glutamate-and-the-excitationinhibition-balance',
    sectionTitle: 'Glutamate and the excitation–inhibition balance',
    feeds: ['plasticity'],
    treatments: ['ketamine'],
    sources: ['duman2012', 'murrough2013'],
  },
  {
    id: 'genetics',
    short: 'Genes',
    label: 'Genetic and epigenetic vulnerability',
    summary:
      'Variants (5-HTTLPR, BDNF Val66Met, FKBP5, ABCB1) and stress-induced DNA methylation set how strongly the other routes act; effects are small and inconsistent.',
    section: 'genetic-and-epigenetic-markers',
    sectionTitle: 'Genetic and epigenetic markers',
    feeds: ['hpa', 'plasticity'],
    treatments: ['abcb1-genotyping'],
    sources: ['klengel2015', 'krishnan2008'],
  },
  {
    id: 'circuits',
    short: 'Circuits',
    label: 'Circuit dysfunction (subgenual cingulate, fronto-limbic)',
    summary:
      'Network-level expression of the deficit: an overactive subgenual cingulate and altered fronto-limbic connectivity, which may predict CBT versus medication response.',
    section: 'the-subgenual-cingulate-and-fronto-limbic-circuits',
    sectionTitle: 'The subgenual cingulate and fronto-limbic circuits',
    feeds: ['plasticity'],
    treatments: ['rtms', 'connectivity-targeted-tms', 'dbs', 'psychotherapy'],
    sources: ['mayberg2005', 'dunlop2017'],
  },
]);

/** A mechanism by id; throws RangeError for an unknown id. */
export function mechanism(id: string): Mechanism {
  const m = MECHANISMS.find((x) => x.id === id);
  if (!m) {
    throw new RangeError(`Unknown mechanism "${id}". Known: ${MECHANISMS.map((x) => x.id).join(', ')}.`);
  }
  return m;
}

/** The treatments linked to a mechanism, in the order listed. */
export function treatmentsFor(id: string): Treatment[] {
  return mechanism(id).treatments.map((t) => {
    const found = TREATMENTS.find((x) => x.id === t);
    if (!found) throw new RangeError(`Mechanism "${id}" links to unknown treatment "${t}".`);
    return found;
  });
}

/** Mechanisms that feed into `id` (its upstream neighbours). */
export function upstreamOf(id: string): Mechanism[] {
  mechanism(id);
  return MECHANISMS.filter((m) => m.feeds.includes(id));
}

/** Every directed edge of the map: mechanism → mechanism ('feeds') and mechanism → treatment. */
export function edges(): { from: string; to: string; kind: 'feeds' | 'treated-by' }[] {
  return MECHANISMS.flatMap((m) => [
    ...m.feeds.map((to) => ({ from: m.id, to, kind: 'feeds' as const })),
    ...m.treatments.map((to) => ({ from: m.id, to, kind: 'treated-by' as const })),
  ]);
}
