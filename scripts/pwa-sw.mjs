// Writes dist/sw.js, the service worker that makes the web build work offline after the first
// visit. Run after `astro build` and Pagefind (the last step of `npm run build`).
//
// Why not a plugin: @vite-pwa/astro 1.2 declares astro ^1–^5 (this site is Astro 7), and
// vite-plugin-pwa alone runs when Vite's bundle closes, before Astro writes the pages and
// before Pagefind indexes them. So the precache list is made here, from the finished dist/, with
// workbox-build's getManifest (file list + content revisions), and the worker below is ours:
//   - install: precache every page, island script, stylesheet, KaTeX stylesheet and woff2 font,
//     the Pagefind index, the web app manifest and icons (files unchanged since the previous
//     version are copied from its cache, not downloaded again); then activate at once;
//   - fetch: precached files come from the cache (query strings ignored, "/x/" is
//     "/x/index.html"), everything else goes to the network as usual;
//   - update: a new sw.js is found by the browser's own update check on a visit; it installs in
//     the background and takes over, and the NEXT page the learner opens carries a small
//     dismissable notice "Updated to the latest version" (written into the page by the worker,
//     so pages need no script for it).
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getManifest } from 'workbox-build';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const PRECACHE_PATTERNS = [
  '**/*.html',
  '_astro/**/*.{js,css}',
  'katex/katex.min.css',
  'katex/fonts/*.woff2',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
  'pagefind/index/**',
  'pagefind/fragment/**',
  'pagefind/filter/**',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/*.png',
];

/** The service worker itself; its source is written into sw.js with the list and version. */
function serviceWorker(sw, ENTRIES, VERSION) {
  const PRECACHE = `trd-precache-${VERSION}`;
  const META = 'trd-sw-meta';
  const FLAG = new URL('__trd/updated', sw.registration.scope).href;
  const LIST = new URL('__trd/manifest', sw.registration.scope).href;
  const key = (path) => new URL(path, sw.registration.scope).href;
  const revisions = new Map(ENTRIES.map(([url, rev]) => [key(url), rev]));
  const NOTICE =
    '<dialog open class="sw-update" aria-labelledby="sw-update-text" style="position:fixed;inset:auto 1rem 1rem auto;' +
    'margin:0;max-width:22rem;z-index:50;padding:.75rem 1rem;border:1px solid var(--rule);border-radius:.5rem;' +
    'background:var(--surface);color:inherit;box-shadow:0 2px 10px rgb(0 0 0 / .25)">' +
    '<p id="sw-update-text" role="status" style="margin:0 0 .5rem">Updated to the latest version of the module.</p>' +
    '<form method="dialog" style="margin:0"><button type="submit" class="secondary">Dismiss</button></form></dialog>';

  // Pages are fetched by the address learners use ("/x/"), and stored without redirect marks.
  const fetchFresh = async (url) => {
    const res = await fetch(new Request(url.replace(/\/index\.html$/, '/'), { cache: 'no-cache' }));
    if (!res.ok) throw new Error(`precache: ${url} answered ${res.status}`);
    return res.redirected ? new Response(await res.blob(), { status: 200, headers: res.headers }) : res;
  };

  sw.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        const cache = await caches.open(PRECACHE);
        const meta = await caches.open(META);
        const previous = await meta.match(LIST).then((r) => (r ? r.json() : null));
        const old = previous && previous.cache !== PRECACHE ? await caches.open(previous.cache) : null;
        const oldRev = new Map(previous ? previous.entries : []);
        const todo = [...revisions];
        const worker = async () => {
          for (let next = todo.shift(); next; next = todo.shift()) {
            const [url, rev] = next;
            const reused =
              old && oldRev.has(url) && oldRev.get(url) === rev ? await old.match(url) : undefined;
            await cache.put(url, reused ?? (await fetchFresh(url)));
          }
        };
        await Promise.all(Array.from({ length: 6 }, worker));
        if (sw.registration.active) await meta.put(FLAG, new Response(VERSION));
        await sw.skipWaiting();
      })(),
    );
  });

  sw.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        for (const name of await caches.keys()) {
          if (name.startsWith('trd-precache-') && name !== PRECACHE) await caches.delete(name);
        }
        const meta = await caches.open(META);
        await meta.put(LIST, new Response(JSON.stringify({ cache: PRECACHE, entries: [...revisions] })));
        await sw.clients.claim();
      })(),
    );
  });

  const withNotice = async (res) => {
    const meta = await caches.open(META);
    if (!(await meta.match(FLAG))) return res;
    await meta.delete(FLAG);
    const html = await res.text();
    const at = html.lastIndexOf('</body>');
    const body = at < 0 ? html + NOTICE : html.slice(0, at) + NOTICE + html.slice(at);
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };

  sw.addEventListener('fetch', (event) => {
    const req = event.request;
    if (req.method !== 'GET') return;
    const url = new URL(req.url);
    if (url.origin !== sw.location.origin) return;
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const k = url.origin + path;
    if (!revisions.has(k)) {
      // "/progress" → "/progress/", as the web server would redirect.
      if (req.mode === 'navigate' && revisions.has(`${k}/index.html`)) {
        event.respondWith(Response.redirect(`${url.pathname}/${url.search}${url.hash}`, 301));
      }
      return;
    }
    event.respondWith(
      (async () => {
        const hit = await caches.open(PRECACHE).then((c) => c.match(k));
        if (!hit) return fetch(req);
        return req.mode === 'navigate' ? withNotice(hit) : hit;
      })(),
    );
  });
}

/** Lists the files to precache in `dist` and writes `dist/sw.js`. */
export async function writeServiceWorker({ dist = join(ROOT, 'dist'), log = console.log } = {}) {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`pwa-sw: ${dist}/index.html not found; build first.`);
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: dist,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: ['sw.js'],
    dontCacheBustURLsMatching: /^_astro\//,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
  for (const w of warnings) log(`pwa-sw: ${w}`);
  const entries = manifestEntries
    .map((e) => [e.url, e.revision ?? null])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const version = createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 12);
  const source =
    `// Generated by scripts/pwa-sw.mjs: the module's offline cache (version ${version}).\n` +
    `(${String(serviceWorker)})(self, ${JSON.stringify(entries)}, ${JSON.stringify(version)});\n`;
  writeFileSync(join(dist, 'sw.js'), source);
  log(`pwa-sw: dist/sw.js precaches ${count} files (${(size / 1024).toFixed(0)} KiB), version ${version}`);
  return { count, size, version, entries };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--dist');
  try {
    await writeServiceWorker(i > 0 ? { dist: resolve(process.argv[i + 1] ?? 'dist') } : {});
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
