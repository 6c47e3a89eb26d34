// npm run bench:size [-- --no-build] [--dist DIR] [--json] [--check] [--report FILE]
//
// What each built page costs the learner, in gzip bytes (zlib level 9; 1 KB = 1,024 bytes):
// - HTML: the page itself.
// - CSS: every stylesheet the page links (including /katex/katex.min.css where linked).
// - JS: everything the page can load when all its islands hydrate: each astro-island's
//   component-url, renderer-url and before-hydration-url plus every external script, following
//   STATIC imports transitively (a dynamic import() is listed as lazy, not counted), plus the
//   page's inline scripts (theme script, Astro's island bootstrap), gzipped together.
// - Fonts: the woff2 files the page's CSS makes it download. For KaTeX these are derived from
//   the KaTeX classes in the page's HTML (the font each class selects; KaTeX_Main regular for
//   any formula); for any other @font-face every referenced woff2 is counted.
// It prints the same JS figure for h5p-standalone's player (devDependency, for comparison only):
// dist/main.bundle.js (the H5PStandalone loader) + dist/frame.bundle.js (H5P core: jQuery,
// h5p.js, event dispatcher, xAPI, content type, confirmation dialog, action bar, request queue,
// tooltip), the two scripts every H5P page loads before any content type.
//
// --check enforces the budgets (exit 1 on a breach, one line per budget); --report FILE writes
// {passed, failed, checks} for CI's closing line.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const KB = 1024;
export const BUDGETS = {
  /** Pages without islands: only the inline theme script, raw bytes. */
  noIslandInlineJs: 1 * KB,
  /** Heaviest page's full JavaScript, gzip. */
  heaviestJs: 30 * KB,
  /** Heaviest page's full JavaScript as a fraction of H5P's core player scripts (issue 8). */
  h5pRatio: 0.5,
  /** Any page's CSS, gzip. */
  css: 20 * KB,
};
export const KATEX_CSS = '/katex/katex.min.css';
export const H5P_FILES = ['dist/main.bundle.js', 'dist/frame.bundle.js'];

/** @param {string | Uint8Array} data */
export const gz = (data) => gzipSync(data, { level: 9 }).length;

/**
 * Every HTML page of a built site.
 * @param {string} dist
 */
export function builtPages(dist) {
  /** @type {{ path: string, file: string }[]} */
  const out = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (!['pagefind', '_astro', 'katex', 'icons'].includes(name)) walk(p);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, p).split(sep).join('/');
        out.push({ path: rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`, file: p });
      }
    }
  };
  walk(dist);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** @param {string} tag @param {string} name */
const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
};

/**
 * Local URL (root-absolute or relative to `fromUrl`) to a file in dist, or null if off-site.
 * @param {string} dist @param {string} url
 */
function toFile(dist, url, fromUrl = '/') {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null;
  const clean = url.split(/[?#]/)[0] ?? '';
  const abs = clean.startsWith('/') ? clean : posix.join(posix.dirname(fromUrl), clean);
  return { url: posix.normalize(abs), file: join(dist, ...posix.normalize(abs).split('/')) };
}

/**
 * Static and dynamic module specifiers of one built JS file.
 * @param {string} code
 */
export function importsOf(code) {
  /** @type {Set<string>} */
  const statics = new Set();
  /** @type {Set<string>} */
  const dynamics = new Set();
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g))
    statics.add(m[1]);
  for (const m of code.matchAll(/\bimport\(\s*["']([^"']+\.m?js)["']\s*\)/g)) dynamics.add(m[1]);
  // Vite's preload map for dynamic imports: __vite__mapDeps(...) lists files fetched lazily.
  for (const m of code.matchAll(/m\.f=\[([^\]]*)\]/g))
    for (const s of m[1].matchAll(/["']([^"']+\.m?js)["']/g)) dynamics.add(`/${s[1].replace(/^\//, '')}`);
  for (const s of statics) dynamics.delete(s);
  return { statics: [...statics], dynamics: [...dynamics] };
}

/**
 * Follows static imports from entry URLs; returns every module (url → gzip bytes) and the
 * lazily imported ones that are not also static.
 */
export function moduleGraph(dist, entries) {
  /** @type {Map<string, number>} */
  const modules = new Map();
  const lazy = new Set();
  const missing = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.shift();
    if (modules.has(url)) continue;
    const loc = toFile(dist, url);
    if (!loc || !existsSync(loc.file)) {
      missing.push(url);
      continue;
    }
    const code = readFileSync(loc.file, 'utf8');
    modules.set(loc.url, gz(code));
    const { statics, dynamics } = importsOf(code);
    for (const s of statics) {
      const t = toFile(dist, s, loc.url);
      if (t && !modules.has(t.url)) queue.push(t.url);
    }
    for (const d of dynamics) {
      const t = toFile(dist, d, loc.url);
      if (t) lazy.add(t.url);
    }
  }
  for (const m of modules.keys()) lazy.delete(m);
  return { modules, lazy: [...lazy].sort(), missing };
}

/** KaTeX rule table: class list → { family, weight, style } from katex.min.css. */
function katexRules(css) {
  const rules = [];
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const body = m[2];
    if (!/font-(?:family|weight|style)/.test(body) || m[1].includes('@font-face')) continue;
    const family = /font-family:\s*([^;,]+)/.exec(body)?.[1]?.trim();
    const weight = /font-weight:\s*([^;]+)/.exec(body)?.[1]?.trim();
    const style = /font-style:\s*([^;]+)/.exec(body)?.[1]?.trim();
    for (const sel of m[1].split(',')) {
      if (!sel.trim().startsWith('.katex ')) continue;
      // The compound that names the text-bearing element: the last one with a class.
      const compounds = sel
        .trim()
        .split(/\s+|>/)
        .filter((c) => c.includes('.'));
      const last = compounds[compounds.length - 1] ?? '';
      const classes = [...last.matchAll(/\.([\w-]+)/g)].map((c) => c[1]);
      if (classes.length > 0 && !(classes.length === 1 && classes[0] === 'katex'))
        rules.push({ classes, family, weight, style });
    }
  }
  return rules;
}

/** @font-face table of a stylesheet: family/weight/style → first (woff2) URL. */
function fontFaces(css) {
  const faces = [];
  for (const m of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const b = m[1];
    const family = /font-family:\s*([^;]+)/.exec(b)?.[1]?.trim().replace(/["']/g, '');
    const weight = /font-weight:\s*([^;]+)/.exec(b)?.[1]?.trim() ?? '400';
    const style = /font-style:\s*([^;]+)/.exec(b)?.[1]?.trim() ?? 'normal';
    const url = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(b)?.[1];
    if (family && url)
      faces.push({
        family,
        weight: weight === 'normal' ? '400' : weight === 'bold' ? '700' : weight,
        style,
        url,
      });
  }
  return faces;
}

/** Fonts a page downloads: [{ url, bytes, why }]. */
function pageFonts(dist, html, sheets) {
  /** @type {Map<string, { url: string, bytes: number, why: string }>} */
  const fonts = new Map();
  const allClasses = [...html.matchAll(/\sclass="([^"]*)"/g)].map((m) => new Set(m[1].split(/\s+/)));
  for (const sheet of sheets) {
    const css = readFileSync(sheet.file, 'utf8');
    const faces = fontFaces(css);
    if (faces.length === 0) continue;
    const add = (face, why) => {
      const loc = toFile(dist, face.url, sheet.url);
      if (!loc || fonts.has(loc.url) || !existsSync(loc.file)) return;
      fonts.set(loc.url, { url: loc.url, bytes: statSync(loc.file).size, why });
    };
    if (sheet.url === KATEX_CSS) {
      if (!/class="katex"/.test(html)) continue;
      const rules = katexRules(css);
      /** @type {Set<string>} */
      const needed = new Set(['KaTeX_Main|400|normal']);
      for (const cls of allClasses) {
        const hits = rules.filter((r) => r.classes.every((c) => cls.has(c)));
        if (hits.length === 0) continue;
        let family = 'KaTeX_Main';
        let weight = '400';
        let style = 'normal';
        for (const r of hits) {
          if (r.family) family = r.family;
          if (r.weight) weight = r.weight === 'bold' ? '700' : r.weight;
          if (r.style) style = r.style;
        }
        needed.add(`${family}|${weight}|${style}`);
      }
      for (const key of needed) {
        const [family, weight, style] = key.split('|');
        const face =
          faces.find((f) => f.family === family && f.weight === weight && f.style === style) ??
          faces.find((f) => f.family === family && f.style === style) ??
          faces.find((f) => f.family === family);
        if (face) add(face, 'KaTeX, used by this page');
      }
    } else {
      for (const f of faces) add(f, 'referenced (all counted)');
    }
  }
  return [...fonts.values()];
}

/**
 * Measures one built page.
 * @param {string} dist @param {{ path: string, file: string }} page
 */
export function measurePage(dist, page) {
  const html = readFileSync(page.file, 'utf8');
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  const entries = new Set();
  for (const tag of islands)
    for (const a of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const v = attr(tag, a);
      if (v) entries.add(v);
    }
  let inline = '';
  let inlineCount = 0;
  let externalScripts = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = attr(m[1], 'type');
    if (type && !/^(?:module|text\/javascript|application\/javascript)$/i.test(type)) continue;
    const src = attr(m[1], 'src');
    if (src) {
      externalScripts++;
      entries.add(src);
    } else {
      inline += m[2];
      inlineCount++;
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(m[0], 'rel') ?? '';
    const href = attr(m[0], 'href');
    if (/\bmodulepreload\b/i.test(rel) && href) entries.add(href);
  }
  const graph = moduleGraph(
    dist,
    [...entries].map((u) => toFile(dist, u, page.path)?.url ?? u),
  );
  const sheets = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\bstylesheet\b/i.test(attr(m[0], 'rel') ?? '')) continue;
    const loc = toFile(dist, attr(m[0], 'href') ?? '', page.path);
    if (loc && existsSync(loc.file)) sheets.push(loc);
  }
  const cssBytes = sheets.reduce((s, f) => s + gz(readFileSync(f.file)), 0);
  const moduleBytes = [...graph.modules.values()].reduce((s, b) => s + b, 0);
  const inlineBytes = inlineCount > 0 ? gz(inline) : 0;
  const fonts = pageFonts(dist, html, sheets);
  return {
    path: page.path,
    islands: islands.length,
    html: gz(html),
    css: cssBytes,
    stylesheets: sheets.map((s) => s.url),
    katexCss: sheets.some((s) => s.url === KATEX_CSS),
    hasMath: /class="katex"/.test(html),
    js: moduleBytes + inlineBytes,
    jsModules: moduleBytes,
    jsInline: inlineBytes,
    inlineScripts: inlineCount,
    inlineRawBytes: Buffer.byteLength(inline),
    externalScripts,
    modules: [...graph.modules.keys()],
    lazyModules: graph.lazy,
    missingModules: graph.missing,
    fonts: fonts.reduce((s, f) => s + f.bytes, 0),
    fontFiles: fonts.map((f) => f.url),
  };
}

/** gzip bytes of h5p-standalone's core player scripts. */
export function measureH5p(root = process.cwd()) {
  const require = createRequire(join(root, 'package.json'));
  let dir;
  try {
    dir = dirname(require.resolve('h5p-standalone/package.json'));
  } catch {
    return null;
  }
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const files = H5P_FILES.map((f) => {
    const data = readFileSync(join(dir, f));
    return { file: `h5p-standalone/${f}`, raw: data.length, gzip: gz(data) };
  });
  return { version, files, js: files.reduce((s, f) => s + f.gzip, 0) };
}

/**
 * Measures a built site; returns pages, the heaviest page, H5P and the ratio.
 * @param {string} dist
 */
export function measureSite(dist, root = process.cwd()) {
  const pages = builtPages(dist).map((p) => measurePage(dist, p));
  const heaviest = pages.reduce((a, b) => (b.js > a.js ? b : a), pages[0]);
  const h5p = measureH5p(root);
  return {
    dist,
    gzipLevel: 9,
    pages,
    heaviest: heaviest ? { path: heaviest.path, js: heaviest.js } : null,
    h5p,
    ratio: h5p && heaviest ? heaviest.js / h5p.js : null,
  };
}

/** Budget checks: [{ name, ok, detail }]. */
export function checkBudgets(site) {
  const checks = [];
  const kb = (b) => `${(b / KB).toFixed(1)} KB`;
  const noIsland = site.pages.filter((p) => p.islands === 0);
  const heavyNoIsland = noIsland.filter(
    (p) => p.modules.length > 0 || p.inlineScripts > 1 || p.inlineRawBytes >= BUDGETS.noIslandInlineJs,
  );
  checks.push({
    name: 'pages without islands ship only the inline theme script (< 1 KB)',
    ok: noIsland.length > 0 && heavyNoIsland.length === 0,
    detail:
      heavyNoIsland.length === 0
        ? `${noIsland.length} pages; largest inline script ${Math.max(0, ...noIsland.map((p) => p.inlineRawBytes))} B raw`
        : heavyNoIsland
            .map(
              (p) =>
                `${p.path}: ${p.modules.length} modules, ${p.inlineScripts} inline scripts, ${p.inlineRawBytes} B raw`,
            )
            .join('; '),
  });
  const h = site.heaviest;
  checks.push({
    name: `heaviest page's JavaScript < ${kb(BUDGETS.heaviestJs)} gzip`,
    ok: !!h && h.js < BUDGETS.heaviestJs,
    detail: h ? `${h.path}: ${h.js} B (${kb(h.js)})` : 'no pages',
  });
  const over = site.pages.filter((p) => p.js >= BUDGETS.heaviestJs);
  if (over.length > 1)
    checks[checks.length - 1].detail +=
      `; over budget: ${over.map((p) => `${p.path} ${kb(p.js)}`).join(', ')}`;
  const ratioDetail = site.h5p
    ? `${h?.js ?? 0} B / ${site.h5p.js} B = ${site.ratio?.toFixed(3)}`
    : 'h5p-standalone is not installed (npm install)';
  checks.push({
    name: `heaviest page's JavaScript < ${BUDGETS.h5pRatio} × H5P core scripts`,
    ok: !!site.h5p && site.ratio !== null && site.ratio < BUDGETS.h5pRatio,
    detail: `${ratioDetail} (budget ${site.h5p ? Math.floor(site.h5p.js * BUDGETS.h5pRatio) : '?'} B)`,
  });
  const fat = site.pages.filter((p) => p.css > BUDGETS.css);
  checks.push({
    name: `no page's CSS > ${kb(BUDGETS.css)} gzip`,
    ok: fat.length === 0,
    detail:
      fat.length === 0
        ? `largest ${Math.max(...site.pages.map((p) => p.css))} B`
        : fat.map((p) => `${p.path}: ${p.css} B`).join('; '),
  });
  const wrongKatex = site.pages.filter((p) => p.katexCss !== p.hasMath);
  checks.push({
    name: "KaTeX's stylesheet exactly on the pages with math",
    ok: wrongKatex.length === 0,
    detail:
      wrongKatex.length === 0
        ? `${site.pages.filter((p) => p.hasMath).length} pages with math`
        : wrongKatex
            .map(
              (p) =>
                `${p.path}: ${p.katexCss ? 'links katex.min.css without math' : 'has math but no katex.min.css'}`,
            )
            .join('; '),
  });
  const broken = site.pages.filter((p) => p.missingModules.length > 0);
  checks.push({
    name: 'every script a page references exists in the build',
    ok: broken.length === 0,
    detail:
      broken.length === 0
        ? 'all found'
        : broken.map((p) => `${p.path}: ${p.missingModules.join(', ')}`).join('; '),
  });
  return checks;
}

function table(site) {
  const pad = (s, n) => String(s).padStart(n);
  const lines = [];
  lines.push(
    `gzip bytes (zlib level 9) per page of ${site.dist}; JS = all modules when every island hydrates + inline scripts`,
  );
  lines.push(
    `${'page'.padEnd(52)}${pad('islands', 8)}${pad('HTML', 8)}${pad('CSS', 8)}${pad('JS', 8)}${pad('(inline)', 9)}${pad('fonts', 8)}`,
  );
  for (const p of site.pages)
    lines.push(
      `${p.path.padEnd(52)}${pad(p.islands, 8)}${pad(p.html, 8)}${pad(p.css, 8)}${pad(p.js, 8)}${pad(p.jsInline, 9)}${pad(p.fonts, 8)}`,
    );
  const h = site.heaviest;
  if (h) {
    const page = site.pages.find((p) => p.path === h.path);
    lines.push('');
    lines.push(`heaviest page: ${h.path}, JS ${h.js} B gzip (${page?.modules.length ?? 0} modules + inline)`);
    if (page) lines.push(`  modules: ${page.modules.join(' ')}`);
    if (page?.lazyModules.length)
      lines.push(`  lazy (dynamic import, not counted): ${page.lazyModules.join(' ')}`);
  }
  const fontPage = site.pages.find((p) => p.fontFiles.length > 0);
  if (fontPage)
    lines.push(
      `fonts (KaTeX woff2 the formulas use), e.g. ${fontPage.path}: ${fontPage.fontFiles.join(' ')}`,
    );
  if (site.h5p) {
    lines.push('');
    lines.push(`h5p-standalone ${site.h5p.version} core player scripts:`);
    for (const f of site.h5p.files) lines.push(`  ${f.file}: ${f.raw} B raw, ${f.gzip} B gzip`);
    lines.push(`  total ${site.h5p.js} B gzip`);
    lines.push(
      `ratio heaviest page JS / H5P core = ${h?.js ?? 0} / ${site.h5p.js} = ${site.ratio?.toFixed(3)}`,
    );
  } else lines.push('h5p-standalone not installed: no comparison');
  return lines.join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const flag = (f) => args.includes(f);
  const opt = (f) => {
    const i = args.indexOf(f);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const root = process.cwd();
  const dist = opt('--dist') ?? join(root, 'dist');
  if (!flag('--no-build')) {
    execFileSync('npm', ['run', 'build'], {
      stdio: ['ignore', flag('--json') ? 'ignore' : 'inherit', 'inherit'],
    });
  }
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`bench:size: no built site at ${dist} (run npm run build, or drop --no-build)`);
    process.exit(1);
  }
  const site = measureSite(dist, root);
  const checks = flag('--check') ? checkBudgets(site) : null;
  if (flag('--json')) console.log(JSON.stringify(checks ? { ...site, checks } : site, null, 2));
  else console.log(table(site));
  if (checks) {
    const failed = checks.filter((c) => !c.ok);
    if (!flag('--json')) {
      console.log('');
      for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
      console.log(
        failed.length === 0
          ? `bench:size: all ${checks.length} budgets met`
          : `bench:size: ${failed.length} of ${checks.length} budgets breached`,
      );
    }
    const report = opt('--report');
    if (report)
      writeFileSync(
        report,
        JSON.stringify({ passed: checks.length - failed.length, failed: failed.length, checks }, null, 2),
      );
    if (failed.length > 0) process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
