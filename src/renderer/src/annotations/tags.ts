import type { TagCount } from '../../../shared/annotations';

/** Case- and accent-insensitive form of a tag, as the host compares them ("Numérique" = "numerique"). */
export function foldTag(tag: string): string {
  return tag.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und').replace(/^#+/, '').trim();
}

/** A tag as the user typed it, tidied the way the host will store it (no leading #, single spaces). */
export function cleanTag(raw: string): string {
  return raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim();
}

/** Adds a tag unless it is there already in some spelling. */
export function addTag(tags: readonly string[], raw: string): readonly string[] {
  const tag = cleanTag(raw);
  if (tag === '' || tags.some((t) => foldTag(t) === foldTag(tag))) return tags;
  return [...tags, tag];
}

/**
 * Tags to offer while typing: those in use (most used first, as the host orders them) whose
 * words start with what was typed, ignoring case and accents; those already on the annotation
 * are left out. Tags starting with the input come before tags with a later word starting so.
 */
export function suggestTags(input: string, inUse: readonly TagCount[], chosen: readonly string[] = [], limit = 8): readonly string[] {
  const q = foldTag(input);
  const taken = new Set(chosen.map(foldTag));
  const starts: string[] = [];
  const words: string[] = [];
  for (const { tag } of inUse) {
    const f = foldTag(tag);
    if (taken.has(f)) continue;
    if (f.startsWith(q)) starts.push(tag);
    else if (q !== '' && f.split(/[\s\-_/]+/).some((w) => w.startsWith(q))) words.push(tag);
  }
  return [...starts, ...words].slice(0, limit);
}
