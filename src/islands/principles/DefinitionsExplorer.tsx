// "Same patient, different definitions" (Chapter 1). Each preset patient is assessed by the shared
// engine under every criteria profile it exports, and all four staging models are shown at once.
// Rows whose verdicts differ between profiles are marked, and the engine findings that differ are
// listed as the reason. The presets are fixed, so the engine runs at build time
// (components/islands/definitions-view.ts) and this component is rendered to static HTML
// (DefinitionsExplorer.astro, no client directive): it ships no JavaScript at all. The learner
// picks a patient by opening its disclosure; the disclosures share a `name`, so opening one closes
// the others where the browser supports exclusive <details> (elsewhere several may stay open).
import type { DefinitionsView } from '../../components/islands/definitions-view.ts';
import DefinitionsPreset from './DefinitionsPreset.tsx';
import type { RefLabels } from './finding-list.tsx';

export interface DefinitionsExplorerProps {
  presets: readonly DefinitionsView[];
  refLabels?: RefLabels | undefined;
  idPrefix?: string;
  /** Preset open first (id from principles/presets.ts); an unknown id opens the first. */
  initialPreset?: string | undefined;
}

export default function DefinitionsExplorer({
  presets,
  refLabels,
  idPrefix = 'definitions',
  initialPreset,
}: DefinitionsExplorerProps) {
  const open = shownPreset(presets, initialPreset);
  const id = (s: string) => `${idPrefix}-${s}`;
  return (
    <section class="island definitions-explorer" aria-labelledby={id('title')}>
      <p class="island__label">Interactive · same patient, different definitions</p>
      <h3 id={id('title')}>One history, every definition</h3>
      <p class="field-hint">
        Open a patient to see the verdicts under each criteria profile and each staging model.
      </p>
      {presets.map((p) => (
        <details class="definitions-explorer__patient" name={id('patient')} open={p.id === open} key={p.id}>
          <summary>{p.title}</summary>
          <div class="definitions-explorer__story">
            <p>{p.story}</p>
            <p class="field-hint">
              <strong>Look for:</strong> {p.lookFor}
            </p>
          </div>
          <p class="readout definitions-explorer__summary">{p.summary}</p>
          <DefinitionsPreset preset={p} refLabels={refLabels} idPrefix={idPrefix} />
        </details>
      ))}
    </section>
  );
}

/** The preset open first: the requested one if it exists, else the first. */
export function shownPreset(presets: readonly { id: string }[], wanted: string | undefined): string {
  return presets.some((p) => p.id === wanted) ? (wanted as string) : (presets[0]?.id ?? '');
}
