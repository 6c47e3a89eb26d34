// scripts/bench-size.mjs measures what it claims, on a small fixture site: island modules and
// their static imports counted once, dynamic imports left out, inline scripts counted, linked
// CSS counted, fonts taken from the KaTeX classes on the page, and the budgets flag a breach.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBudgets, gz, importsOf, measureSite } from '../../scripts/bench-size.mjs';

const dist = mkdtempSync(join(tmpdir(), 'trd-bench-size-'));
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});
const readFixture = (path: string) => readFileSync(join(dist, path));
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
};

const THEME = '<script>document.documentElement.dataset.theme="light"</script>';
const shell = (head: string, body: string) =>
  `<!doctype html><html><head>${head}${THEME}<link rel="stylesheet" href="/_astro/Base.css"></head><body>${body}</body></html>`;
const island = (c: string) =>
  `<astro-island uid="x" component-url="/_astro/${c}" renderer-url="/_astro/client.js" ssr></astro-island>`;

put('_astro/Base.css', 'body{color:red}'.repeat(20));
put('_astro/client.js', 'import{h as e}from"./preact.js";export default e;');
put('_astro/preact.js', 'export const h=1;'.repeat(50));
put(
  '_astro/A.js',
  'import{h}from"./preact.js";import"./shared.js";const l=()=>import("./lazy.js");export default l;',
);
put('_astro/shared.js', 'export{h}from"./preact.js";');
put('_astro/lazy.js', 'export const big="' + 'x'.repeat(5000) + '";');
put(
  'katex/katex.min.css',
  '@font-face{font-family:KaTeX_Main;font-style:normal;font-weight:400;src:url(fonts/Main-Regular.woff2) format("woff2")}' +
    '@font-face{font-family:KaTeX_Math;font-style:italic;font-weight:400;src:url(fonts/Math-Italic.woff2) format("woff2")}' +
    '@font-face{font-family:KaTeX_AMS;font-style:normal;font-weight:400;src:url(fonts/AMS-Regular.woff2) format("woff2")}' +
    '.katex .mathnormal{font-family:KaTeX_Math;font-style:italic}.katex .amsrm{font-family:KaTeX_AMS}',
);
put('katex/fonts/Main-Regular.woff2', 'm'.repeat(100));
put('katex/fonts/Math-Italic.woff2', 'i'.repeat(70));
put('katex/fonts/AMS-Regular.woff2', 'a'.repeat(40));
put('index.html', shell('', '<h1>Home</h1>'));
put('plain/index.html', shell('', '<h1>Plain</h1><script>console.log(1)</script>'));
put(
  'math/index.html',
  shell(
    '<link rel="stylesheet" href="/katex/katex.min.css">',
    `<h1>Math</h1><span class="katex"><span class="mord mathnormal">x</span></span>${island('A.js')}${island('A.js')}<script>(()=>{})()</script>`,
  ),
);

describe('bench-size measurement', () => {
  const site = measureSite(dist);
  const page = (p: string) => site.pages.find((x) => x.path === p)!;

  it('finds static and dynamic imports in minified modules', () => {
    expect(
      importsOf('import{a as b}from"./x.js";import"./y.js";export{c}from"./z.js";import("./w.js")'),
    ).toEqual({
      statics: ['./x.js', './y.js', './z.js'],
      dynamics: ['./w.js'],
    });
  });

  it('counts every module an island can load once, following static imports only', () => {
    const p = page('/math/');
    expect(p.islands).toBe(2);
    expect([...p.modules].sort()).toEqual(
      ['/_astro/A.js', '/_astro/client.js', '/_astro/preact.js', '/_astro/shared.js'].sort(),
    );
    expect(p.lazyModules).toEqual(['/_astro/lazy.js']);
    expect(p.jsModules).toBe(
      ['A.js', 'client.js', 'preact.js', 'shared.js']
        .map((f) => gz(readFixture(`_astro/${f}`)))
        .reduce((a, b) => a + b, 0),
    );
    expect(p.inlineScripts).toBe(2);
    expect(p.js).toBe(p.jsModules + p.jsInline);
  });

  it('counts linked CSS and only the KaTeX fonts the formulas use', () => {
    const p = page('/math/');
    expect(p.katexCss).toBe(true);
    expect(p.hasMath).toBe(true);
    expect(p.css).toBe(gz(readFixture('_astro/Base.css')) + gz(readFixture('katex/katex.min.css')));
    expect(p.fontFiles.sort()).toEqual(['/katex/fonts/Main-Regular.woff2', '/katex/fonts/Math-Italic.woff2']);
    expect(p.fonts).toBe(170);
    expect(page('/').fonts).toBe(0);
  });

  it('flags a page without islands that ships more than the theme script', () => {
    const checks = checkBudgets(site);
    const noIsland = checks.find((c) => c.name.startsWith('pages without islands'))!;
    expect(noIsland.ok).toBe(false);
    expect(noIsland.detail).toContain('/plain/');
    expect(noIsland.detail).not.toContain('/math/');
    expect(checks.find((c) => c.name.startsWith('KaTeX'))!.ok).toBe(true);
  });
});
