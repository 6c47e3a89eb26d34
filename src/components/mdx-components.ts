// Components every chapter may use without importing them.
import Term from './Term.astro';
import Callout from './Callout.astro';
import KeyPoints from './KeyPoints.astro';
import Exercise from './Exercise.astro';
import SelfCheck from './SelfCheck.astro';

export const mdxComponents = { Term, Callout, KeyPoints, Exercise, SelfCheck };
