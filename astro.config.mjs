// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkCitations from './src/plugins/remark-citations.ts';

// Browser chunks. Every island page loads the same few framework modules, so small files that
// always travel together are bundled into one chunk each (one gzip stream compresses better than
// many small ones; an island's entry file is then a one-line re-export). Groups are taken in
// order; a module shared by pages that load different groups is listed in the earliest group that
// every one of those pages loads anyway. Each chapter's own islands need no group: the chapter
// hydrates them all from one entry module (src/islands/chapter-*.ts), whose chunk holds their
// code. Dynamic imports (the LMS session) stay lazy chunks of their own.
/** @param {string} name @param {RegExp} re */
const group = (name, re) => ({ name, test: (/** @type {string} */ id) => re.test(id.replace(/\\/g, '/')) });
const CHUNK_GROUPS = [
  group(
    'core',
    /\/node_modules\/(preact\/|@astrojs\/preact\/dist\/|nanostores|@nanostores)|^\0vite\/preload-helper|\/src\/lib\/preact-client\.ts$|\/src\/stores\/(progress|progress-schema|persistent)\.ts$|\/src\/lms\/(lms-sync|find-api)\.ts$|\/src\/islands\/(ProgressNotice\.tsx|use-saved-progress\.ts|use-store\.ts|source-links\.tsx|Exercise\.tsx|SelfCheck\.tsx|practice\.ts)$|\/src\/engine\/(key-grading|text|percent)\.ts$/,
  ),
  // The engine's input checks, shared by the Principles and Applications islands.
  group(
    'engine',
    /\/src\/engine\/(check|messages|profiles|trials|doses|ids|scales|findings|version|codes)\.ts$/,
  ),
];

// Astro 7's default Markdown processor (Sätteri) does not run remark/rehype plugins, so the
// unified processor is named explicitly: math is rendered by KaTeX at build time and
// citations are numbered per file by our own plugin. @astrojs/mdx inherits this processor.
// Astro's Preact renderer, browser half, without Preact-signals props (src/lib/preact-client.ts).
const preactClientPath = fileURLToPath(new URL('./src/lib/preact-client.ts', import.meta.url));
/** @type {import('vite').Plugin} */
const lightPreactClient = {
  name: 'trd:light-preact-client',
  apply: 'build',
  enforce: 'pre',
  resolveId(id) {
    return id === '@astrojs/preact/client.js' ? preactClientPath : null;
  },
};

// Vite wraps every dynamic import in a preload helper (about 0.9 KB gzip, in the core chunk of every
// island page) that fetches the imported chunk's dependencies in parallel. The module's only
// dynamic import is the LMS session, loaded inside an LMS alone; there its dependencies are simply
// fetched when it imports them, one round trip later. So the helper is replaced by a call-through.
const PRELOAD_HELPER = '\0vite/preload-helper.js';
/** @type {import('vite').Plugin} */
const callThroughPreload = {
  name: 'trd:call-through-preload',
  apply: 'build',
  enforce: 'pre',
  load(id) {
    return id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null;
  },
};

export default defineConfig({
  site: 'https://trd-module.example.org',
  trailingSlash: 'ignore',
  markdown: {
    // Plain code blocks in the site's own colours: Shiki's theme failed AA contrast on comments.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkMath, remarkCitations],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }]],
    }),
  },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
  // Content-Security-Policy as a <meta> on every page: Astro hashes its own inline scripts and
  // styles, ThemeScript.astro adds its hash, Base.astro allows WebAssembly on /search/ only
  // (Pagefind). No 'unsafe-eval'. Style attributes stay allowed (style-src-attr): KaTeX
  // positions glyphs with them. Stylesheets are never inlined, so every <style> Astro emits is
  // one it hashes (island CSS inlined by Vite was not hashed).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    plugins: [lightPreactClient, callThroughPreload],
    environments: {
      client: { build: { rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } } } },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
