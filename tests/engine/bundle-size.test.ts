// Byte budgets (style guide: "byte budgets checked as tests"; page budget 30 KB of JS).
// Bundles entry points the way an island would import the engine (from index.ts) and checks the
// gzip size, so a top-level side effect that drags the whole engine into every island fails here.
// esbuild comes with astro/vite (same version the build uses for dependency scanning).
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const index = join(process.cwd(), 'src', 'engine', 'index.ts');

async function gzipBytes(names: string[]): Promise<number> {
  const result = await build({
    stdin: {
      contents: `export { ${names.join(', ')} } from ${JSON.stringify(index)};`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
}

describe('engine bytes shipped to islands (gzip)', () => {
  it('pharmacology helpers alone stay under 1 KB (no zod, no rules)', async () => {
    expect(await gzipBytes(['occupancy', 'concentrationForOccupancy', 'fractionOfSteadyState'])).toBeLessThan(
      1024,
    );
  });

  it('grading against a precomputed key stays under 6 KB (no zod, no rules)', async () => {
    expect(
      await gzipBytes([
        'gradeWithKey',
        'normalizeAnswer',
        'answerOptions',
        'answerControl',
        'describeStage',
        'RULESET_VERSION',
      ]),
    ).toBeLessThan(6 * 1024);
  });

  it('the whole engine (schemas, rules, grading) stays under 34 KB', async () => {
    expect(
      await gzipBytes([
        'assessCase',
        'gradeAnswers',
        'parseQuestions',
        'exerciseKey',
        'esketamineEligibility',
        'checkExpectations',
      ]),
    ).toBeLessThan(34 * 1024);
  });
});
