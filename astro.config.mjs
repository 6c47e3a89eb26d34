// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkCitations from './src/plugins/remark-citations.ts';

// Astro 7's default Markdown processor (Sätteri) does not run remark/rehype plugins, so the
// unified processor is named explicitly: math is rendered by KaTeX at build time and
// citations are numbered per file by our own plugin. @astrojs/mdx inherits this processor.
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
