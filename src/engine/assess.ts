// assessCase: parse, then run every rule and collect the findings trace.
import { COMORBIDITIES, PSEUDO_FLAGS, type PseudoFlag } from './codes.ts';
import { finding, type Finding } from './findings.ts';
import { nextStepsFor, type NextSteps } from './next-steps.ts';
import { checkProfileOption, normaliseCase, type NormalisedCase } from './parse.ts';
import { profiles, type CriteriaProfile, type ProfileId } from './profiles.ts';
import type { ScaleId } from './scales.ts';
import type { PatientCase } from './schema.ts';
import { stageCase, type Staging } from './staging.ts';
import { trialPseudoResistance } from './pseudo-resistance.ts';
import { isBipolarSpectrum, trdOf, type TrdResult } from './resistance.ts';
import { assessTreatment } from './trial-findings.ts';
import type { TreatmentAssessment } from './trials.ts';
import { num } from './text.ts';
import { RULESET_VERSION } from './version.ts';

export type { TrdResult } from './resistance.ts';

export interface Assessment {
  rulesetVersion: string;
  /** The validated, normalised case that was assessed. */
  patientCase: PatientCase;
  profile: string;
  scale: ScaleId;
  treatments: TreatmentAssessment[];
  failedAdequateTrials: number;
  trd: TrdResult;
  persistentDepressiveDisorder: boolean;
  pseudoResistance: PseudoFlag[];
  staging: Staging;
  nextSteps: NextSteps;
  findings: Finding[];
}

export interface AssessOptions {
  profile?: ProfileId;
}

/** Assess an already-normalised case under any profile object (a custom profile is pure data). */
export function assessNormalised(n: NormalisedCase, profile: CriteriaProfile): Assessment {
  const c = n.patientCase;
  const findings: Finding[] = [
    finding('profile', 'case.profile', `Criteria profile: ${profile.label}. ${profile.description}`, [
      ...profile.sources.trd,
      ...profile.sources.outcome,
    ]),
  ];
  const results: TreatmentAssessment[] = [];
  c.treatments.forEach((t, index) => {
    const r = assessTreatment(t, {
      profile,
      scale: c.episode.scale,
      startFrom: n.startFrom[index] ?? 'baseline',
      index,
    });
    results.push(r.result);
    findings.push(...r.findings);
  });

  // ---- Failed trials and TRD
  const trd = trdOf(results, profile);
  const failed = results.filter((r) => r.kind === 'antidepressant' && r.failed);
  const classes = new Set(failed.map((r) => r.drugClass));
  const drugs = new Set(failed.map((r) => r.drug));
  const trdMeets = trd.meets;
  findings.push(
    finding(
      'failed-trials',
      'trials.failed-count',
      `Failed adequate antidepressant trials in this episode: ${failed.length}${failed.length ? ` (treatment ${failed.map((r) => r.index + 1).join(', ')})` : ''}.`,
      ['fava2003', 'desseilles2011'],
    ),
  );
  const need = profile.trdRequiresDistinctClasses
    ? `≥ ${profile.trdMinFailures} failed adequate trials from ≥ ${profile.trdMinFailures} distinct classes`
    : `≥ ${profile.trdMinFailures} failed adequate trials of different antidepressants, any class`;
  const have = `${failed.length} failed (${drugs.size} different drug${drugs.size === 1 ? '' : 's'}; ${classes.size} class${classes.size === 1 ? '' : 'es'}${classes.size ? `: ${[...classes].join(', ')}` : ''})`;
  let trdText = `TRD ${trdMeets ? 'met' : 'not met'}: ${have}; the ${profile.id} profile needs ${need}.`;
  if (
    !trdMeets &&
    profile.trdRequiresDistinctClasses &&
    failed.length >= profile.trdMinFailures &&
    drugs.size >= profile.trdMinFailures
  ) {
    trdText +=
      ' The regulatory reading (different antidepressants, any class) would count them; the standard profile follows Thase–Rush stage II in asking for a distinctly different class.';
  }
  findings.push(finding('trd', trdMeets ? 'trd.met' : 'trd.not-met', trdText, profile.sources.trd));

  // ---- Persistent depressive disorder: duration criterion only (DSM-5-TR criterion A)
  const youth = c.age < profile.pddMonths.youthBelowAge;
  const pddNeed = youth ? profile.pddMonths.youth : profile.pddMonths.adult;
  const pdd = c.episode.durationMonths >= pddNeed;
  findings.push(
    finding(
      'pdd',
      pdd ? 'pdd.duration-met' : 'pdd.duration-not-met',
      `Persistent depressive disorder, duration criterion: ${num(c.episode.durationMonths)} months ${pdd ? 'meets' : 'falls short of'} the ${pddNeed} months DSM-5-TR requires ${youth ? `under age ${profile.pddMonths.youthBelowAge} (1 year)` : 'in adults (2 years)'}. Only the duration is checked here, and it is not the same rule as Maudsley's "chronic" (> 24 months of the current episode).`,
      profile.sources.pdd,
      { about: 'episode', where: 'PDD criterion A' },
    ),
  );

  // ---- Pseudo-resistance (per trial: trialPseudoResistance; then diagnosis and comorbidity)
  const flags = new Set<PseudoFlag>();
  for (const r of results) {
    const p = trialPseudoResistance(r);
    for (const f of p.flags) flags.add(f);
    findings.push(...p.findings);
  }
  const mania = c.history.maniaOrHypomania;
  const emergent = c.emergentSymptoms;
  if (isBipolarSpectrum(mania, emergent)) {
    flags.add('bipolar-spectrum');
    const why = [
      mania ? 'a lifetime manic or hypomanic episode' : '',
      emergent.length ? `emergent ${emergent.join(' and ')} during treatment` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    findings.push(
      finding(
        'pseudo-resistance',
        'pseudo.bipolar-spectrum',
        `Pseudo-resistance (possible bipolar spectrum): ${why}. Reassess the diagnosis before calling this unipolar treatment resistance.`,
        ['berlim2007', 'apa2022'],
        { about: emergent.length ? 'emergentSymptoms' : 'history' },
      ),
    );
  }
  for (const code of c.comorbidities) {
    const flag = COMORBIDITIES[code];
    flags.add(flag);
    findings.push(
      finding(
        'pseudo-resistance',
        `pseudo.${flag}`,
        `Pseudo-resistance (${flag.replace('-', ' ')}): ${code.replaceAll('-', ' ')} can perpetuate or mimic depressive symptoms.`,
        ['berlim2007'],
        { about: 'comorbidities' },
      ),
    );
  }
  const pseudoResistance = PSEUDO_FLAGS.filter((f) => flags.has(f));

  const staged = stageCase(c, results, profile);
  findings.push(...staged.findings);
  const next = nextStepsFor(c, results, pseudoResistance, trdMeets, profile);
  findings.push(...next.findings);

  return {
    rulesetVersion: RULESET_VERSION,
    patientCase: c,
    profile: profile.id,
    scale: c.episode.scale,
    treatments: results,
    failedAdequateTrials: failed.length,
    trd,
    persistentDepressiveDisorder: pdd,
    pseudoResistance,
    staging: staged.staging,
    nextSteps: next.nextSteps,
    findings,
  };
}

/**
 * Assess a case. Throws CaseInputError (every problem at once) for invalid input.
 * `options.profile` overrides the case's own `profile`; default 'standard'.
 */
export function assessCase(input: unknown, options: AssessOptions = {}): Assessment {
  checkProfileOption(options.profile);
  const n = normaliseCase(input);
  const id = options.profile ?? n.patientCase.profile;
  return assessNormalised(n, profiles[id]);
}
