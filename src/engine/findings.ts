// The findings trace: every decision the engine makes, with the rule, the numbers and the sources.
import type { SourceKey } from './sources.ts';

export interface Finding {
  /** Stable identifier of the decision, e.g. `adequacy.dose-met`, `trd.met`, `staging.maudsley.duration`. */
  code: string;
  /** What it is about, 0-based like input paths: `treatments.1`, `episode`. Absent for case-level findings. */
  about?: string;
  /** Learner-readable sentence with the numbers used. */
  text: string;
  /** Bibliography keys (content/references.json). */
  sources: SourceKey[];
  /** Rule id, e.g. `adequacy`, `outcome`, `thase-rush`, `maudsley`. */
  rule: string;
  /** Where in the source (table, panel, section), when handy. */
  where?: string;
}

export function finding(
  rule: string,
  code: string,
  text: string,
  sources: SourceKey[],
  extra: { about?: string | undefined; where?: string | undefined } = {},
): Finding {
  const f: Finding = { code, text, sources, rule };
  if (extra.about !== undefined) f.about = extra.about;
  if (extra.where !== undefined) f.where = extra.where;
  return f;
}
