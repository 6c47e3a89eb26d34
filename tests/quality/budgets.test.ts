// Size budgets on the built site (dist/), from the same measurement `npm run bench:size`
// prints. Runs only when dist/ exists: CI enforces the same budgets after the build with
// `node scripts/bench-size.mjs --no-build --check`. Bytes are gzip (level 9), 1 KB = 1,024 B.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, KATEX_CSS, measureSite } from '../../scripts/bench-size.mjs';

const dist = join(process.cwd(), 'dist');
const built = existsSync(join(dist, 'index.html'));

describe.skipIf(!built)('size budgets of the built site', () => {
  const site = built ? measureSite(dist) : null;
  const pages = site?.pages ?? [];

  it('measures every page and the H5P core scripts', () => {
    expect(pages.length).toBeGreaterThan(5);
    expect(site?.h5p?.js ?? 0, 'h5p-standalone devDependency').toBeGreaterThan(10_000);
  });

  it('pages without islands ship only the inline theme script, under 1 KB', () => {
    const plain = pages.filter((p) => p.islands === 0);
    expect(plain.map((p) => p.path)).toContain('/');
    for (const p of plain) {
      expect(p.modules, p.path).toEqual([]);
      expect(p.inlineScripts, p.path).toBeLessThanOrEqual(1);
      expect(p.inlineRawBytes, p.path).toBeLessThan(BUDGETS.noIslandInlineJs);
    }
  });

  it('the heaviest page loads under 30 KB of JavaScript (gzip) with every island hydrated', () => {
    const over = pages.filter((p) => p.js >= BUDGETS.heaviestJs).map((p) => `${p.path}: ${p.js} B`);
    expect(over).toEqual([]);
  });

  it("the heaviest page's JavaScript is under half of H5P's core player scripts", () => {
    expect(site?.ratio ?? Infinity).toBeLessThan(BUDGETS.h5pRatio);
  });

  it('no page links more than 20 KB of CSS (gzip)', () => {
    const fat = pages.filter((p) => p.css > BUDGETS.css).map((p) => `${p.path}: ${p.css} B`);
    expect(fat).toEqual([]);
  });

  it("KaTeX's stylesheet is linked exactly on the pages whose HTML contains math", () => {
    for (const p of pages) expect(p.stylesheets.includes(KATEX_CSS), p.path).toBe(p.hasMath);
  });

  it('every script a page references exists', () => {
    for (const p of pages) expect(p.missingModules, p.path).toEqual([]);
  });
});
