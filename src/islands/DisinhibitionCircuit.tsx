// Disinhibition circuit (Chapter 2): steps through ketamine's proposed cascade
// (src/models/disinhibition-cascade.ts, read at build time by the wrapper: disinhibition-view.ts)
// on an SVG microcircuit — GABA interneuron, pyramidal neuron, synapse onto a postsynaptic
// dendrite. The step's `highlight` list decides which parts of the drawing are active, so the
// picture and the text come from the same data. The drawing's static pieces arrive as SVG markup
// (build-time data); the island sets only what changes with the step.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CircuitStep, DisinhibitionView } from '../components/islands/disinhibition-view.ts';

interface Props {
  children?: ComponentChildren;
  /** The cascade's steps in order (index 0 is the resting state) and the drawing. */
  view: DisinhibitionView;
  /** Step shown first (0-based). */
  initialStep?: number;
}

export default function DisinhibitionCircuit({ children, view, initialStep = 0 }: Props) {
  const { steps } = view;
  const last = steps.length - 1;
  const [index, setIndex] = useState(() => Math.min(last, Math.max(0, Math.trunc(initialStep) || 0)));
  // A focused button that becomes disabled (Next at the end, Previous at the start) or disappears
  // (Start again) drops keyboard focus to the page: hand it to the control that comes next.
  const nextRef = useRef<HTMLButtonElement>(null);
  const againRef = useRef<HTMLButtonElement>(null);
  const focusAfterStep = useRef<{ step: number; to: 'next' | 'again' } | null>(null);
  useEffect(() => {
    // Only in the render that shows the step asked for (a stale effect flushed before a quick
    // second key press must not use up the request before "Start again" exists).
    const request = focusAfterStep.current;
    if (!request || request.step !== index) return;
    focusAfterStep.current = null;
    (request.to === 'again' ? againRef : nextRef).current?.focus();
  }, [index]);
  const step = steps[index] as CircuitStep;
  const gabaWeak = index >= 2;
  const id = 'disinhibition';

  return (
    <section class="island mech-explorer disinhibition-circuit" aria-labelledby={`${id}-title`}>
      <p class="island__label">Mechanism explorer</p>
      <h3 id={`${id}-title`}>{view.text.title}</h3>
      <p class="model-label">{view.text.model}</p>
      {children && <div class="mech-equations">{children}</div>}

      <div class="dc-layout">
        <figure class="mech-figure dc-figure">
          <svg
            class="chart mech-chart dc-svg"
            viewBox="0 0 320 250"
            role="img"
            aria-labelledby={`${id}-svg-title`}
            data-step={step.id}
          >
            <title
              id={`${id}-svg-title`}
            >{`Microcircuit, step ${index + 1} of ${last + 1}: ${step.label}`}</title>
            {view.drawing.map((p, i) =>
              'slot' in p ? (
                p.slot === 'ketamine' ? (
                  index >= 1 && (
                    <g key={i} class="dc-ketamine" data-testid="dc-ketamine">
                      <circle cx="30" cy="62" r="9" />
                      <text x="30" y="66" text-anchor="middle">
                        K
                      </text>
                    </g>
                  )
                ) : (
                  <text key={i} class="dc-small" x="62" y="134">
                    {gabaWeak ? 'less GABA' : 'GABA brake'}
                  </text>
                )
              ) : (
                <g
                  key={i}
                  class={
                    p.part &&
                    `dc-part dc-${p.part}${step.highlight.includes(p.part) ? ' is-active' : ''}${
                      p.part === 'gaba-synapse' && gabaWeak
                        ? ' is-weak'
                        : p.part === 'spines' && index === last
                          ? ' is-grown'
                          : ''
                    }`
                  }
                  dangerouslySetInnerHTML={{ __html: p.html }}
                />
              ),
            )}
          </svg>
          <figcaption class="field-hint">{view.text.caption}</figcaption>
        </figure>

        <div class="dc-text">
          <div class="readout" role="status" aria-live="polite" data-testid="dc-readout">
            <p class="dc-counter">
              Step {index + 1} of {last + 1}
            </p>
            <p class="mech-readout__main">
              <strong data-testid="dc-label">{step.label}</strong>
            </p>
            <p class="mech-readout__text">{step.description}</p>
          </div>
          <div class="actions">
            <button
              type="button"
              class="secondary"
              onClick={() => {
                if (index === 1) focusAfterStep.current = { step: 0, to: 'next' };
                setIndex((i) => Math.max(0, i - 1));
              }}
              disabled={index === 0}
            >
              ← Previous
            </button>
            <button
              type="button"
              ref={nextRef}
              onClick={() => {
                if (index === last - 1) focusAfterStep.current = { step: last, to: 'again' };
                setIndex((i) => Math.min(last, i + 1));
              }}
              disabled={index === last}
            >
              Next →
            </button>
            {index === last && (
              <button
                type="button"
                class="secondary"
                ref={againRef}
                onClick={() => {
                  focusAfterStep.current = { step: 0, to: 'next' };
                  setIndex(0);
                }}
              >
                Start again
              </button>
            )}
          </div>
          <ol class="dc-steps" aria-label="All steps">
            {steps.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  class={`dc-step${i === index ? ' is-current' : ''}`}
                  aria-current={i === index ? 'step' : undefined}
                  onClick={() => {
                    setIndex(i);
                  }}
                >
                  {s.label}
                </button>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
