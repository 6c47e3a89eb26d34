// Content collections. Chapters are MDX prose; vignettes are MDX cases whose `case:` and
// `questions:` blocks are validated by the rules engine's own parsers (see
// src/lib/vignette-schema.ts), so the build, `npm test` and the browser agree on what a valid
// case is. A malformed vignette fails the build naming the file, the field and what is allowed.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { validateVignette } from './lib/vignette-schema.ts';
import { loadBibliography } from './lib/bibliography.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date such as 2026-11-22')
  .or(z.date().transform((d) => d.toISOString().slice(0, 10)));

export const chapterSchema = z.strictObject({
  title: z.string().min(3),
  order: z.number().int().min(1),
  summary: z.string().min(20),
  objectives: z.array(z.string().min(10)).min(1),
  lastReviewed: isoDate,
});

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

export interface VignetteData {
  title: string;
  chapter: 'principles' | 'mechanisms' | 'applications';
  topics: string[];
  difficulty: 'introductory' | 'intermediate' | 'advanced';
  minutes: number;
  objective: string;
  sources: string[];
  lastReviewed: string | Date;
  case: Record<string, unknown>;
  questions: Record<string, unknown>[];
}

const vignettes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/vignettes' }),
  schema: z.custom<VignetteData>().superRefine((value, ctx) => {
    const bibliography = new Set(loadBibliography().keys());
    for (const issue of validateVignette(value, { bibliography }).issues) {
      ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
    }
  }),
});

export const collections = { chapters, vignettes };
