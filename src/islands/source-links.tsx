// Links from a finding, an answer or a figure to the module's source list: one component for every
// island and for the build-time views (findings, exercise feedback, self-check explanations, the
// esketamine check's reasons). Display only.
import { Fragment } from 'preact';

/** Short labels for bibliography keys ("Hägg 2020"), supplied by an Astro wrapper at build time. */
export type RefLabels = Record<string, string>;

/** " (Key1; Key2)": links to the source list, one per key, each label from `refLabels` or the key. */
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
