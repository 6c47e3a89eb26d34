// Two small scripts that only the SCORM package contains. `package:scorm` inlines each
// function's source text into the package's HTML, so each must be self-contained: no imports,
// no references to anything outside its own body, only erasable type annotations.

/** The subset of the SCORM 1.2 API the launcher uses. */
interface LauncherApi {
  LMSInitialize(p: ''): string;
  LMSFinish(p: ''): string;
  LMSGetValue(e: string): string;
  LMSSetValue(e: string, v: string): string;
  LMSCommit(p: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(c: string): string;
  LMSGetDiagnostic(c: string): string;
}

/**
 * The launch page of the SCORM package (lms-launch.html). The module is a multi-page site; a
 * SCO may call LMSInitialize and LMSFinish only once per session, and an LMS (scorm-again,
 * SCORM Engine) refuses a second LMSInitialize after LMSFinish. So the launch page holds the one
 * session and shows the module's pages in a full-window frame: it initialises, marks the attempt
 * incomplete, and offers the pages an API of its own as `window.API` that forwards every call to
 * the LMS except the ones that would end or re-open the session. When the LMS closes the launch
 * page it sends the whole session's time, exit "suspend", commits and calls LMSFinish once.
 */
export function installLmsLauncher(win: Window): void {
  const isApi = (a: unknown): a is LauncherApi =>
    typeof a === 'object' && a !== null && typeof (a as LauncherApi).LMSInitialize === 'function';
  const find = (start: Window | null): LauncherApi | null => {
    let w = start;
    for (let depth = 0; w && depth <= 10; depth++) {
      try {
        const api = (w as Window & { API?: unknown }).API;
        if (isApi(api)) return api;
      } catch {
        // cross-origin frame: keep climbing
      }
      let up: Window | null = null;
      try {
        up = w.parent !== w ? w.parent : null;
      } catch {
        up = null;
      }
      w = up;
    }
    return null;
  };
  let start: Window | null = null;
  try {
    start = win.parent !== win ? win.parent : null;
  } catch {
    start = null;
  }
  let lms = find(start);
  if (!lms) {
    try {
      lms = win.opener ? find(win.opener as Window) : null;
    } catch {
      lms = null;
    }
  }
  if (!lms) return;
  const api = lms;
  const started = Date.now();
  let open = api.LMSInitialize('') === 'true' || api.LMSGetLastError() === '101';
  if (open) {
    const status = api.LMSGetValue('cmi.core.lesson_status');
    if (status === 'not attempted' || status === '') api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    api.LMSSetValue('cmi.core.exit', 'suspend');
    api.LMSCommit('');
  }
  const timespan = (ms: number) => {
    const cs = Math.max(0, Math.round(ms / 10));
    const p = (n: number, w: number) => String(n).padStart(w, '0');
    const s = (cs % 6000) / 100;
    return `${p(Math.min(9999, Math.floor(cs / 360000)), 4)}:${p(Math.floor((cs % 360000) / 6000), 2)}:${s.toFixed(2).padStart(5, '0')}`;
  };
  (win as Window & { API?: unknown }).API = {
    LMSInitialize: () => (open ? 'true' : 'false'),
    LMSFinish: () => (open ? api.LMSCommit('') : 'false'),
    LMSGetValue: (e: string) => api.LMSGetValue(e),
    // The launcher reports the whole session's time itself.
    LMSSetValue: (e: string, v: string) => (e === 'cmi.core.session_time' ? 'true' : api.LMSSetValue(e, v)),
    LMSCommit: () => api.LMSCommit(''),
    LMSGetLastError: () => api.LMSGetLastError(),
    LMSGetErrorString: (c: string) => api.LMSGetErrorString(c),
    LMSGetDiagnostic: (c: string) => api.LMSGetDiagnostic(c),
  } satisfies LauncherApi;
  win.addEventListener('pagehide', () => {
    if (!open) return;
    open = false;
    api.LMSSetValue('cmi.core.session_time', timespan(Date.now() - started));
    api.LMSSetValue('cmi.core.exit', 'suspend');
    api.LMSCommit('');
    api.LMSFinish('');
  });
}

/**
 * The package's pages use relative URLs (rewritten by package:scorm), but islands render some
 * links at run time with site-root paths ("/cases/x/", "/references/#ref-y"), which inside an LMS
 * would point at the LMS's own root. This rewrites every such link, now and whenever one is
 * added, to the file in the package (`rootPrefix` + "cases/x/index.html"; the package's
 * lms-links.js passes the package root as an absolute URL).
 */
export function installRelativeLinks(doc: Document, rootPrefix: string): void {
  // Links that already carry the package's own path (Pagefind derives its result URLs from
  // where its script was loaded) only get their index.html.
  const rootPath = new URL(rootPrefix, doc.baseURI).pathname;
  const fix = (a: Element) => {
    const href = a.getAttribute('href');
    if (!href || !href.startsWith('/') || href.startsWith('//')) return;
    const cut = href.search(/[?#]/);
    let path = cut < 0 ? href : href.slice(0, cut);
    const rest = cut < 0 ? '' : href.slice(cut);
    if (path.endsWith('/')) path += 'index.html';
    else if (!/\.[a-z0-9]+$/i.test(path)) path += '/index.html';
    const inside =
      rootPath !== '/' && path.startsWith(rootPath) ? path.slice(rootPath.length) : path.slice(1);
    a.setAttribute('href', rootPrefix + inside + rest);
  };
  const scan = (root: ParentNode) => {
    root.querySelectorAll('a[href^="/"]').forEach(fix);
  };
  scan(doc);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target instanceof Element && r.target.tagName === 'A') fix(r.target);
      r.addedNodes.forEach((n) => {
        if (n instanceof Element) {
          if (n.tagName === 'A') fix(n);
          scan(n);
        }
      });
    }
  }).observe(doc.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['href'],
  });
}
