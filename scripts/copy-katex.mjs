// Copies KaTeX's stylesheet and its woff2 fonts into public/katex so that only pages that
// contain math link the stylesheet (the chapter layout decides), and so that the browser is
// only ever offered woff2 (every browser we support reads it; woff/ttf would add ~800 KB to dist).
import { mkdirSync, readFileSync, writeFileSync, readdirSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const katexDir = dirname(require.resolve('katex/package.json'));
const out = join(process.cwd(), 'public', 'katex');
mkdirSync(join(out, 'fonts'), { recursive: true });

const css = readFileSync(join(katexDir, 'dist', 'katex.min.css'), 'utf8').replace(
  /src:url\((fonts\/[^)]+\.woff2)\) format\("woff2"\)(?:,url\([^)]+\) format\("[^"]+"\))*/g,
  'src:url($1) format("woff2")',
);
if (/\.ttf\)|\.woff\)/.test(css))
  throw new Error('copy-katex: could not strip woff/ttf sources from katex.min.css');
writeFileSync(join(out, 'katex.min.css'), css);
for (const f of readdirSync(join(katexDir, 'dist', 'fonts'))) {
  if (f.endsWith('.woff2')) copyFileSync(join(katexDir, 'dist', 'fonts', f), join(out, 'fonts', f));
}
