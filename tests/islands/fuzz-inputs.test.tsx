// Property tests on learner entries: every island in src/islands is rendered with the props its
// Astro wrapper (src/components/islands/, or the page) computes, and arbitrary strings — ASCII, full Unicode, numbers with
// junk around them — are typed into every text and number field it shows. Whatever is typed,
// nothing throws (no exception, no uncaught error, no console error). A field that holds
// something that is not a number in a numeric field shows an inline message — an element with
// class `error-msg` or role `alert` that the field names in aria-describedby — and a field
// marked aria-invalid always has one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import fc from 'fast-check';
import type { ComponentChild } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exerciseKey } from '../../src/engine/index.ts';
import { readVignetteFile, stepCountOf } from '../../src/lib/vignette-files.ts';
import { validateVignette } from '../../src/lib/vignette-schema.ts';
import { timelineView } from '../../src/components/islands/treatment-timeline-view.ts';
import { convergenceMapView } from '../../src/components/islands/convergence-map-view.ts';
import { disinhibitionView } from '../../src/components/islands/disinhibition-view.ts';
import { esketamineView } from '../../src/components/islands/esketamine-view.ts';
import { hpaView } from '../../src/components/islands/hpa-view.ts';
import { occupancyView } from '../../src/components/islands/occupancy-view.ts';
import { shuntView } from '../../src/components/islands/shunt-view.ts';
import { engineRefLabels } from '../../src/islands/principles/ref-labels.ts';
import AdequacyChecker from '../../src/islands/AdequacyChecker.tsx';
import CaseLibrary from '../../src/islands/CaseLibrary.tsx';
import ConvergenceMap from '../../src/islands/ConvergenceMap.tsx';
import DisinhibitionCircuit from '../../src/islands/DisinhibitionCircuit.tsx';
import EsketamineCheck from '../../src/islands/EsketamineCheck.tsx';
import Exercise from '../../src/islands/Exercise.tsx';
import HpaFeedback from '../../src/islands/HpaFeedback.tsx';
import OccupancyExplorer from '../../src/islands/OccupancyExplorer.tsx';
import OutcomeClassifier from '../../src/islands/OutcomeClassifier.tsx';
import ProgressNotice from '../../src/islands/ProgressNotice.tsx';
import ProgressPanel from '../../src/islands/ProgressPanel.tsx';
import SearchBox from '../../src/islands/SearchBox.tsx';
import SelfCheck from '../../src/islands/SelfCheck.tsx';
import TreatmentTimeline from '../../src/islands/TreatmentTimeline.tsx';
import TryptophanShunt from '../../src/islands/TryptophanShunt.tsx';

const RUNS = 30;

/** A real case, prepared as Exercise.astro prepares it at build time. */
function exerciseProps(id: string) {
  const { vignette } = readVignetteFile(join('content', 'vignettes', `${id}.mdx`));
  if (!vignette) throw new Error(`cannot read vignette ${id}`);
  const stepCount = stepCountOf(vignette.body);
  const { questionSteps, engineQuestions } = validateVignette(vignette.data, { stepCount });
  const data = vignette.data as { title: string; case: unknown };
  return {
    id,
    title: data.title,
    answerKey: exerciseKey(data.case, engineQuestions),
    questionSteps,
    stepCount,
    caseInput: data.case,
  };
}

const staging = exerciseProps('staging-models-side-by-side');
const twoTrials = exerciseProps('adequacy-two-failed-trials');
// What the Astro wrappers in src/components/islands/ compute at build time.
const refLabels = engineRefLabels();
const timeline = timelineView(twoTrials.caseInput);
if ('issues' in timeline) throw new Error('the timeline case is invalid');

interface Spec {
  render: () => ComponentChild;
  /** Brings every field on screen (e.g. reveals every step of an exercise). */
  prepare?: (container: Element) => void;
  /** Renders nothing until there is something to say (ProgressNotice). */
  mayBeEmpty?: boolean;
}

function revealAllSteps(container: Element) {
  for (let i = 0; i < 10; i++) {
    const next = [...container.querySelectorAll('button')].find((b) => /next|continue/i.test(b.textContent));
    if (!next) return;
    fireEvent.click(next);
  }
}

const ISLANDS: Record<string, Spec> = {
  AdequacyChecker: { render: () => <AdequacyChecker refLabels={refLabels} /> },
  CaseLibrary: {
    render: () => (
      <CaseLibrary
        cases={[
          {
            id: 'staging-models-side-by-side',
            title: 'Four staging models',
            chapter: 'principles',
            chapterTitle: 'Principles',
            topics: ['staging'],
            difficulty: 'advanced',
            minutes: 12,
            objective: 'Stage one history four ways.',
            models: ['thaseRush', 'mgh'],
          },
        ]}
        chapters={[{ id: 'principles', title: 'Principles' }]}
      />
    ),
  },
  ConvergenceMap: { render: () => <ConvergenceMap view={convergenceMapView()} /> },
  DisinhibitionCircuit: { render: () => <DisinhibitionCircuit view={disinhibitionView()} /> },
  EsketamineCheck: { render: () => <EsketamineCheck view={esketamineView()} /> },
  Exercise: {
    render: () => (
      <Exercise
        id={staging.id}
        title={staging.title}
        answerKey={staging.answerKey}
        questionSteps={staging.questionSteps}
        stepCount={staging.stepCount}
      >
        <p>Narrative</p>
      </Exercise>
    ),
    prepare: revealAllSteps,
  },
  HpaFeedback: { render: () => <HpaFeedback view={hpaView()} /> },
  OccupancyExplorer: { render: () => <OccupancyExplorer view={occupancyView()} /> },
  OutcomeClassifier: { render: () => <OutcomeClassifier refLabels={refLabels} /> },
  ProgressNotice: { render: () => <ProgressNotice />, mayBeEmpty: true },
  ProgressPanel: {
    render: () => (
      <ProgressPanel
        chapters={[
          {
            slug: 'principles',
            title: 'Principles',
            href: '/chapters/principles/',
            cases: [{ id: staging.id, title: staging.title }],
          },
        ]}
      />
    ),
  },
  SearchBox: { render: () => <SearchBox /> },
  SelfCheck: {
    render: () => (
      <SelfCheck
        id="principles"
        items={[{ prompt: 'Which?', options: ['One', 'Two'], answer: 1, explain: 'Because.', sources: [] }]}
      />
    ),
  },
  TreatmentTimeline: { render: () => <TreatmentTimeline timeline={timeline} /> },
  TryptophanShunt: { render: () => <TryptophanShunt view={shuntView()} /> },
};

/** Text entry fields: text, number and search inputs and textareas. */
function textFields(container: Element): HTMLInputElement[] {
  return [
    ...container.querySelectorAll<HTMLInputElement>(
      'input[type="text"], input[type="number"], input[type="search"], input:not([type]), textarea',
    ),
  ];
}

const isNumeric = (f: HTMLInputElement) =>
  f.type === 'number' || f.inputMode === 'decimal' || f.inputMode === 'numeric';

/** The inline message a field points to with aria-describedby, if any. */
function linkedMessage(field: HTMLElement): string | null {
  for (const id of (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) {
    const el = field.ownerDocument.getElementById(id);
    if (!el) continue;
    if ((el.classList.contains('error-msg') || el.getAttribute('role') === 'alert') && el.textContent.trim())
      return el.textContent.trim();
  }
  return null;
}

/**
 * Text no numeric field may accept: it holds a character that is in no number, unit or
 * "not applicable" spelling the islands accept ("12#", "q", "3 §"). Plain letters or "%" alone
 * are not used: "n/a", "-", "_" and "40 %" are valid answers in some fields.
 */
const GARBAGE = ['#', '@', '?', '!', '§', '<', '=', '~', '^', '|', '{', 'q', 'z', 'j', '€', '😀', '\u0000'];
const notANumber = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...GARBAGE), fc.string({ maxLength: 8 }))
  .map(([a, g, b]) => `${a}${g}${b}`);

const junk = fc.constantFrom(
  '',
  ' ',
  'abc',
  ',',
  '.',
  '%',
  'e',
  'e5',
  '--',
  ' mg',
  '١٢',
  '\u00a0',
  '½',
  'NaN',
  '∞',
);
const ARBITRARIES: [string, fc.Arbitrary<string>][] = [
  ['ASCII strings', fc.string({ maxLength: 40 })],
  ['full-Unicode strings', fc.string({ unit: 'binary', maxLength: 40 })],
  [
    'numbers with junk',
    fc
      .tuple(junk, fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: false })), junk)
      .map(([a, n, b]) => `${a}${String(n)}${b}`),
  ],
];

const errors: string[] = [];
const onError = (e: ErrorEvent) => {
  errors.push(String(e.error ?? e.message));
};
beforeEach(() => {
  errors.length = 0;
  localStorage.clear();
  window.addEventListener('error', onError);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  });
});
afterEach(() => {
  cleanup();
  window.removeEventListener('error', onError);
  vi.restoreAllMocks();
});

describe('learner entries in every island', () => {
  it('covers every island in src/islands (the component files; lower-case files are helpers)', () => {
    const files = readdirSync(join('src', 'islands'))
      .filter((f) => /^[A-Z].*\.tsx$/.test(f))
      .map((f) => f.replace(/\.tsx$/, ''));
    expect(files.sort()).toEqual(Object.keys(ISLANDS).sort());
  });

  const source = (name: string) => readFileSync(join('src', 'islands', `${name}.tsx`), 'utf8');

  for (const [name, spec] of Object.entries(ISLANDS)) {
    it(`${name}: renders with its default props`, () => {
      const { container } = render(spec.render());
      spec.prepare?.(container);
      if (!spec.mayBeEmpty) expect(container.firstElementChild).not.toBeNull();
      expect(errors).toEqual([]);
      // Islands that draw a text field in their source must show it here (the spec reaches it).
      if (/type="(text|number|search)"|<textarea|SliderField/.test(source(name)))
        expect(textFields(container).length, `${name} text fields`).toBeGreaterThan(0);
    });

    const { container } = render(spec.render());
    spec.prepare?.(container);
    const count = textFields(container).length;
    cleanup();
    for (let index = 0; index < count; index++) {
      for (const [kind, arb] of ARBITRARIES) {
        it(`${name}: field ${index + 1} of ${count} takes ${kind}`, () => {
          const { container } = render(spec.render());
          spec.prepare?.(container);
          fc.assert(
            fc.property(arb, (text) => {
              const field = textFields(container)[index];
              expect(field, 'the field is still there').toBeDefined();
              if (!field) return;
              fireEvent.input(field, { target: { value: text } });
              fireEvent.change(field, { target: { value: text } });
              expect(errors, `typing ${JSON.stringify(text)}`).toEqual([]);
              const label = `${field.id || field.name || index} ← ${JSON.stringify(text)}`;
              const message = linkedMessage(field);
              if (field.getAttribute('aria-invalid') === 'true')
                expect(message, `${label}: aria-invalid without a linked message`).not.toBeNull();
            }),
            { numRuns: RUNS },
          );
        });
      }
      it(`${name}: field ${index + 1} of ${count}, if numeric, answers a non-number with an inline message`, () => {
        const { container } = render(spec.render());
        spec.prepare?.(container);
        const first = textFields(container)[index];
        if (!first || !isNumeric(first)) return;
        fc.assert(
          fc.property(notANumber, (text) => {
            const field = textFields(container)[index]!;
            fireEvent.input(field, { target: { value: text } });
            fireEvent.change(field, { target: { value: text } });
            expect(errors, `typing ${JSON.stringify(text)}`).toEqual([]);
            expect(
              linkedMessage(field),
              `${field.id || index} ← ${JSON.stringify(text)}: no inline message tied to the field`,
            ).not.toBeNull();
          }),
          { numRuns: RUNS },
        );
      });
    }
  }
});
