// Engine findings with links to their sources, for the Chapter 1 islands. Display only: no engine
// code here (types only), so an island that shows build-time results ships none.
import type { Finding } from '../../engine/index.ts';
import { SourceLinks, type RefLabels } from '../source-links.tsx';

export { SourceLinks, type RefLabels };

/** A list of engine findings, each with its sources. */
export function FindingList({
  findings,
  refLabels,
  class: className = 'findings',
}: {
  findings: readonly Finding[];
  refLabels?: RefLabels | undefined;
  class?: string;
}) {
  if (findings.length === 0) return null;
  return (
    <ul class={className}>
      {findings.map((f, i) => (
        <li key={`${f.code}-${f.about ?? ''}-${i}`}>
          {f.text}
          <SourceLinks keys={f.sources} refLabels={refLabels} />
        </li>
      ))}
    </ul>
  );
}
