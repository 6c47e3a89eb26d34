// The browser half of Astro's Preact renderer, used in place of `@astrojs/preact/client.js`
// (astro.config.mjs resolves that import here in production builds). It is the upstream hydration
// code (@astrojs/preact 6.0.5, dist/client.js) without its support for Preact signals passed as
// island props: this module passes none, and that support pulled a dynamic import and Vite's
// preload helper (about 0.7 KB gzip) into every island page. Keep it in step with upstream when
// @astrojs/preact is upgraded (tests/e2e hydrate every island type).
import { h, hydrate, render, type ComponentType } from 'preact';

interface SlotProps {
  value?: string | undefined;
  name?: string;
  hydrate?: boolean;
}

/** Server-rendered slot HTML, kept as is. */
function StaticHtml({ value, name, hydrate: live = true }: SlotProps) {
  if (!value) return null;
  return h(live ? 'astro-slot' : 'astro-static-slot', { name, dangerouslySetInnerHTML: { __html: value } });
}
StaticHtml.shouldComponentUpdate = () => false;

export default (element: HTMLElement) =>
  (
    Component: ComponentType<Record<string, unknown>>,
    props: Record<string, unknown>,
    { default: children, ...slotted }: Record<string, string | undefined>,
    { client }: { client: string },
  ) => {
    if (!element.hasAttribute('ssr')) return;
    for (const [key, value] of Object.entries(slotted)) props[key] = h(StaticHtml, { value, name: key });
    const child = h(Component, props, children != null ? h(StaticHtml, { value: children }) : children);
    // Preact's island mask keeps useId() values unique across islands (as upstream).
    const raw = element.getAttribute('data-preact-island-id');
    const parsed = raw === null ? Number.NaN : Number.parseInt(raw, 10);
    const maskId = Number.isNaN(parsed) ? element.getAttribute('uid') : parsed;
    if (maskId !== null) {
      const mask = [maskId, 0];
      Object.assign(child, { _mask: mask, __m: mask });
    }
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else {
      hydrate(child, element);
    }
    element.addEventListener(
      'astro:unmount',
      () => {
        render(null, element);
      },
      { once: true },
    );
  };
