import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'chapters'>;

/** Chapters in reading order; the slug is the file name without its number prefix. */
export async function chaptersInOrder(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  return all.sort((a, b) => a.data.order - b.data.order);
}

export function chapterSlug(c: Chapter): string {
  return c.id.replace(/^\d+-/, '');
}

export function chapterHref(c: Chapter): string {
  return `/chapters/${chapterSlug(c)}/`;
}
