import type { Annotation, AnnotationBody, AnnotationColor, AnnotationTarget } from '../../shared/annotations';
import { ApiError } from '../../shared/errors';
import { makeBody, motivationOf } from './body';

/**
 * Pure changes to the list of annotations, each touching ONE annotation by id. The host runs them
 * inside the workspace store's `update`, on the latest list on disk, so two windows adding or
 * editing different annotations merge instead of overwriting each other; an edit to an
 * annotation someone else changed in between is refused (`conflict`) rather than clobbering it.
 */
export interface Changed {
  readonly annotations: readonly Annotation[];
  readonly annotation: Annotation;
}

/**
 * The next `modified` stamp: now, or one millisecond past the previous one when the clock has
 * not moved (or went back), so each change of an annotation has a distinct stamp to check.
 */
export function nextStamp(previous: string | undefined, now: Date): string {
  const prev = previous === undefined ? Number.NEGATIVE_INFINITY : Date.parse(previous);
  const t = Number.isFinite(prev) && now.getTime() <= prev ? prev + 1 : now.getTime();
  return new Date(t).toISOString();
}

/** A new annotation on a target, from what the user gave. */
export function newAnnotation(
  id: string,
  target: AnnotationTarget,
  input: { readonly note?: string; readonly tags?: readonly string[]; readonly color?: AnnotationColor },
  now: Date,
): Annotation {
  const body = makeBody(input);
  const stamp = now.toISOString();
  return { id, motivation: motivationOf(body), body, target, created: stamp, modified: stamp };
}

export function addAnnotation(list: readonly Annotation[], annotation: Annotation): Changed {
  if (list.some((a) => a.id === annotation.id)) {
    throw new ApiError('conflict', `An annotation with id ${annotation.id} already exists. Reload the annotations and try again.`);
  }
  return { annotations: [...list, annotation], annotation };
}

export interface BodyPatch {
  readonly note?: string;
  readonly tags?: readonly string[];
  readonly color?: AnnotationColor;
}

/** Changes note, tags or colour, if the annotation is still as the caller last saw it. */
export function editAnnotation(list: readonly Annotation[], id: string, expectedModified: string, patch: BodyPatch, now: Date): Changed {
  const current = find(list, id);
  if (current.deleted !== undefined) {
    throw new ApiError(
      'conflict',
      `The annotation was deleted (at ${current.deleted}), perhaps in another window. Restore it first to edit it.`,
    );
  }
  checkUnchanged(current, expectedModified);
  const body: AnnotationBody = makeBody({
    note: patch.note ?? current.body.note,
    tags: patch.tags ?? current.body.tags,
    color: patch.color ?? current.body.color,
  });
  return replace(list, { ...current, body, motivation: motivationOf(body), modified: nextStamp(current.modified, now) });
}

/** Marks an annotation deleted; it stays in the store so undo (and the trash) can bring it back. */
export function softDelete(list: readonly Annotation[], id: string, now: Date): Changed {
  const current = find(list, id);
  if (current.deleted !== undefined) return { annotations: list, annotation: current };
  const modified = nextStamp(current.modified, now);
  return replace(list, { ...current, deleted: modified, modified });
}

/** Undoes a deletion. Restoring an annotation that is not deleted changes nothing. */
export function restore(list: readonly Annotation[], id: string, now: Date): Changed {
  const current = find(list, id);
  if (current.deleted === undefined) return { annotations: list, annotation: current };
  const { deleted: _deleted, ...rest } = current;
  return replace(list, { ...rest, modified: nextStamp(current.modified, now) });
}

/** Points an annotation at a new target (re-attached by hand, or a proposed anchoring accepted). */
export function retarget(list: readonly Annotation[], id: string, target: AnnotationTarget, now: Date, expectedModified?: string): Changed {
  const current = find(list, id);
  if (current.deleted !== undefined) throw new ApiError('conflict', 'The annotation was deleted; restore it before re-attaching it.');
  if (expectedModified !== undefined) checkUnchanged(current, expectedModified);
  return replace(list, { ...current, target, modified: nextStamp(current.modified, now) });
}

export function findAnnotation(list: readonly Annotation[], id: string): Annotation | undefined {
  return list.find((a) => a.id === id);
}

function find(list: readonly Annotation[], id: string): Annotation {
  const found = findAnnotation(list, id);
  if (!found) throw new ApiError('not-found', `No annotation ${id}. It may have been removed from this data folder; reload the list.`);
  return found;
}

function checkUnchanged(current: Annotation, expectedModified: string): void {
  if (current.modified !== expectedModified) {
    throw new ApiError(
      'conflict',
      `This annotation was changed elsewhere (another window?) at ${current.modified}, after the version you edited (${expectedModified}). Reload it to see that change, then edit again.`,
    );
  }
}

function replace(list: readonly Annotation[], next: Annotation): Changed {
  return { annotations: list.map((a) => (a.id === next.id ? next : a)), annotation: next };
}
