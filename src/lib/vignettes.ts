import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { closestMatches } from './bibliography.ts';
import { validateVignette } from './vignette-schema.ts';

export type Vignette = CollectionEntry<'vignettes'>;

export async function allVignettes(): Promise<Vignette[]> {
  const all = await getCollection('vignettes');
  const chapterOrder = { principles: 1, mechanisms: 2, applications: 3 } as const;
  return all.sort(
    (a, b) =>
      chapterOrder[a.data.chapter] - chapterOrder[b.data.chapter] || a.data.title.localeCompare(b.data.title),
  );
}

export function stepCount(v: Vignette): number {
  return (v.body ?? '').match(/<Step\b/g)?.length ?? 0;
}

/** Loads a vignette by id or fails the build with the closest ids. */
export async function vignetteById(id: string, usedIn: string): Promise<Vignette> {
  const entry = await getEntry('vignettes', id);
  if (entry) return entry;
  const ids = (await getCollection('vignettes')).map((v) => v.id);
  const near = closestMatches(id, ids);
  throw new Error(
    `${usedIn}: <Exercise vignette="${id}" /> names no vignette in content/vignettes/.` +
      (near.length
        ? ` Did you mean ${near.map((n) => `"${n}"`).join(', ')}?`
        : ` Known ids: ${ids.join(', ')}.`),
  );
}

/** The per-question step numbers, checked against the body's <Step> count. */
export function exerciseShape(v: Vignette): {
  stepCount: number;
  questionSteps: number[];
  questions: unknown[];
} {
  const steps = stepCount(v);
  const { issues, questionSteps, engineQuestions } = validateVignette(v.data, { stepCount: steps });
  if (issues.length > 0) {
    throw new Error(
      `content/vignettes/${v.id}.mdx:\n` + issues.map((i) => `  ${i.path}: ${i.message}`).join('\n'),
    );
  }
  return { stepCount: steps, questionSteps, questions: engineQuestions };
}

/** The staging models a vignette asks about (for the case library's filter). */
export function stagingModels(v: Vignette): string[] {
  const models = new Set<string>();
  for (const q of v.data.questions) {
    if (q['kind'] === 'stage' && typeof q['model'] === 'string')
      models.add(q['model'].replace('maudsleyBand', 'maudsley'));
  }
  return [...models];
}
