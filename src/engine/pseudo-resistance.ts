// Pseudo-resistance raised by one trial (contract "Pseudo-resistance"; seed 003): the flags and the
// findings that explain them. assessCase and the adequate-trial checker both call it.
import type { PseudoFlag } from './codes.ts';
import { finding, type Finding } from './findings.ts';
import type { TreatmentAssessment } from './trials.ts';

/**
 * Pseudo-resistance from one trial: each reason an antidepressant trial was inadequate (contract).
 * Module reading: a trial that ended in response or remission is left out — pseudo-resistance is an
 * *apparent lack of response* with a remediable cause (seed 003), and there was no lack of response.
 */
export function trialPseudoResistance(r: TreatmentAssessment): { flags: PseudoFlag[]; findings: Finding[] } {
  const flags: PseudoFlag[] = [];
  const findings: Finding[] = [];
  if (r.kind !== 'antidepressant') return { flags, findings };
  const about = `treatments.${r.index}`;
  if (r.inadequateBecause.length > 0 && (r.outcome === 'response' || r.outcome === 'remission')) {
    findings.push(
      finding(
        'pseudo-resistance',
        'pseudo.not-applicable-responded',
        `Treatment ${r.index + 1} (${r.label}) was not an adequate trial (${r.inadequateBecause.join(', ')}), but it ended in ${r.outcome}: that is not pseudo-resistance, which means an apparent lack of response.`,
        ['berlim2007'],
        { about },
      ),
    );
    return { flags, findings };
  }
  for (const why of r.inadequateBecause) {
    const flag: PseudoFlag = why === 'intolerance' ? 'intolerance' : `inadequate-${why}`;
    flags.push(flag);
    findings.push(
      finding(
        'pseudo-resistance',
        `pseudo.${flag}`,
        `Pseudo-resistance (${flag.replace('-', ' ')}): treatment ${r.index + 1} (${r.label}) was ${why === 'intolerance' ? 'stopped for intolerance' : `inadequate in ${why}`}, so it cannot count as a failed trial.`,
        ['berlim2007', 'sackeim2001'],
        { about },
      ),
    );
  }
  return { flags, findings };
}
