// Staging models: Thase–Rush, European (Souery), MGH-s, Maudsley. Clinical-rules §1–§4.
import { EUROPEAN_STAGES, MAUDSLEY_BANDS, type EuropeanStage, type MaudsleyBand } from './codes.ts';
import { ANTIDEPRESSANTS, type DrugClass } from './drugs.ts';
import { finding, type Finding } from './findings.ts';
import type { CriteriaProfile } from './profiles.ts';
import { severityFromScore, SCALES, type Severity } from './scales.ts';
import type { PatientCase } from './schema.ts';
import { list, num } from './text.ts';
import type { TreatmentAssessment } from './trials.ts';

export type ThaseRushStage = 0 | 1 | 2 | 3 | 4 | 5;
export { EUROPEAN_STAGES, MAUDSLEY_BANDS, type EuropeanStage, type MaudsleyBand };

export interface MaudsleyScore {
  total: number;
  band: MaudsleyBand;
  duration: 1 | 2 | 3;
  severity: 1 | 2 | 3 | 4 | 5;
  failures: 1 | 2 | 3 | 4 | 5;
  augmentation: 0 | 1;
  ect: 0 | 1;
  /** Whether severity came from `episode.severity` or the module's score convention (§7e). */
  severityFrom: 'given' | 'derived-from-score';
}

export interface Staging {
  thaseRush: ThaseRushStage;
  european: EuropeanStage;
  mgh: number;
  maudsley: MaudsleyScore | null;
}

interface FailedTrial {
  index: number;
  drug: string;
  cls: DrugClass;
}

const classesOf = (trials: readonly FailedTrial[]) => new Set(trials.map((t) => t.cls));

/** Add-ons (augmentation/combination) that count as failed strategies: not ending in response or remission. */
export function countedAddOns(results: readonly TreatmentAssessment[]): TreatmentAssessment[] {
  return results.filter(
    (r) =>
      (r.kind === 'augmentation' || r.kind === 'combination') &&
      r.augments !== undefined &&
      results[r.augments]?.failed === true &&
      r.outcome !== 'remission' &&
      r.outcome !== 'response',
  );
}

/**
 * Thase & Rush 1997 (clinical-rules §1). Module reading:
 * - "class" = the engine's seven classes (SSRI, SNRI, TCA, MAOI, NDRI, NaSSA, serotonin-modulator).
 * - II: failed trials in ≥ 2 distinct classes. III: a failed TCA trial PLUS other failed trials that
 *   already span 2 distinct classes ("a further" TCA trial). IV: likewise with a TCA and a separate
 *   MAOI trial. V: IV plus a failed bilateral ECT course (bifrontal and right-unilateral are not
 *   counted: the model names bilateral ECT). The order of the trials is not enforced.
 */
function thaseRush(failed: readonly FailedTrial[], failedBilateralEct: boolean): ThaseRushStage {
  if (failed.length === 0) return 0;
  if (classesOf(failed).size < 2) return 1;
  const tcas = failed.filter((t) => t.cls === 'TCA');
  const maois = failed.filter((t) => t.cls === 'MAOI');
  const stage3 = tcas.some((tca) => classesOf(failed.filter((t) => t !== tca)).size >= 2);
  if (!stage3) return 2;
  const stage4 = tcas.some((tca) =>
    maois.some((maoi) => classesOf(failed.filter((t) => t !== tca && t !== maoi)).size >= 2),
  );
  if (!stage4) return 3;
  return failedBilateralEct ? 5 : 4;
}

export function stageCase(
  c: PatientCase,
  results: readonly TreatmentAssessment[],
  profile: CriteriaProfile,
): { staging: Staging; findings: Finding[] } {
  const findings: Finding[] = [];
  const failed: FailedTrial[] = results
    .filter(
      (r) => r.kind === 'antidepressant' && r.failed && r.drug !== undefined && r.drugClass !== undefined,
    )
    .map((r) => ({ index: r.index, drug: r.drug ?? '', cls: r.drugClass ?? 'SSRI' }));
  const failedEct = results.filter((r) => r.kind === 'ect' && r.failed);
  const failedBilateral = failedEct.filter((r) => {
    const t = c.treatments[r.index];
    return t?.kind === 'ect' && t.electrodePlacement === 'bilateral';
  });
  const addOns = countedAddOns(results);
  const nameOf = (t: FailedTrial) => ANTIDEPRESSANTS[t.drug as keyof typeof ANTIDEPRESSANTS]?.name ?? t.drug;
  const classList = [...classesOf(failed)].map(
    (cls) =>
      `${cls}: ${failed
        .filter((t) => t.cls === cls)
        .map(nameOf)
        .join(', ')}`,
  );

  // ---- Thase–Rush
  const tr = thaseRush(failed, failedBilateral.length > 0);
  const trWhy: Record<ThaseRushStage, string> = {
    0: 'no failed adequate antidepressant trial — stage 0 (not a resistance stage)',
    1: `${failed.length} failed adequate trial${failed.length === 1 ? '' : 's'}, all in one class (${list(classList)}) — stage I; stage II needs a failed trial in a distinctly different class`,
    2: `failed adequate trials in ${classesOf(failed).size} distinct classes (${list(classList)}) — stage II; stage III needs a further failed TCA trial`,
    3: `stage II plus a further failed TCA trial (${list(classList)}) — stage III; stage IV needs a further failed MAOI trial`,
    4: `stage III plus a further failed MAOI trial (${list(classList)}) — stage IV; stage V needs a failed course of bilateral ECT`,
    5: `stage IV plus a failed course of bilateral ECT (treatment ${list(failedBilateral.map((r) => String(r.index + 1)))}) — stage V`,
  };
  findings.push(
    finding(
      'thase-rush',
      'staging.thase-rush',
      `Thase–Rush: ${trWhy[tr]}. Each stage needs every earlier one; the model counts only antidepressant trials and bilateral ECT (module reading: the seven drug classes above; trial order not enforced).`,
      ['thase1997', 'medicalalgorithms-trsm', 'fava2003'],
      { where: 'stage definitions' },
    ),
  );
  if (tr >= 1 && tr < 5 && failedEct.length > failedBilateral.length) {
    findings.push(
      finding(
        'thase-rush',
        'staging.thase-rush.ect-not-bilateral',
        'A failed ECT course that was not bilateral does not count toward Thase–Rush stage V (the model names bilateral ECT).',
        ['thase1997'],
      ),
    );
  }

  // ---- European (Souery 1999)
  const nFailed = failed.length;
  const failedTreatments = nFailed + addOns.length;
  const crd =
    nFailed >= profile.trdMinFailures &&
    failedTreatments >= profile.crdMinFailedTreatments &&
    (!profile.crdRequiresAugmentation || addOns.length > 0) &&
    c.episode.durationMonths >= profile.crdMinEpisodeMonths;
  let european: EuropeanStage;
  if (crd) european = 'CRD';
  else if (nFailed === 0) european = 'none';
  else if (nFailed === 1) european = 'non-responder';
  else european = `TRD${Math.min(nFailed - 1, 5)}` as EuropeanStage;
  const crdRule = `CRD (module reading of "several adequate trials, usually including augmentation, lasting at least 12 months"): ≥ ${profile.crdMinFailedTreatments} failed treatments counting failed augmentations, ≥ 1 augmentation or combination, and an episode of ≥ ${profile.crdMinEpisodeMonths} months`;
  findings.push(
    finding(
      'european',
      'staging.european',
      `European staging: ${nFailed} failed adequate antidepressant trial${nFailed === 1 ? '' : 's'} → ${european === 'none' ? 'no stage' : european}. Module reading of Souery 1999: 1 failed trial = non-responder; 2, 3, 4, 5, ≥ 6 = TRD1–TRD5 (the treatment windows of Hägg 2020 step up by one trial each; the trial-count mapping is an inference, not a quoted rule). ${crdRule} — here ${nFailed} + ${addOns.length} failed augmentation${addOns.length === 1 ? '' : 's'} = ${failedTreatments}, episode ${num(c.episode.durationMonths)} months${crd ? ', so CRD' : ', so not CRD'}.`,
      ['souery1999', 'hagg2020', 'medicalalgorithms-crd'],
      { where: 'Hägg 2020 Panel 1' },
    ),
  );

  // ---- MGH-s (Fava 2003)
  let mgh = 0;
  for (const t of failed) {
    const input = c.treatments[t.index];
    const opts = input?.kind === 'antidepressant' ? input.optimized : [];
    const mine = addOns.filter((a) => a.augments === t.index);
    const pts = 1 + 0.5 * opts.length + 0.5 * mine.length;
    mgh += pts;
    const parts = ['1 point for the failed adequate trial'];
    for (const o of opts)
      parts.push(
        `0.5 for ${o} optimisation${o === 'duration' ? ' (duration optimisation is unverified: recalled from Fava 2003; Hägg 2020 Panel 1 lists only dose optimisation)' : ''}`,
      );
    for (const a of mine)
      parts.push(`0.5 for ${a.kind} with ${a.agent ?? 'an agent'} (treatment ${a.index + 1})`);
    findings.push(
      finding(
        'mgh',
        'staging.mgh.trial',
        `MGH-s, treatment ${t.index + 1} (${nameOf(t)}): ${parts.join(' + ')} = ${num(pts)}.`,
        ['fava2003', 'hagg2020'],
        {
          about: `treatments.${t.index}`,
          where: 'Hägg 2020 Panel 1',
        },
      ),
    );
  }
  for (const r of results) {
    if ((r.kind === 'augmentation' || r.kind === 'combination') && !addOns.includes(r)) {
      const target = r.augments === undefined ? undefined : results[r.augments];
      findings.push(
        finding(
          'mgh',
          'staging.mgh.add-on-not-counted',
          `MGH-s: treatment ${r.index + 1} (${r.label}) adds nothing — ${target?.failed ? `it ended in ${r.outcome}, and a response or remission is not a failed strategy` : `the trial it was added to (treatment ${(r.augments ?? 0) + 1}) is not a failed adequate trial`}.`,
          ['fava2003'],
          { about: `treatments.${r.index}` },
        ),
      );
    }
  }
  for (const r of failedEct) {
    mgh += 3;
    findings.push(
      finding(
        'mgh',
        'staging.mgh.ect',
        `MGH-s: 3 points for the failed ECT course (treatment ${r.index + 1}).`,
        ['fava2003', 'hagg2020'],
        {
          about: `treatments.${r.index}`,
          where: 'Hägg 2020 Panel 1',
        },
      ),
    );
  }
  findings.push(
    finding(
      'mgh',
      'staging.mgh.total',
      `MGH-s total: ${num(mgh)} points (1 per failed adequate antidepressant trial, + 0.5 per dose or duration optimisation and per augmentation or combination of a failed trial, + 3 per failed ECT course; no upper limit and no stages).`,
      ['fava2003', 'hagg2020', 'petersen2005'],
      { where: 'Hägg 2020 Panel 1' },
    ),
  );

  // ---- Maudsley (Fekadu 2009; Fekadu 2018 Table 3; Hägg 2020 Panel 1)
  let maudsley: MaudsleyScore | null = null;
  const drugs = new Set(failed.map((t) => t.drug));
  if (drugs.size === 0) {
    findings.push(
      finding(
        'maudsley',
        'staging.maudsley.not-applicable',
        'Maudsley staging: not applicable — no antidepressant has failed, and the method has no level for zero failures (module decision; the published tables give no rule).',
        ['fekadu2009', 'fekadu2018'],
      ),
    );
  } else {
    const months = c.episode.durationMonths;
    const duration: MaudsleyScore['duration'] = months <= 12 ? 1 : months <= 24 ? 2 : 3;
    findings.push(
      finding(
        'maudsley',
        'staging.maudsley.duration',
        `Maudsley duration: current episode ${num(months)} months → ${duration} (≤ 12 months acute = 1, 13–24 sub-acute = 2, > 24 chronic = 3).`,
        ['fekadu2009', 'fekadu2018'],
        { about: 'episode', where: 'Fekadu 2018 Table 3' },
      ),
    );
    const given = c.episode.severity;
    const sev: Severity = given ?? severityFromScore(c.episode.scale, c.episode.baselineScore);
    const psychotic = c.episode.psychoticFeatures;
    const severity: MaudsleyScore['severity'] = psychotic
      ? 5
      : ({ subsyndromal: 1, mild: 2, moderate: 3, severe: 4 } as const)[sev];
    const scale = SCALES[c.episode.scale];
    const sevWhy = given
      ? `severity given as ${given}${psychotic ? ' with psychotic features' : ''}`
      : `no severity given; baseline ${scale.label} ${c.episode.baselineScore} is ${sev} by the module convention (${scale.severityBands}; not a published MSM mapping — clinical-rules §7e)${psychotic ? ', with psychotic features' : ''}`;
    findings.push(
      finding(
        'maudsley',
        'staging.maudsley.severity',
        `Maudsley severity: ${sevWhy} → ${severity} (subsyndromal 1, mild 2, moderate 3, severe 4, severe with psychosis 5).`,
        given ? ['fekadu2009', 'fekadu2018'] : ['fekadu2018', scale.severitySource],
        { about: 'episode', where: 'Fekadu 2018 Table 3' },
      ),
    );
    const k = drugs.size;
    const failures: MaudsleyScore['failures'] = k <= 2 ? 1 : k <= 4 ? 2 : k <= 6 ? 3 : k <= 10 ? 4 : 5;
    findings.push(
      finding(
        'maudsley',
        'staging.maudsley.failures',
        `Maudsley treatment failures: ${k} failed antidepressant${k === 1 ? '' : 's'} → ${failures} (1–2 = 1, 3–4 = 2, 5–6 = 3, 7–10 = 4, > 10 = 5; a drug that failed twice counts once).`,
        ['fekadu2009', 'hagg2020'],
        { where: 'Hägg 2020 Panel 1' },
      ),
    );
    const anyAddOn = results.some((r) => r.kind === 'augmentation' || r.kind === 'combination');
    const anyEct = results.some((r) => r.kind === 'ect');
    const augmentation: 0 | 1 = anyAddOn ? 1 : 0;
    const ect: 0 | 1 = anyEct ? 1 : 0;
    findings.push(
      finding(
        'maudsley',
        'staging.maudsley.augmentation',
        `Maudsley augmentation: ${anyAddOn ? 'used' : 'not used'} → ${augmentation} (the method scores use; combination is counted as augmentation here).`,
        ['fekadu2009', 'fekadu2018'],
      ),
      finding('maudsley', 'staging.maudsley.ect', `Maudsley ECT: ${anyEct ? 'used' : 'not used'} → ${ect}.`, [
        'fekadu2009',
        'fekadu2018',
      ]),
    );
    const total = duration + severity + failures + augmentation + ect;
    const band: MaudsleyBand = total <= 6 ? 'mild' : total <= 10 ? 'moderate' : 'severe';
    maudsley = {
      total,
      band,
      duration,
      severity,
      failures,
      augmentation,
      ect,
      severityFrom: given ? 'given' : 'derived-from-score',
    };
    findings.push(
      finding(
        'maudsley',
        'staging.maudsley.total',
        `Maudsley total: ${duration} + ${severity} + ${failures} + ${augmentation} + ${ect} = ${total} → ${band} (mild 3–6, moderate 7–10, severe 11–15).`,
        ['fekadu2009', 'fekadu2018'],
        { where: 'Fekadu 2018 Table 3' },
      ),
    );
  }

  return { staging: { thaseRush: tr, european, mgh, maudsley }, findings };
}
