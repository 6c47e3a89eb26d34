// Byte budgets (style guide: "byte budgets checked as tests"; issue 8: the heaviest page's full
// JavaScript under 30 KB gzip). Each test bundles what an island imports from the engine's
// index.ts, the way the site build does (esbuild comes with astro/vite), and checks the gzip size
// and that no zod (the case schema) came along. The live islands use the light entry points; the
// islands that show preset cases get their results at build time and must bundle no engine at all.
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const index = join(root, 'src', 'engine', 'index.ts');

async function bundle(contents: string): Promise<{ gzip: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'tsx' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    external: ['preact', 'preact/*', 'nanostores', '@nanostores/*'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const outputs = Object.values(result.metafile.outputs);
  return {
    gzip: gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length,
    inputs: outputs.flatMap((o) =>
      Object.keys(o.inputs).filter((k) => (o.inputs[k]?.bytesInOutput ?? 0) > 0),
    ),
  };
}

/** The engine exports an island imports, bundled as the island would get them. */
const engine = (names: string[]) => bundle(`export { ${names.join(', ')} } from ${JSON.stringify(index)};`);

const KB = 1024;
const noZod = (inputs: string[]) => inputs.filter((i) => i.includes('node_modules/zod'));

describe('engine bytes shipped to islands (gzip)', () => {
  it('pharmacology helpers alone stay under 1 KB (no zod, no rules)', async () => {
    expect(
      (await engine(['occupancy', 'concentrationForOccupancy', 'fractionOfSteadyState'])).gzip,
    ).toBeLessThan(1024);
  });

  it('grading against a precomputed key stays under 2 KB (no zod, no rules, no label tables or answer aliases)', async () => {
    const b = await engine(['gradeWithKey', 'readControlAnswer', 'numberRule', 'RULESET_VERSION']);
    expect(noZod(b.inputs)).toEqual([]);
    expect(b.inputs.filter((i) => /engine\/(answers|codes|grading)\.ts$/.test(i))).toEqual([]);
    expect(b.gzip).toBeLessThan(2 * KB);
  });

  it('the adequate-trial checker’s path (assessAntidepressantTrial + drug rows) stays under 7.75 KB, without zod or staging', async () => {
    const b = await engine([
      'assessAntidepressantTrial',
      'ANTIDEPRESSANT_DOSES',
      'DRUG_CLASSES',
      'OUTCOME_LABELS',
    ]);
    expect(noZod(b.inputs)).toEqual([]);
    expect(b.inputs.filter((i) => /staging|next-steps|schema\.ts|parse\.ts/.test(i))).toEqual([]);
    expect(b.gzip).toBeLessThan(7.75 * KB);
  });

  it('the outcome classifier’s path (assessOutcome + profiles) stays under 5.5 KB, without zod or the drug table', async () => {
    const b = await engine(['assessOutcome', 'profiles', 'PROFILE_IDS', 'SCALE_RANGES', 'percentReduction']);
    expect(noZod(b.inputs)).toEqual([]);
    expect(b.inputs.filter((i) => /doses|drugs|staging|schema\.ts|parse\.ts/.test(i))).toEqual([]);
    expect(b.gzip).toBeLessThan(5.5 * KB);
  });

  it('the esketamine check’s path (esketamineEligibilityOfTrials) stays under 7.5 KB, without zod, staging or trial findings', async () => {
    const b = await engine([
      'esketamineEligibilityOfTrials',
      'ANTIDEPRESSANT_DOSES',
      'CONTRAINDICATIONS',
      'CONTRAINDICATION_LABELS',
      'OUTCOME_LABELS',
      'SCALE_RANGES',
    ]);
    expect(noZod(b.inputs)).toEqual([]);
    expect(b.inputs.filter((i) => /staging|next-steps|trial-findings|schema\.ts|parse\.ts/.test(i))).toEqual(
      [],
    );
    expect(b.gzip).toBeLessThan(7.5 * KB);
  });

  it('the whole engine (schemas, rules, grading) stays under 34 KB', async () => {
    expect(
      (
        await engine([
          'assessCase',
          'gradeAnswers',
          'parseQuestions',
          'exerciseKey',
          'esketamineEligibility',
          'checkExpectations',
        ])
      ).gzip,
    ).toBeLessThan(34 * KB);
  });
});

describe('islands that show preset cases ship no engine (results computed at build time)', () => {
  it.each(['TreatmentTimeline'])('%s bundles no engine module', async (name) => {
    const b = await bundle(
      `export { default } from ${JSON.stringify(join(root, 'src', 'islands', `${name}.tsx`))};`,
    );
    expect(b.inputs.filter((i) => i.includes('src/engine/'))).toEqual([]);
    expect(b.gzip).toBeLessThan(3 * KB);
  });
});
