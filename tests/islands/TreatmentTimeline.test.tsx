// @vitest-environment jsdom
// Expected outcomes follow the contract's standard-profile rules and the label facts they cite
// (HAM-D-17 remission ≤ 7; response ≥ 50 %; partial 25–49 %; non-response < 25 %; stopped for an
// adverse effect before 6 weeks = intolerance) — clinical-rules §7a/§7b — worked out by hand.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import TreatmentTimeline from '../../src/islands/TreatmentTimeline.tsx';
import { timelineView } from '../../src/components/islands/treatment-timeline-view.ts';

afterEach(cleanup);

const CASE = {
  age: 47,
  episode: { durationMonths: 16, scale: 'HAMD17', baselineScore: 26, severity: 'severe' },
  treatments: [
    // 26 → 25 after 2 weeks, stopped for adverse effects: intolerance, not a failed trial.
    {
      kind: 'antidepressant',
      drug: 'citalopram',
      doseMgPerDay: 20,
      weeks: 2,
      endScore: 25,
      stoppedFor: 'adverse-effect',
    },
    // 25 → 23: 8 % fall, non-response; adequate (150 mg, 8 weeks, 90 %).
    {
      kind: 'antidepressant',
      drug: 'sertraline',
      doseMgPerDay: 150,
      weeks: 8,
      adherencePercent: 90,
      endScore: 23,
    },
    // 23 → 16: 30.4 % fall, partial response.
    {
      kind: 'antidepressant',
      drug: 'venlafaxine',
      doseMgPerDay: 225,
      weeks: 10,
      adherencePercent: 95,
      endScore: 16,
    },
    // 16 → 12: exactly 25 %, partial response.
    { kind: 'augmentation', agent: 'lithium', augments: 3, doseMgPerDay: 900, weeks: 6, endScore: 12 },
    // 12 → 6: HAM-D-17 ≤ 7, remission.
    { kind: 'ect', electrodePlacement: 'bilateral', sessions: 10, weeks: 4, endScore: 6 },
  ],
};

// As the Astro wrapper does at build time: the engine reads the case; the island gets JSON.
const timeline = JSON.parse(JSON.stringify(timelineView(CASE))) as ReturnType<typeof timelineView>;

describe('TreatmentTimeline', () => {
  it('draws one focusable segment and lists one item per trial', async () => {
    render(<TreatmentTimeline timeline={timeline} />);
    const segs = await screen.findAllByTestId('timeline-segment');
    expect(segs).toHaveLength(5);
    const items = within(screen.getByTestId('timeline-list')).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('citalopram'),
      expect.stringContaining('sertraline'),
      expect.stringContaining('venlafaxine'),
      expect.stringContaining('lithium'),
      expect.stringContaining('ECT'),
    ]);
  });

  it('shows the outcome of each trial as the rules define it', async () => {
    render(<TreatmentTimeline timeline={timeline} />);
    const items = within(await screen.findByTestId('timeline-list')).getAllByRole('listitem');
    const text = items.map((li) => li.textContent ?? '');
    expect(text[0]).toContain('Outcome: Intolerance');
    expect(text[1]).toContain('Outcome: Non-response');
    expect(text[1]).toContain('counts as a failed trial');
    expect(text[2]).toContain('Outcome: Partial response');
    expect(text[3]).toContain('Outcome: Partial response');
    expect(text[4]).toContain('Outcome: Remission');
    expect(text[1]).toContain('HAM-D-17: 25 → 23');
  });

  it('moves between trials with the arrow keys and shows details on focus', async () => {
    render(<TreatmentTimeline timeline={timeline} />);
    const segs = await screen.findAllByTestId('timeline-segment');
    expect(segs.map((s) => s.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1', '-1']);
    segs[0]?.focus();
    fireEvent.keyDown(segs[0] as Element, { key: 'ArrowRight' });
    await waitFor(() => {
      expect(document.activeElement).toBe(segs[1]);
    });
    await waitFor(() => {
      expect(screen.getByTestId('timeline-details').textContent).toContain('sertraline');
    });
    expect(segs[1]?.getAttribute('tabindex')).toBe('0');
    expect(segs[1]?.getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(segs[1] as Element, { key: 'End' });
    await waitFor(() => {
      expect(document.activeElement).toBe(segs[4]);
    });
    expect(screen.getByTestId('timeline-details').textContent).toContain('Remission');
    fireEvent.keyDown(segs[4] as Element, { key: 'ArrowRight' }); // wraps to the first
    await waitFor(() => {
      expect(document.activeElement).toBe(segs[0]);
    });
  });

  it('shows details on click too', async () => {
    render(<TreatmentTimeline timeline={timeline} />);
    const segs = await screen.findAllByTestId('timeline-segment');
    fireEvent.click(segs[2] as Element);
    await waitFor(() => {
      expect(screen.getByTestId('timeline-details').textContent).toContain('venlafaxine');
    });
    expect(screen.getByTestId('timeline-details').getAttribute('aria-live')).toBe('polite');
  });

  it('names every segment by its visible text: the trial and its outcome', async () => {
    render(<TreatmentTimeline timeline={timeline} />);
    expect(
      await screen.findByRole('button', { name: /^1\. citalopram 20 mg\/day\s*Intolerance/ }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /^5\. ECT ×10, bilateral\s*Remission/ })).toBeTruthy();
  });

  it('reports an invalid case instead of crashing', async () => {
    render(
      <TreatmentTimeline
        timeline={timelineView({
          age: 40,
          episode: { durationMonths: 3, scale: 'HAMD17', baselineScore: 80 },
        })}
      />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('episode.baselineScore');
  });

  it('ships no engine: the island imports only types from the build-time view', () => {
    const src = readFileSync('src/islands/TreatmentTimeline.tsx', 'utf8');
    expect(src).not.toMatch(/from '\.\.\/engine/);
    expect(src).toMatch(
      /^import type \{ TimelineResult \} from '\.\.\/components\/islands\/treatment-timeline-view\.ts';$/m,
    );
  });
});
