import {
  ANNOTATION_LIMITS,
  DEFAULT_ANNOTATION_COLOR,
  type AnnotationBody,
  type AnnotationColor,
  type AnnotationMotivation,
} from '../../shared/annotations';
import { ApiError } from '../../shared/errors';
import { foldText } from './fold';

/**
 * Tags as typed become tags as stored: trimmed, inner spaces collapsed, a leading "#" dropped,
 * and repeats (in any case or accent) kept once with their first spelling, so "Numérique" and
 * "numerique" never become two tags on one annotation.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim();
    if (tag === '') continue;
    if (tag.length > ANNOTATION_LIMITS.tag) {
      throw new ApiError('bad-input', `The tag "${tag.slice(0, 20)}…" is longer than ${ANNOTATION_LIMITS.tag} characters. Shorten it.`);
    }
    const key = foldText(tag);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  if (out.length > ANNOTATION_LIMITS.tags) {
    throw new ApiError('bad-input', `An annotation takes at most ${ANNOTATION_LIMITS.tags} tags; this one has ${out.length}.`);
  }
  return out;
}

/** A body from what the user gave, with the defaults filled in and the limits checked. */
export function makeBody(input: {
  readonly note?: string;
  readonly tags?: readonly string[];
  readonly color?: AnnotationColor;
}): AnnotationBody {
  const note = input.note ?? '';
  if (note.length > ANNOTATION_LIMITS.note) {
    throw new ApiError('bad-input', `The note is ${note.length} characters; the limit is ${ANNOTATION_LIMITS.note}. Split it.`);
  }
  return { note, tags: normalizeTags(input.tags ?? []), color: input.color ?? DEFAULT_ANNOTATION_COLOR };
}

/** The W3C motivation follows from the body: a note comments, tags alone tag, else it highlights. */
export function motivationOf(body: AnnotationBody): AnnotationMotivation {
  if (body.note.trim() !== '') return 'commenting';
  if (body.tags.length > 0) return 'tagging';
  return 'highlighting';
}

export function sameBody(a: AnnotationBody, b: AnnotationBody): boolean {
  return a.note === b.note && a.color === b.color && a.tags.length === b.tags.length && a.tags.every((t, i) => t === b.tags[i]);
}
