// Convergence map (Chapter 2): the integrative model from src/models/convergence-map.ts as an
// explorable diagram. Choosing a mechanism (buttons; arrow keys move between them) highlights its
// links in the drawing and lists the treatments said to act on it, with a link to the section of
// the chapter that explains it.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { ConvergenceMapView, ConvergenceNode } from '../components/islands/convergence-map-view.ts';

interface Props {
  children?: ComponentChildren;
  /** The map, laid out at build time from the model (convergence-map-view.ts). */
  view: ConvergenceMapView;
  /** Mechanism selected first. */
  initial?: string;
}

export default function ConvergenceMap({ children, view, initial = view.hub }: Props) {
  const { nodes } = view;
  const find = (id: string) => nodes.find((m) => m.id === id);
  const [selected, setSelected] = useState(() => (find(initial) ? initial : view.hub));
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = (find(selected) ?? nodes[0]) as ConvergenceNode;
  const { treatments } = current;
  const id = 'convergence';

  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const n = nodes.length;
    let next = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (i + 1) % n;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (i - 1 + n) % n;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    if (next >= 0) {
      e.preventDefault();
      const m = nodes[next];
      if (m) setSelected(m.id);
      buttons.current[next]?.focus();
    }
  };

  return (
    <section class="island mech-explorer convergence-map" aria-labelledby={`${id}-title`}>
      <p class="island__label">Mechanism explorer</p>
      <h3 id={`${id}-title`}>{view.text.title}</h3>
      <p class="model-label">{view.text.model}</p>
      {children && <div class="mech-equations">{children}</div>}

      <div class="cm-choices" role="group" aria-label="Mechanisms (arrow keys move between them)">
        {nodes.map((m, i) => (
          <button
            key={m.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            class={`secondary cm-choice${m.id === selected ? ' is-selected' : ''}`}
            aria-pressed={m.id === selected}
            tabIndex={m.id === selected ? 0 : -1}
            onClick={() => {
              setSelected(m.id);
            }}
            onKeyDown={(e) => {
              onKeyDown(e, i);
            }}
            data-mechanism={m.id}
          >
            {m.short}
          </button>
        ))}
      </div>

      <figure class="mech-figure cm-figure">
        <svg
          class="chart mech-chart cm-svg"
          viewBox="0 0 340 296"
          role="img"
          aria-labelledby={`${id}-svg-title`}
        >
          <title id={`${id}-svg-title`}>{current.title}</title>
          <defs dangerouslySetInnerHTML={{ __html: view.defs }} />
          {view.links.map((l) => {
            const active = l.from === selected || l.to === selected;
            return (
              <line
                key={`${l.from}-${l.to}`}
                class={`cm-link${active ? ' is-on' : ''}`}
                x1={l.x1}
                y1={l.y1}
                x2={l.x2}
                y2={l.y2}
                marker-end={active ? 'url(#cm-arrow-on)' : 'url(#cm-arrow)'}
              />
            );
          })}
          {nodes.map((m) => (
            <g
              key={m.id}
              class={`cm-node${m.id === view.hub ? ' cm-node--hub' : ''}${m.id === selected ? ' is-selected' : current.related.includes(m.id) ? ' is-related' : ''}`}
              onClick={() => {
                setSelected(m.id);
              }}
            >
              <rect x={m.x - m.w / 2} y={m.y - 14} width={m.w} height="28" rx="8" />
              <text x={m.x} y={m.y + 4} text-anchor="middle">
                {m.short}
              </text>
            </g>
          ))}
        </svg>
        <figcaption class="field-hint">{view.text.caption}</figcaption>
      </figure>

      <div class="readout cm-details" role="status" aria-live="polite" data-testid="cm-details">
        <p class="mech-readout__main">
          <strong data-testid="cm-label">{current.label}</strong>
        </p>
        <p class="mech-readout__text">{current.summary}</p>
        <p class="mech-readout__text">{current.links}</p>
        <p class="cm-subhead">Linked treatments</p>
        {treatments.length ? (
          <ul class="cm-treatments" data-testid="cm-treatments">
            {treatments.map((t) => (
              <li key={t.id}>
                <span class={`badge cm-status cm-status--${t.status}`}>{t.status}</span> {t.label}
                <span class="cm-note"> — {t.note}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p data-testid="cm-treatments">{current.none}</p>
        )}
        <p>
          Read more: <a href={`#${current.section}`}>{current.sectionTitle}</a>
        </p>
      </div>
    </section>
  );
}
