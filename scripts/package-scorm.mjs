// npm run package:scorm — builds the module and writes ONE SCORM 1.2 package (a single SCO):
//   dist-scorm/trd-module-scorm12.zip
//
// 1. `npm run build` (skip with --no-build to package an existing dist/).
// 2. Copy dist/ to a staging folder (in the system's temp directory, removed afterwards unless
//    --keep-staging; it is not left in the repository, where linters would read it), without the service worker and web app manifest (an LMS
//    origin must not get a service worker of ours).
// 3. Rewrite every root-absolute URL in the HTML (href, src, action, srcset, component-url,
//    renderer-url, before-hydration-url, inline style url()) and CSS to a RELATIVE one, so the
//    package works from any LMS path; directory links get their index.html (LMSs serve files).
//    Two run-time paths in the JavaScript are made relative too (Vite's preload helper and the
//    search box's Pagefind import); packaging fails if they cannot be found.
// 4. Give every page the list of case ids (the score's denominator) and a tiny script
//    (lms-links.js) that makes links rendered later by islands relative as well.
// 5. Add lms-launch.html, the SCO's launch page: it holds the one LMS session and shows the
//    module in a full-window frame (see src/lms/package-runtime.ts for why).
// 6. Write imsmanifest.xml (ADL SCORM 1.2 content packaging: one organization, one item, one SCO
//    resource listing every file) and zip it all.
//
// Options: --no-build  --dist <dir> (default dist)  --out <dir> (default dist-scorm)  --keep-staging
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ZIP_NAME = 'trd-module-scorm12.zip';
export const LAUNCH_PAGE = 'lms-launch.html';
export const LINK_FIXER = 'lms-links.js';
/** Files of the web build that must not reach an LMS. */
const WEB_ONLY = [/^sw\.js$/, /^sw\.js\.map$/, /^workbox-[\w-]+\.js(\.map)?$/, /^manifest\.webmanifest$/];
/** The registration at the end of src/components/ThemeScript.astro's inline script. */
const SW_REGISTRATION =
  /;?'serviceWorker'in navigator&&addEventListener\('load',\(\)=>navigator\.serviceWorker\.register\('\/sw\.js'\)\.catch\(\(\)=>\{\}\)\)/g;
/** One start tag, with quoted attribute values that may contain ">". */
const TAG = /<[a-zA-Z][\w:-]*(?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g;
const URL_ATTRS = [
  'href',
  'src',
  'action',
  'poster',
  'component-url',
  'renderer-url',
  'before-hydration-url',
];

/** Every file under dir, as posix paths relative to it, sorted. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const xmlEscape = (s) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
const htmlUnescape = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * A root-absolute ("/x/y/") or directory-style relative ("../x/") URL, as seen from a file in
 * `fromDir` (posix, relative to the package root), made relative and pointing at a file.
 * Anything else (external, protocol-relative, fragment-only, data:) is returned unchanged.
 */
export function relativeUrl(url, fromDir, isDir) {
  if (url === '' || url.startsWith('#') || url.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(url))
    return url;
  const cut = url.search(/[?#]/);
  let path = cut < 0 ? url : url.slice(0, cut);
  const rest = cut < 0 ? '' : url.slice(cut);
  if (path === '') return url; // "?q=…" on the same page
  const target = path.startsWith('/') ? posix.normalize(path.slice(1) || '.') : posix.join(fromDir, path);
  let file = target === '.' ? '' : target.replace(/\/$/, '');
  if (path.endsWith('/') || file === '' || isDir(file)) file = file ? `${file}/index.html` : 'index.html';
  else if (!path.startsWith('/')) return url; // a relative link to a file is already fine
  const rel = posix.relative(fromDir, file) || posix.basename(file);
  return rel + rest;
}

const rewriteCssUrls = (css, fromDir, isDir) =>
  css.replace(
    /url\(\s*(["']?)(\/(?!\/)[^"')]*)\1\s*\)/g,
    (_, q, u) => `url(${q}${relativeUrl(u, fromDir, isDir)}${q})`,
  );

/** Rewrites the URL attributes of every tag (outside script and style contents) in one page. */
export function rewriteHtml(html, fromDir, isDir) {
  const parts = html.split(/(<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>)/i);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) {
        // <script> stays as it is (only its own src attribute), <style> gets its url()s fixed.
        const open = part.match(/^<[^>]*>/)?.[0] ?? '';
        const fixedOpen = rewriteTag(open, fromDir, isDir);
        const body = part.slice(open.length);
        return fixedOpen + (/^<style/i.test(part) ? rewriteCssUrls(body, fromDir, isDir) : body);
      }
      return part.replace(
        /<[a-zA-Z][\w:-]*(?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g,
        (tag) => rewriteTag(tag, fromDir, isDir),
      );
    })
    .join('');
}

function rewriteTag(tag, fromDir, isDir) {
  let out = tag.replace(
    new RegExp(`(\\s(?:${URL_ATTRS.join('|')})\\s*=\\s*)(["'])([^"']*)\\2`, 'gi'),
    (_, lead, q, v) =>
      `${lead}${q}${relativeUrl(htmlUnescape(v), fromDir, isDir).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}${q}`,
  );
  out = out.replace(/(\ssrcset\s*=\s*)(["'])([^"']*)\2/gi, (_, lead, q, v) => {
    const list = v
      .split(',')
      .map((item) => {
        const [u = '', ...desc] = item.trim().split(/\s+/);
        return [relativeUrl(u, fromDir, isDir), ...desc].join(' ');
      })
      .join(', ');
    return `${lead}${q}${list}${q}`;
  });
  out = out.replace(
    /(\sstyle\s*=\s*)(["'])([^"']*)\2/gi,
    (_, lead, q, v) => `${lead}${q}${rewriteCssUrls(v, fromDir, isDir)}${q}`,
  );
  return out;
}

/** Root-absolute URLs left in a page's tags and styles (should be none after rewriting). */
export function absoluteUrlsIn(html) {
  const found = [];
  const attr = new RegExp(`\\s(?:${URL_ATTRS.join('|')}|srcset)\\s*=\\s*["'](\\/(?!\\/)[^"']*)["']`, 'gi');
  const parts = html.split(/(<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>)/i);
  parts.forEach((part, i) => {
    const tags = i % 2 === 1 ? [part.match(/^<[^>]*>/)?.[0] ?? ''] : (part.match(TAG) ?? []);
    for (const tag of tags) for (const m of tag.matchAll(attr)) found.push(m[1]);
    const css = i % 2 === 1 ? (/^<style/i.test(part) ? part : '') : tags.join(' ');
    for (const m of css.matchAll(/url\(\s*["']?(\/(?!\/)[^"')]*)/g)) found.push(m[1]);
  });
  return found;
}

/** The two root-absolute run-time paths in the built JavaScript. */
function patchScripts(staging, files, log) {
  let preload = 0;
  let pagefind = 0;
  for (const f of files.filter((x) => x.endsWith('.js') && x.startsWith('_astro/'))) {
    const p = join(staging, f);
    const src = readFileSync(p, 'utf8');
    let out = src;
    // Vite's preload helper: `function(e){return"/"+e}` turns "_astro/x.js" into "/_astro/x.js".
    out = out.replace(
      /=function\((\w+)\)\{return(["'`])\/\2\+\1\}/g,
      (_, v) => `=function(${v}){return new URL("../"+${v},import.meta.url).href}`,
    );
    // SearchBox: ['', 'pagefind', 'pagefind.js'].join('/') → the index next to the package root.
    out = out.replace(
      /\[\s*(["'`])\1\s*,\s*(["'`])pagefind\2\s*,\s*(["'`])pagefind\.js\3\s*\]\.join\(\s*(["'`])\/\4\s*\)/g,
      () => 'new URL("../pagefind/pagefind.js",import.meta.url).href',
    );
    // … or the same path already folded into one string by the minifier.
    out = out.replace(
      /(["'`])\/pagefind\/pagefind\.js\1/g,
      () => 'new URL("../pagefind/pagefind.js",import.meta.url).href',
    );
    if (out !== src) {
      if (/__vitePreload|modulepreload/.test(src) && out.includes('new URL("../"+')) preload++;
      if (out.includes('../pagefind/pagefind.js')) pagefind++;
      writeFileSync(p, out);
    }
  }
  const needsPreload = files.some(
    (f) =>
      f.startsWith('_astro/') &&
      f.endsWith('.js') &&
      /modulepreload/.test(readFileSync(join(staging, f), 'utf8')),
  );
  const hasSearch = files.some(
    (f) =>
      f.startsWith('_astro/') &&
      f.endsWith('.js') &&
      readFileSync(join(staging, f), 'utf8').includes('pagefind'),
  );
  if (needsPreload && preload === 0)
    throw new Error("package:scorm: Vite's preload helper changed shape; update patchScripts().");
  if (hasSearch && pagefind === 0)
    throw new Error(
      'package:scorm: the search box no longer loads Pagefind as expected; update patchScripts().',
    );
  log(
    `  scripts: preload helper made relative in ${preload} file(s), Pagefind import in ${pagefind} file(s)`,
  );
}

function launchPage(title) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xmlEscape(title)}</title>
<style>html,body{margin:0;height:100%;overflow:hidden}iframe{display:block;border:0;width:100%;height:100%}</style>
<script>(__LAUNCHER__)(window);</script>
</head>
<body>
<iframe src="index.html" title="${xmlEscape(title)}"></iframe>
</body>
</html>
`;
}

/** imsmanifest.xml: ADL SCORM 1.2, one organization, one item, one SCO with every file. */
export function manifestXml({ title, files, launch = LAUNCH_PAGE, identifier = 'trd-module' }) {
  const fileLines = files.map((f) => `      <file href="${xmlEscape(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${identifier}-org">
    <organization identifier="${identifier}-org">
      <title>${xmlEscape(title)}</title>
      <item identifier="${identifier}-item" identifierref="${identifier}-sco" isvisible="true">
        <title>${xmlEscape(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${identifier}-sco" type="webcontent" adlcp:scormtype="sco" href="${xmlEscape(launch)}">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * Packages `dist` into `outDir`/trd-module-scorm12.zip, staging the files in `staging` (a new
 * temporary folder by default; the caller removes it).
 * Returns the staging folder, the zip path, the files in the package and what was rewritten.
 */
export async function packageScorm({
  dist = join(ROOT, 'dist'),
  outDir = join(ROOT, 'dist-scorm'),
  staging = mkdtempSync(join(tmpdir(), 'trd-scorm-staging-')),
  log = console.log,
} = {}) {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`package:scorm: ${dist}/index.html not found; build first.`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  rmSync(staging, { recursive: true, force: true });
  cpSync(dist, staging, { recursive: true });

  // 2. No service worker or web app manifest in an LMS.
  for (const f of listFiles(staging))
    if (WEB_ONLY.some((re) => re.test(f))) rmSync(join(staging, f), { force: true });

  const isDir = (p) => {
    try {
      return statSync(join(staging, p)).isDirectory();
    } catch {
      return false;
    }
  };
  let files = listFiles(staging);
  const pages = files.filter((f) => f.endsWith('.html'));
  const vignetteIds = files
    .map((f) => /^cases\/([a-z0-9][a-z0-9-]*)\/index\.html$/.exec(f)?.[1])
    .filter((x) => x !== undefined);
  const title =
    htmlUnescape(
      /<title>([^<]*)<\/title>/.exec(readFileSync(join(staging, 'index.html'), 'utf8'))?.[1] ?? '',
    ) || 'Treatment-resistant depression';

  const { installLmsLauncher, installRelativeLinks } = await import(
    pathToFileURL(join(ROOT, 'src/lms/package-runtime.ts')).href
  );
  const compact = (fn) => String(fn).replace(/[ \t]{2,}/g, ' ');
  const linkFixer = compact(installRelativeLinks);

  // 3 + 4. Pages: relative URLs, no service worker, the case list and the link fixer.
  let swRemoved = 0;
  const leftovers = [];
  for (const page of pages) {
    const p = join(staging, page);
    const dir = posix.dirname(page) === '.' ? '' : posix.dirname(page);
    let html = readFileSync(p, 'utf8');
    html = html.replace(SW_REGISTRATION, () => {
      swRemoved++;
      return '';
    });
    html = html.replace(/<link\b[^>]*\brel=["']manifest["'][^>]*>/gi, '');
    html = rewriteHtml(html, dir, isDir);
    const prefix = dir
      ? `${dir
          .split('/')
          .map(() => '..')
          .join('/')}/`
      : '';
    // Before </head>: after the page's Content-Security-Policy meta (an external same-origin
    // script is allowed by its 'self'), before the body, so the observer sees every link.
    const inject =
      `<meta name="trd-vignette-ids" content="${vignetteIds.join(' ')}">` +
      `<script src="${prefix}${LINK_FIXER}"></script>`;
    html = html.replace(/<\/head>/i, (m) => inject + m);
    if (!html.includes(`src="${prefix}${LINK_FIXER}"`))
      throw new Error(`package:scorm: ${page} has no </head>.`);
    if (html.includes('serviceWorker'))
      throw new Error(`package:scorm: ${page} still mentions serviceWorker.`);
    for (const u of absoluteUrlsIn(html)) leftovers.push(`${page}: ${u}`);
    writeFileSync(p, html);
  }
  if (leftovers.length > 0)
    throw new Error(`package:scorm: root-absolute URLs left:\n  ${leftovers.slice(0, 20).join('\n  ')}`);

  for (const css of files.filter((f) => f.endsWith('.css'))) {
    const p = join(staging, css);
    const dir = posix.dirname(css) === '.' ? '' : posix.dirname(css);
    writeFileSync(p, rewriteCssUrls(readFileSync(p, 'utf8'), dir, isDir));
  }
  patchScripts(staging, files, log);

  writeFileSync(
    join(staging, LINK_FIXER),
    `// Makes links that islands render with site-root paths relative to this package.\n` +
      `(${linkFixer})(document,new URL('./',document.currentScript.src).href);\n`,
  );

  // 5. The launch page.
  writeFileSync(
    join(staging, LAUNCH_PAGE),
    launchPage(title).replace('__LAUNCHER__', () => compact(installLmsLauncher)),
  );

  // 6. Manifest and zip.
  files = listFiles(staging).filter((f) => f !== 'imsmanifest.xml');
  writeFileSync(join(staging, 'imsmanifest.xml'), manifestXml({ title, files }));
  const entries = { 'imsmanifest.xml': [readFileSync(join(staging, 'imsmanifest.xml')), { level: 9 }] };
  const mtime = new Date('2026-01-01T00:00:00Z');
  for (const f of files)
    entries[f] = [
      readFileSync(join(staging, f)),
      { level: /\.(woff2?|png|jpe?g|gz)$/.test(f) ? 0 : 9, mtime },
    ];
  entries['imsmanifest.xml'][1].mtime = mtime;
  const zipPath = join(outDir, ZIP_NAME);
  writeFileSync(zipPath, zipSync(entries));
  const size = statSync(zipPath).size;
  log(
    `  ${pages.length} pages rewritten to relative URLs; ${vignetteIds.length} cases; service-worker registration removed from ${swRemoved} page(s)`,
  );
  const shown = relative(ROOT, zipPath).startsWith('..') ? zipPath : relative(ROOT, zipPath);
  log(`  ${shown}: ${files.length + 1} files, ${(size / 1024).toFixed(0)} KiB`);
  return { staging, zipPath, files, vignetteIds, size, swRemoved };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (!args.includes('--no-build')) {
    console.log('::: npm run build');
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  console.log('::: packaging SCORM 1.2');
  try {
    const r = await packageScorm({
      dist: resolve(opt('--dist') ?? join(ROOT, 'dist')),
      outDir: resolve(opt('--out') ?? join(ROOT, 'dist-scorm')),
    });
    if (args.includes('--keep-staging')) console.log(`  unzipped package kept in ${r.staging}`);
    else rmSync(r.staging, { recursive: true, force: true });
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
