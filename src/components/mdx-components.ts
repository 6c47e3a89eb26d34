// Components every chapter and vignette may use without importing them.
import Term from './Term.astro';
import Callout from './Callout.astro';
import KeyPoints from './KeyPoints.astro';

export const mdxComponents = { Term, Callout, KeyPoints };
