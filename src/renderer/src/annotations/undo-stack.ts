import type {
  Annotation,
  AnnotationBody,
  PassageTarget,
  RestoreAnnotationTargetArg,
  UpdateAnnotationArg,
} from '../../../shared/annotations';

/**
 * Undo and redo of annotation changes (Ctrl+Z / Ctrl+Shift+Z) as pure functions over a value the
 * window keeps: creating, deleting, editing the body, and moving an annotation to another passage
 * (re-attaching it by hand, or accepting the place the anchoring proposed). One step can cover
 * several annotations (a selection over several blocks makes one per block, undone together). A step becomes API calls only against the
 * annotations as the window last loaded them, so undoing an edit someone else has changed since
 * is refused rather than silently reverting their work. The stack moves only once the calls
 * succeed: the caller takes `stack` from the result after the calls resolve.
 */
export type UndoEntry =
  | { readonly kind: 'created'; readonly ids: readonly string[] }
  | { readonly kind: 'deleted'; readonly ids: readonly string[] }
  | { readonly kind: 'edited'; readonly id: string; readonly before: AnnotationBody; readonly after: AnnotationBody }
  | { readonly kind: 'retargeted'; readonly id: string; readonly before: PassageTarget; readonly after: PassageTarget };

export interface UndoStack {
  readonly undo: readonly UndoEntry[];
  readonly redo: readonly UndoEntry[];
}

export const EMPTY_UNDO: UndoStack = { undo: [], redo: [] };

/** How many steps back a window remembers. */
export const UNDO_LIMIT = 200;

/** What a step does to the store. */
export type UndoStep =
  | { readonly kind: 'delete'; readonly ids: readonly string[] }
  | { readonly kind: 'restore'; readonly ids: readonly string[] }
  | { readonly kind: 'set-body'; readonly id: string; readonly expect: AnnotationBody; readonly body: AnnotationBody }
  | { readonly kind: 'set-target'; readonly id: string; readonly expect: PassageTarget; readonly target: PassageTarget };

export type UndoCall =
  | { readonly method: 'deleteAnnotation' | 'restoreAnnotation'; readonly arg: { readonly id: string } }
  | { readonly method: 'updateAnnotation'; readonly arg: UpdateAnnotationArg }
  | { readonly method: 'restoreAnnotationTarget'; readonly arg: RestoreAnnotationTargetArg };

/** Why a step cannot run: the UI says it in the reader's language. */
export type UndoRefusal = 'gone' | 'changed-since' | 'deleted-since';

/** A new user action: on the undo stack; the redo stack is cleared, as editors do. */
export function recordUndo(stack: UndoStack, entry: UndoEntry, limit = UNDO_LIMIT): UndoStack {
  if ((entry.kind === 'created' || entry.kind === 'deleted') && entry.ids.length === 0) return stack;
  if (entry.kind === 'edited' && sameBody(entry.before, entry.after)) return stack;
  if (entry.kind === 'retargeted' && sameTarget(entry.before, entry.after)) return stack;
  const undo = [...stack.undo, entry];
  return { undo: undo.slice(Math.max(0, undo.length - limit)), redo: [] };
}

export const canUndo = (stack: UndoStack): boolean => stack.undo.length > 0;
export const canRedo = (stack: UndoStack): boolean => stack.redo.length > 0;

/** The step that reverses the last action, and the stack once it has run. */
export function undoStep(stack: UndoStack): { readonly stack: UndoStack; readonly step: UndoStep } | undefined {
  const entry = stack.undo[stack.undo.length - 1];
  if (!entry) return undefined;
  return { stack: { undo: stack.undo.slice(0, -1), redo: [...stack.redo, entry] }, step: reverse(entry) };
}

/** The step that does the last undone action again, and the stack once it has run. */
export function redoStep(stack: UndoStack): { readonly stack: UndoStack; readonly step: UndoStep } | undefined {
  const entry = stack.redo[stack.redo.length - 1];
  if (!entry) return undefined;
  return { stack: { undo: [...stack.undo, entry], redo: stack.redo.slice(0, -1) }, step: forward(entry) };
}

function reverse(entry: UndoEntry): UndoStep {
  switch (entry.kind) {
    case 'created':
      return { kind: 'delete', ids: entry.ids };
    case 'deleted':
      return { kind: 'restore', ids: entry.ids };
    case 'edited':
      return { kind: 'set-body', id: entry.id, expect: entry.after, body: entry.before };
    case 'retargeted':
      return { kind: 'set-target', id: entry.id, expect: entry.after, target: entry.before };
  }
}

function forward(entry: UndoEntry): UndoStep {
  switch (entry.kind) {
    case 'created':
      return { kind: 'restore', ids: entry.ids };
    case 'deleted':
      return { kind: 'delete', ids: entry.ids };
    case 'edited':
      return { kind: 'set-body', id: entry.id, expect: entry.before, body: entry.after };
    case 'retargeted':
      return { kind: 'set-target', id: entry.id, expect: entry.before, target: entry.after };
  }
}

/**
 * The API calls a step needs, given the annotations as last loaded (deleted ones included), or
 * why it cannot run. Deleting or restoring what is already so is left out, not refused.
 */
export function callsFor(
  step: UndoStep,
  current: (id: string) => Annotation | undefined,
): { readonly kind: 'calls'; readonly calls: readonly UndoCall[] } | { readonly kind: 'refused'; readonly reason: UndoRefusal } {
  switch (step.kind) {
    case 'delete':
    case 'restore': {
      const calls: UndoCall[] = [];
      for (const id of step.ids) {
        const a = current(id);
        if (!a) return { kind: 'refused', reason: 'gone' };
        const deleted = a.deleted !== undefined;
        if (step.kind === 'delete' && !deleted) calls.push({ method: 'deleteAnnotation', arg: { id } });
        if (step.kind === 'restore' && deleted) calls.push({ method: 'restoreAnnotation', arg: { id } });
      }
      return { kind: 'calls', calls };
    }
    case 'set-body': {
      const a = current(step.id);
      if (!a) return { kind: 'refused', reason: 'gone' };
      if (a.deleted !== undefined) return { kind: 'refused', reason: 'deleted-since' };
      if (!sameBody(a.body, step.expect)) return { kind: 'refused', reason: 'changed-since' };
      return {
        kind: 'calls',
        calls: [
          {
            method: 'updateAnnotation',
            arg: { id: step.id, expectedModified: a.modified, note: step.body.note, tags: step.body.tags, color: step.body.color },
          },
        ],
      };
    }
    case 'set-target': {
      const a = current(step.id);
      if (!a) return { kind: 'refused', reason: 'gone' };
      if (a.deleted !== undefined) return { kind: 'refused', reason: 'deleted-since' };
      if (a.target.kind !== 'passage' || !sameTarget(a.target, step.expect)) return { kind: 'refused', reason: 'changed-since' };
      return {
        kind: 'calls',
        calls: [{ method: 'restoreAnnotationTarget', arg: { id: step.id, target: step.target, expectedModified: a.modified } }],
      };
    }
  }
}

/** The same passage: block, quote and position (the rest follows from them). */
export function sameTarget(a: PassageTarget, b: PassageTarget): boolean {
  const [qa, pa] = a.selector;
  const [qb, pb] = b.selector;
  return (
    a.source === b.source &&
    a.blockId === b.blockId &&
    qa.exact === qb.exact &&
    qa.prefix === qb.prefix &&
    qa.suffix === qb.suffix &&
    pa.start === pb.start &&
    pa.end === pb.end
  );
}

export function sameBody(a: AnnotationBody, b: AnnotationBody): boolean {
  return a.note === b.note && a.color === b.color && a.tags.length === b.tags.length && a.tags.every((t, i) => t === b.tags[i]);
}
