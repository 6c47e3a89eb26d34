// Engine findings with links to their sources, for the Chapter 1 islands. Display only: no engine
// code here (types only), so an island that shows build-time results ships none.
import { Fragment } from 'preact';
import type { Finding } from '../../engine/index.ts';

/** Short labels for bibliography keys ("Hägg 2020"), supplied by the Astro wrapper at build time. */
export type RefLabels = Record<string, string>;

/** Links to the module's source list, one per key. */
export function SourceLinks({
  keys,
  refLabels,
}: {
  keys: readonly string[];
  refLabels?: RefLabels | undefined;
}) {
  if (keys.length === 0) return null;
  const unique = [...new Set(keys)];
  const last = unique.length - 1;
  // Word joiners keep the brackets on the line of the first and last link (no orphaned "(").
  return (
    <span class="source-links">
      {' '}
      {unique.map((k, i) => (
        <Fragment key={k}>
          {i > 0 ? '; ' : ''}
          <span class="source-links__item">
            {i === 0 ? '(\u2060' : ''}
            <a href={`/references/#ref-${k}`}>{refLabels?.[k] ?? k}</a>
            {i === last ? '\u2060)' : ''}
          </span>
        </Fragment>
      ))}
    </span>
  );
}

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
