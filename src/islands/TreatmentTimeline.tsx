// Treatment-history timeline. Draws a case's treatments in order over time (weeks), with the
// score trajectory above and one lane per treatment below, and lists the same trials as text.
// Each trial's outcome, adequacy and percent change are the rules engine's reading, computed when
// the page is built (components/islands/treatment-timeline-view.ts, called by the Astro wrapper);
// the island only lays them out, and ships no engine. Reusable anywhere a case is at hand: the
// wrapper takes `caseInput` (plus an optional title and profile).
//
// Keyboard: the trial segments form one tab stop; arrow keys (and Home/End) move between them, and
// focusing or clicking a segment shows its details. Nothing needs dragging.
// Layout uses percentage x-coordinates, so text keeps its real size on a 320 px screen.
import { useId, useRef, useState } from 'preact/hooks';
import type { TimelineResult } from '../components/islands/treatment-timeline-view.ts';

export interface TreatmentTimelineProps {
  /** The engine's reading of the case (timelineView(caseInput), at build time). */
  timeline: TimelineResult;
  /** Heading shown above the timeline. */
  title?: string | undefined;
  /** Level of the island's heading, to fit the page outline (default 3). */
  headingLevel?: 2 | 3 | 4 | undefined;
}

export default function TreatmentTimeline({
  timeline,
  title = 'Treatment timeline',
  headingLevel = 3,
}: TreatmentTimelineProps) {
  const Heading = `h${headingLevel}` as 'h3';
  const uid = `tl-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [selected, setSelected] = useState(0);
  const segRefs = useRef<(SVGGElement | null)[]>([]);

  if ('issues' in timeline) {
    return (
      <section class="island treatment-timeline" aria-labelledby={`${uid}-title`}>
        <p class="island__label">Treatment timeline</p>
        <Heading id={`${uid}-title`}>{title}</Heading>
        <div class="feedback feedback--bad" role="alert">
          <p class="feedback__verdict">This case cannot be drawn.</p>
          <ul class="error-msg">
            {timeline.issues.map((i) => (
              <li key={`${i.path}-${i.message}`}>{`${i.path || 'case'}: ${i.message}`}</li>
            ))}
          </ul>
        </div>
      </section>
    );
  }

  const { segments, layout } = timeline.view;
  const current = Math.min(selected, Math.max(segments.length - 1, 0));

  const focusSeg = (i: number) => {
    const n = segments.length;
    if (n === 0) return;
    const next = ((i % n) + n) % n;
    setSelected(next);
    segRefs.current[next]?.focus();
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    const keys: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      Home: 0,
      End: segments.length - 1,
    };
    if (e.key in keys) {
      e.preventDefault();
      focusSeg(keys[e.key] as number);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      setSelected(i);
    }
  };

  const sel = segments[current];

  return (
    <section class="island treatment-timeline" aria-labelledby={`${uid}-title`}>
      <p class="island__label">Treatment timeline</p>
      <Heading id={`${uid}-title`}>{title}</Heading>
      <p class="field-hint">{layout.intro}</p>

      {segments.length === 0 ? (
        <p>No treatments recorded in this episode.</p>
      ) : (
        <div class="treatment-timeline__figure">
          <svg
            class="chart timeline-chart"
            width="100%"
            height={layout.height}
            aria-labelledby={`${uid}-title`}
            data-testid="timeline-chart"
          >
            {/* Score plot and week axis, laid out at build time */}
            <g dangerouslySetInnerHTML={{ __html: layout.plot }} />
            {/* Treatment lanes */}
            <g role="group" aria-label="Treatments in order. Use the arrow keys to move between them.">
              {layout.lanes.map((l, i) => {
                const isSel = i === current;
                return (
                  <g
                    key={`seg${i}`}
                    ref={(el) => {
                      segRefs.current[i] = el;
                    }}
                    class={`timeline-chart__seg${isSel ? ' is-selected' : ''}`}
                    role="button"
                    tabindex={isSel ? 0 : -1}
                    aria-pressed={isSel ? 'true' : 'false'}
                    aria-labelledby={`${uid}-seg${i}-name`}
                    data-testid="timeline-segment"
                    onFocus={() => {
                      setSelected(i);
                    }}
                    onClick={() => {
                      focusSeg(i);
                    }}
                    onKeyDown={(e) => {
                      onKey(e, i);
                    }}
                  >
                    <rect class="timeline-chart__hit" x="0" y={l.top} width="100%" height={60} />
                    <text id={`${uid}-seg${i}-name`} class="timeline-chart__lane-text" x="0" y={l.top + 13}>
                      <tspan class="timeline-chart__lane-label">{l.name}</tspan>{' '}
                      <tspan class="timeline-chart__lane-outcome" x="0" y={l.top + 28}>
                        {l.outcome}
                      </tspan>
                    </text>
                    <rect class={l.bar} x={l.x} y={l.top + 34} width={l.w} height={22} rx="3" />
                  </g>
                );
              })}
            </g>
          </svg>
          <p class="field-hint treatment-timeline__legend">{layout.legend}</p>
        </div>
      )}

      {sel && (
        <div class="treatment-timeline__details readout" aria-live="polite" data-testid="timeline-details">
          <p class="treatment-timeline__details-title">
            <strong>{`Treatment ${sel.index + 1}: ${sel.label}`}</strong>
          </p>
          <ul>
            {sel.details.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </div>
      )}

      {segments.length > 0 && (
        <details class="treatment-timeline__list-wrap">
          <summary>All treatments as a list</summary>
          <ol
            class="treatment-timeline__list"
            data-testid="timeline-list"
            dangerouslySetInnerHTML={{ __html: layout.list }}
          />
        </details>
      )}
    </section>
  );
}
