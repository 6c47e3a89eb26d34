// "Same patient, different definitions" (Chapter 1). Each preset patient is assessed by the shared
// engine under every criteria profile it exports, and all four staging models are shown at once.
// Rows whose verdicts differ between profiles are marked, and the engine findings that differ are
// listed as the reason. The presets are fixed, so the engine runs at build time
// (components/islands/definitions-view.ts) and each preset's result is static HTML
// (principles/DefinitionsPreset.tsx, passed as this island's children). The island only picks the
// patient: it shows that preset's story and summary and unhides its result. Every verdict is the
// engine's; the island ships no engine and no result markup.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** What the picker shows for one preset (the rest is in its static result). */
export interface DefinitionsChoice {
  id: string;
  title: string;
  story: string;
  lookFor: string;
  summary: string;
}

export interface DefinitionsExplorerProps {
  choices: readonly DefinitionsChoice[];
  idPrefix?: string;
  /** Preset shown first (id from principles/presets.ts). */
  initialPreset?: string | undefined;
  /** One DefinitionsPreset per choice, each marked with data-preset="<id>". */
  children?: ComponentChildren;
}

export default function DefinitionsExplorer({
  choices,
  idPrefix = 'definitions',
  initialPreset,
  children,
}: DefinitionsExplorerProps) {
  const [presetId, setPresetId] = useState(shownPreset(choices, initialPreset));
  const preset = choices.find((p) => p.id === presetId);
  const root = useRef<HTMLElement>(null);
  const id = (s: string) => `${idPrefix}-${s}`;

  useEffect(() => {
    root.current?.querySelectorAll<HTMLElement>('[data-preset]').forEach((el) => {
      el.hidden = el.dataset['preset'] !== presetId;
    });
  }, [presetId]);

  return (
    <section class="island definitions-explorer" aria-labelledby={id('title')} ref={root}>
      <p class="island__label">Interactive · same patient, different definitions</p>
      <h3 id={id('title')}>One history, every definition</h3>
      <div class="fields definitions-explorer__pick">
        <div class="field">
          <label for={id('preset')}>Patient</label>
          <select
            id={id('preset')}
            value={presetId}
            onChange={(e) => {
              setPresetId(e.currentTarget.value);
            }}
          >
            {choices.map((p) => (
              <option value={p.id} key={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
      </div>

      {preset ? (
        <div class="definitions-explorer__story">
          <p>{preset.story}</p>
          <p class="field-hint">
            <strong>Look for:</strong> {preset.lookFor}
          </p>
        </div>
      ) : null}
      <p class="readout definitions-explorer__summary" aria-live="polite">
        {preset?.summary ?? 'This preset could not be assessed.'}
      </p>
      {children}
    </section>
  );
}

/** The preset shown first: the requested one if it exists, else the first. */
export function shownPreset(choices: readonly DefinitionsChoice[], wanted: string | undefined): string {
  return choices.some((p) => p.id === wanted) ? (wanted as string) : (choices[0]?.id ?? '');
}
