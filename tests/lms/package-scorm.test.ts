// scripts/package-scorm.mjs: the manifest is well-formed XML and lists exactly the files in the
// zip; every root-absolute URL becomes relative; the service worker never reaches the package.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import {
  LAUNCH_PAGE,
  absoluteUrlsIn,
  listFiles,
  packageScorm,
  relativeUrl,
  rewriteHtml,
} from '../../scripts/package-scorm.mjs';

const work = mkdtempSync(join(tmpdir(), 'trd-pkg-test-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const THEME = `<script>(()=>{document.documentElement.dataset.theme='light';'serviceWorker'in navigator&&addEventListener('load',()=>navigator.serviceWorker.register('/sw.js').catch(()=>{}))})();</script>`;
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>TRD &amp; module</title>` +
  `<link rel="stylesheet" href="/_astro/Base.css"><link rel="manifest" href="/manifest.webmanifest">${THEME}</head>` +
  `<body><header><a href="/">Home</a><a href="/cases/">Cases</a><form action="/search/"></form></header><main>${body}</main></body></html>`;

/** A small built site with every kind of URL the packager rewrites. */
function fixture(): string {
  const dir = join(work, 'fixture-dist');
  const files: Record<string, string> = {
    'index.html': page(
      '<img src="/favicon.svg" srcset="/favicon.svg 1x, /icons/x.png 2x" alt=""><div style="background:url(/favicon.svg)"></div>' +
        '<astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js" before-hydration-url="/_astro/before.js" props="{&quot;href&quot;:[0,&quot;/cases/&quot;]}"></astro-island>' +
        '<pre><code>&lt;a href="/not-a-link/"&gt;</code></pre><a href="https://example.org/x">ext</a><a href="#top">top</a>',
    ),
    'cases/index.html': page('<a href="a-case/">A case</a><a href="/cases/a-case/#q1">q1</a>'),
    'cases/a-case/index.html': page('<a href="/references/#ref-x">ref</a><a href="/progress">progress</a>'),
    'references/index.html': page('refs'),
    'progress/index.html': page('progress'),
    'search/index.html': page('search'),
    '_astro/Base.css':
      '@font-face{src:url(/katex/fonts/f.woff2) format("woff2")}body{background:url("/favicon.svg")}',
    '_astro/Island.js': 'export default 1;',
    '_astro/client.js': 'export default 2;',
    '_astro/before.js': '',
    'katex/fonts/f.woff2': 'font',
    'katex/katex.min.css': '.katex{src:url(fonts/f.woff2)}',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'sw.js': 'self.addEventListener("fetch",()=>{})',
    'manifest.webmanifest': '{}',
    'icons/icon-192.png': 'png',
    'file with space & amp.txt': 'odd name',
  };
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  return dir;
}

function checkManifest(xml: string, zipFiles: string[]) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror'), 'well-formed XML').toHaveLength(0);
  const root = doc.documentElement;
  expect(root.localName).toBe('manifest');
  expect(root.namespaceURI).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
  expect(root.getAttribute('xmlns:adlcp')).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2');
  expect(root.getAttribute('xsi:schemaLocation')).toMatch(/imscp_rootv1p1p2\.xsd.*adlcp_rootv1p2\.xsd/);
  expect(doc.getElementsByTagName('schema')[0]?.textContent).toBe('ADL SCORM');
  expect(doc.getElementsByTagName('schemaversion')[0]?.textContent).toBe('1.2');
  const orgs = doc.getElementsByTagName('organization');
  expect(orgs).toHaveLength(1);
  expect(doc.getElementsByTagName('organizations')[0]?.getAttribute('default')).toBe(
    orgs[0]?.getAttribute('identifier'),
  );
  const items = doc.getElementsByTagName('item');
  expect(items).toHaveLength(1);
  const resources = doc.getElementsByTagName('resource');
  expect(resources).toHaveLength(1);
  const sco = resources[0]!;
  expect(items[0]!.getAttribute('identifierref')).toBe(sco.getAttribute('identifier'));
  expect(sco.getAttributeNS('http://www.adlnet.org/xsd/adlcp_rootv1p2', 'scormtype')).toBe('sco');
  expect(sco.getAttribute('type')).toBe('webcontent');
  const href = sco.getAttribute('href')!;
  expect(zipFiles).toContain(href);
  const listed = [...sco.getElementsByTagName('file')].map((f) => f.getAttribute('href'));
  expect(new Set(listed).size).toBe(listed.length);
  expect([...listed].sort()).toEqual(zipFiles.filter((f) => f !== 'imsmanifest.xml').sort());
  return { href };
}

describe('package:scorm on a fixture site', () => {
  it('rewrites every root-absolute URL, strips the service worker and lists every file', async () => {
    const out = join(work, 'out-fixture');
    const r = await packageScorm({
      dist: fixture(),
      outDir: out,
      staging: join(work, 'staging-fixture'),
      log: () => undefined,
    });
    const zip = unzipSync(readFileSync(r.zipPath));
    const zipFiles = Object.keys(zip).filter((f) => !f.endsWith('/'));
    expect(zipFiles).toContain('imsmanifest.xml');
    expect(zipFiles).toContain(LAUNCH_PAGE);
    const { href } = checkManifest(new TextDecoder().decode(zip['imsmanifest.xml']), zipFiles);
    expect(href).toBe(LAUNCH_PAGE);
    for (const gone of ['sw.js', 'manifest.webmanifest']) expect(zipFiles).not.toContain(gone);
    expect(zipFiles).toContain('file with space & amp.txt');
    expect(r.vignetteIds).toEqual(['a-case']);
    expect(r.swRemoved).toBe(6);

    const text = (f: string) => new TextDecoder().decode(zip[f]);
    const home = text('index.html');
    // The theme script keeps working without the registration.
    expect(home).toContain(`<script>(()=>{document.documentElement.dataset.theme='light'})();</script>`);
    expect(home).toContain('href="_astro/Base.css"');
    expect(home).toContain('href="cases/index.html"');
    expect(home).toContain('href="index.html"');
    expect(home).toContain('action="search/index.html"');
    expect(home).toContain('src="favicon.svg" srcset="favicon.svg 1x, icons/x.png 2x"');
    expect(home).toContain('style="background:url(favicon.svg)"');
    expect(home).toContain(
      'component-url="_astro/Island.js" renderer-url="_astro/client.js" before-hydration-url="_astro/before.js"',
    );
    expect(home).toContain('&lt;a href="/not-a-link/"&gt;'); // text, not a tag: unchanged
    expect(home).toContain('href="https://example.org/x"');
    expect(home).toContain('href="#top"');
    expect(home).toContain('<meta name="trd-vignette-ids" content="a-case">');
    expect(home).not.toContain('rel="manifest"');
    expect(home).not.toContain('serviceWorker');
    const deep = text('cases/a-case/index.html');
    expect(deep).toContain('href="../../references/index.html#ref-x"');
    expect(deep).toContain('href="../../progress/index.html"');
    expect(deep).toContain('href="../../_astro/Base.css"');
    expect(deep).toContain('<script src="../../lms-links.js"></script></head>');
    expect(home).toContain('<script src="lms-links.js"></script></head>');
    expect(text('lms-links.js')).toContain('installRelativeLinks');
    expect(text('cases/index.html')).toContain('href="a-case/index.html"');
    expect(text('cases/index.html')).toContain('href="a-case/index.html#q1"');
    expect(text('_astro/Base.css')).toBe(
      '@font-face{src:url(../katex/fonts/f.woff2) format("woff2")}body{background:url("../favicon.svg")}',
    );
    expect(text('katex/katex.min.css')).toBe('.katex{src:url(fonts/f.woff2)}');
    for (const f of zipFiles.filter((x) => x.endsWith('.html')))
      expect(absoluteUrlsIn(text(f)), f).toEqual([]);
    const launch = text(LAUNCH_PAGE);
    expect(launch).toContain('<iframe src="index.html"');
    expect(launch).toContain('installLmsLauncher');
    expect(launch).toContain('<title>TRD &amp; module</title>');
  });
});

describe(`package:scorm on ${existsSync('dist/index.html') ? 'the built site (dist/)' : 'the fixture (no dist/ built yet)'}`, () => {
  it('the manifest is well-formed and lists exactly every file in the zip', async () => {
    const dist = existsSync('dist/index.html') ? 'dist' : fixture();
    const r = await packageScorm({
      dist,
      outDir: join(work, 'out-dist'),
      staging: join(work, 'staging-dist'),
      log: () => undefined,
    });
    const zip = unzipSync(readFileSync(r.zipPath));
    const zipFiles = Object.keys(zip).filter((f) => !f.endsWith('/'));
    checkManifest(new TextDecoder().decode(zip['imsmanifest.xml']), zipFiles);
    expect(listFiles(r.staging).sort()).toEqual(zipFiles.sort());
    for (const f of zipFiles.filter((x) => x.endsWith('.html'))) {
      const html = new TextDecoder().decode(zip[f]);
      expect(absoluteUrlsIn(html), f).toEqual([]);
      expect(html, f).not.toContain('serviceWorker');
    }
    expect(zipFiles.some((f) => f === 'sw.js')).toBe(false);
  });
});

describe('relative URLs', () => {
  const dirs = new Set(['', 'cases', 'cases/x', 'chapters']);
  const isDir = (p: string) => dirs.has(p);
  it.each([
    ['/', '', 'index.html'],
    ['/', 'cases/x', '../../index.html'],
    ['/cases/', 'cases/x', '../index.html'],
    ['/cases/x/', 'cases/x', 'index.html'],
    ['/cases/x/#q', 'cases/x', 'index.html#q'],
    ['/chapters', '', 'chapters/index.html'],
    ['/_astro/a.js', 'cases/x', '../../_astro/a.js'],
    ['/search/?q=a&b=c', '', 'search/index.html?q=a&b=c'],
    ['../', 'cases/x', '../index.html'],
    ['x/', 'cases', 'x/index.html'],
    ['x/a.png', 'cases', 'x/a.png'],
    ['//cdn.example.org/a.js', '', '//cdn.example.org/a.js'],
    ['mailto:a@b.c', '', 'mailto:a@b.c'],
    ['#frag', 'cases', '#frag'],
    ['?q=1', 'cases', '?q=1'],
  ])('%s from /%s/ is %s', (url, from, expected) => {
    expect(relativeUrl(url, from, isDir)).toBe(expected);
  });

  it('leaves script contents alone and rewrites their src', () => {
    const html =
      '<script src="/_astro/a.js"></script><script>const u = "/x/"; if (a<b) {}</script><a href="/x/">x</a>';
    expect(rewriteHtml(html, '', () => false)).toBe(
      '<script src="_astro/a.js"></script><script>const u = "/x/"; if (a<b) {}</script><a href="x/index.html">x</a>',
    );
  });
});
