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

// Geometry (px vertically; percent horizontally).
const X0 = 11; // left edge of the plot, % of width (room for score labels)
const X1 = 97; // right edge, %
const SCORE_TOP = 26; // room for the scale name above the plot
const SCORE_H = 120;
const AXIS_GAP = 30; // week labels under the score plot
const LANE_H = 64; // name line + outcome line + bar
const BAR_H = 22;

const xPct = (weeks: number, total: number) => X0 + ((X1 - X0) * weeks) / total;
const pctStr = (v: number) => `${v.toFixed(3)}%`;
const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** CSS class per outcome ("partial-response" is drawn as "partial"). */
const outcomeClass = (o: string) => (o === 'partial-response' ? 'partial' : o);

function tickStep(total: number): number {
  for (const step of [1, 2, 4, 8, 12, 26, 52]) if (total / step <= 6) return step;
  return 104;
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

  const v = timeline.view;
  const { segments, total } = v;
  const current = Math.min(selected, Math.max(segments.length - 1, 0));
  const remissionAtMost = v.remissionAtMost;

  // Score axis: 0 to the highest score in the case, rounded up to a multiple of 5.
  const scores = [v.baselineScore, ...segments.flatMap((s) => [s.startScore, s.endScore ?? 0])];
  const yMax = Math.min(v.scaleMax, Math.max(5, Math.ceil(Math.max(...scores) / 5) * 5));
  const yOf = (score: number) => SCORE_TOP + SCORE_H * (1 - score / yMax);
  const yTicks = [0, Math.round(yMax / 2), yMax];
  const step = tickStep(total);
  const xTicks: number[] = [];
  for (let w = 0; w <= total + 1e-9; w += step) xTicks.push(w);
  const lanesTop = SCORE_TOP + SCORE_H + AXIS_GAP;
  const height = lanesTop + segments.length * LANE_H + 6;

  // Score trajectory in week/score units, drawn in a stretched inner SVG (non-scaling strokes).
  const measured = segments.filter((s) => s.endScore !== null);
  const path = measured
    .map((s) => `${s.start},${yMax - s.startScore} ${s.start + s.weeks},${yMax - (s.endScore ?? 0)}`)
    .join(' ');

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
  const trd = v.trd;

  return (
    <section class="island treatment-timeline" aria-labelledby={`${uid}-title`}>
      <p class="island__label">Treatment timeline</p>
      <Heading id={`${uid}-title`}>{title}</Heading>
      <p class="field-hint">
        {`Scores on the ${v.scaleLabel} (baseline ${v.baselineScore}); outcomes and adequacy as read by the rules engine (${v.profile} profile). `}
        {`Engine summary: ${trd.meets ? 'meets' : 'does not meet'} the TRD definition — ${trd.failedAdequateTrials} failed adequate antidepressant trial${trd.failedAdequateTrials === 1 ? '' : 's'}, ${trd.distinctClasses} class${trd.distinctClasses === 1 ? '' : 'es'}.`}
      </p>

      {segments.length === 0 ? (
        <p>No treatments recorded in this episode.</p>
      ) : (
        <div class="treatment-timeline__figure">
          <svg
            class="chart timeline-chart"
            width="100%"
            height={height}
            aria-labelledby={`${uid}-title`}
            data-testid="timeline-chart"
          >
            {/* Score plot */}
            {yTicks.map((v) => (
              <g key={`y${v}`}>
                <line class="grid" x1={pctStr(X0)} x2={pctStr(X1)} y1={yOf(v)} y2={yOf(v)} />
                <text class="timeline-chart__tick" x={pctStr(X0 - 1.5)} y={yOf(v) + 4} text-anchor="end">
                  {v}
                </text>
              </g>
            ))}
            {remissionAtMost <= yMax && (
              <g>
                <line
                  class="timeline-chart__remission"
                  x1={pctStr(X0)}
                  x2={pctStr(X1)}
                  y1={yOf(remissionAtMost)}
                  y2={yOf(remissionAtMost)}
                />
                <text class="timeline-chart__remission-label" x={pctStr(X0 + 1)} y={yOf(remissionAtMost) - 4}>
                  {`remission ≤ ${remissionAtMost}`}
                </text>
              </g>
            )}
            <text class="timeline-chart__axis-title" x="0" y={12}>
              {v.scaleLabel}
            </text>
            {path && (
              <svg
                x={pctStr(X0)}
                y={SCORE_TOP}
                width={pctStr(X1 - X0)}
                height={SCORE_H}
                viewBox={`0 0 ${total} ${yMax}`}
                preserveAspectRatio="none"
                overflow="visible"
                aria-hidden="true"
              >
                <polyline class="timeline-chart__line" points={path} vector-effect="non-scaling-stroke" />
              </svg>
            )}
            {measured.map((s) => (
              <g key={`pt${s.index}`} aria-hidden="true">
                <circle
                  class="timeline-chart__point"
                  cx={pctStr(xPct(s.start, total))}
                  cy={yOf(s.startScore)}
                  r="3.5"
                />
                <circle
                  class={`timeline-chart__point is-${outcomeClass(s.outcome)}`}
                  cx={pctStr(xPct(s.start + s.weeks, total))}
                  cy={yOf(s.endScore ?? 0)}
                  r="4.5"
                />
              </g>
            ))}
            {/* Week axis */}
            <line
              class="axis"
              x1={pctStr(X0)}
              x2={pctStr(X1)}
              y1={SCORE_TOP + SCORE_H}
              y2={SCORE_TOP + SCORE_H}
            />
            {xTicks.map((w) => (
              <text
                key={`x${w}`}
                class="timeline-chart__tick"
                x={pctStr(xPct(w, total))}
                y={SCORE_TOP + SCORE_H + 15}
                text-anchor="middle"
              >
                {fmt(w)}
              </text>
            ))}
            <text
              class="timeline-chart__axis-title"
              x={pctStr(X1)}
              y={SCORE_TOP + SCORE_H + 27}
              text-anchor="end"
            >
              weeks
            </text>
            {/* Treatment lanes */}
            <g role="group" aria-label="Treatments in order. Use the arrow keys to move between them.">
              {segments.map((s, i) => {
                const top = lanesTop + i * LANE_H;
                const x = xPct(s.start, total);
                const w = Math.max(((X1 - X0) * s.weeks) / total, 0.8);
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
                    <rect class="timeline-chart__hit" x="0" y={top} width="100%" height={LANE_H - 4} />
                    <text id={`${uid}-seg${i}-name`} class="timeline-chart__lane-text" x="0" y={top + 13}>
                      <tspan class="timeline-chart__lane-label">{`${i + 1}. ${s.shortName}`}</tspan>{' '}
                      <tspan class="timeline-chart__lane-outcome" x="0" y={top + 28}>
                        {`${s.outcomeLabel}${s.adequate === false ? ' · not adequate' : ''}${s.failed ? ' · failed trial' : ''}`}
                      </tspan>
                    </text>
                    <rect
                      class={`timeline-chart__bar is-${outcomeClass(s.outcome)}${s.nominal ? ' is-nominal' : ''}${s.adequate === false ? ' is-inadequate' : ''}`}
                      x={pctStr(x)}
                      y={top + 34}
                      width={pctStr(w)}
                      height={BAR_H}
                      rx="3"
                    />
                  </g>
                );
              })}
            </g>
          </svg>
          <p class="field-hint treatment-timeline__legend">
            Bar colour shows the engine’s outcome (green remission or response, amber partial response, red
            non-response, grey intolerance or not evaluable); a dashed outline marks a trial that was not
            adequate or has no recorded duration.
          </p>
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
          <ol class="treatment-timeline__list" data-testid="timeline-list">
            {segments.map((s) => (
              <li key={`li${s.index}`}>
                <strong>{s.label}</strong>
                {' — '}
                {s.details.join('; ')}.
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
