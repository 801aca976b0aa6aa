import type { Annotation, AnnotationBody, UpdateAnnotationArg } from '../../shared/annotations';
import { ApiError } from '../../shared/errors';
import { sameBody } from './body';
import { editAnnotation, restore, softDelete, type Changed } from './operations';

/**
 * Undo and redo for annotations (Ctrl+Z / Ctrl+Shift+Z), as pure functions over a history value
 * the UI keeps per window. An entry records what the user did; undoing or redoing it yields a
 * command, which becomes one ReaderApi call. Edits carry the body before and after, so undoing
 * one that someone else has since changed is refused instead of silently reverting their work.
 */
export type HistoryEntry =
  | { readonly kind: 'created'; readonly id: string }
  | { readonly kind: 'deleted'; readonly id: string }
  | { readonly kind: 'edited'; readonly id: string; readonly before: AnnotationBody; readonly after: AnnotationBody };

export interface AnnotationHistory {
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
}

export const EMPTY_HISTORY: AnnotationHistory = { undo: [], redo: [] };

/** How many steps back a window remembers. */
export const HISTORY_LIMIT = 200;

/** What to do to the store to undo or redo a step. */
export type AnnotationCommand =
  | { readonly kind: 'delete'; readonly id: string }
  | { readonly kind: 'restore'; readonly id: string }
  | { readonly kind: 'set-body'; readonly id: string; readonly expect: AnnotationBody; readonly body: AnnotationBody };

/** A new user action: it goes on the undo stack and clears the redo stack, as editors do. */
export function recordChange(history: AnnotationHistory, entry: HistoryEntry, limit = HISTORY_LIMIT): AnnotationHistory {
  const undo = [...history.undo, entry];
  return { undo: undo.slice(Math.max(0, undo.length - limit)), redo: [] };
}

/** The history entry for an edit, given the annotation before and after it. */
export function editEntry(before: Annotation, after: Annotation): HistoryEntry {
  return { kind: 'edited', id: after.id, before: before.body, after: after.body };
}

export function canUndo(history: AnnotationHistory): boolean {
  return history.undo.length > 0;
}

export function canRedo(history: AnnotationHistory): boolean {
  return history.redo.length > 0;
}

/** Takes the last action off the undo stack: the command that reverses it, and the new history. */
export function undoStep(
  history: AnnotationHistory,
): { readonly history: AnnotationHistory; readonly command: AnnotationCommand } | undefined {
  const entry = history.undo[history.undo.length - 1];
  if (!entry) return undefined;
  return { history: { undo: history.undo.slice(0, -1), redo: [...history.redo, entry] }, command: reverseOf(entry) };
}

/** Takes the last undone action off the redo stack: the command that does it again. */
export function redoStep(
  history: AnnotationHistory,
): { readonly history: AnnotationHistory; readonly command: AnnotationCommand } | undefined {
  const entry = history.redo[history.redo.length - 1];
  if (!entry) return undefined;
  return { history: { undo: [...history.undo, entry], redo: history.redo.slice(0, -1) }, command: forwardOf(entry) };
}

function reverseOf(entry: HistoryEntry): AnnotationCommand {
  switch (entry.kind) {
    case 'created':
      return { kind: 'delete', id: entry.id };
    case 'deleted':
      return { kind: 'restore', id: entry.id };
    case 'edited':
      return { kind: 'set-body', id: entry.id, expect: entry.after, body: entry.before };
  }
}

function forwardOf(entry: HistoryEntry): AnnotationCommand {
  switch (entry.kind) {
    case 'created':
      return { kind: 'restore', id: entry.id };
    case 'deleted':
      return { kind: 'delete', id: entry.id };
    case 'edited':
      return { kind: 'set-body', id: entry.id, expect: entry.before, body: entry.after };
  }
}

/** One ReaderApi call, or the reason the command cannot run on the annotation as it is now. */
export type CommandCall =
  | { readonly kind: 'call'; readonly method: 'deleteAnnotation' | 'restoreAnnotation'; readonly arg: { readonly id: string } }
  | { readonly kind: 'call'; readonly method: 'updateAnnotation'; readonly arg: UpdateAnnotationArg }
  | { readonly kind: 'refused'; readonly message: string };

/**
 * Turns a command into the API call to make, against the annotation as the window last loaded
 * it: an edit is undone only if the annotation still has the body the edit gave it.
 */
export function commandToCall(command: AnnotationCommand, current: Annotation | undefined): CommandCall {
  if (!current) return { kind: 'refused', message: 'The annotation is no longer in this data folder; nothing to undo.' };
  switch (command.kind) {
    case 'delete':
      return { kind: 'call', method: 'deleteAnnotation', arg: { id: command.id } };
    case 'restore':
      return { kind: 'call', method: 'restoreAnnotation', arg: { id: command.id } };
    case 'set-body':
      if (current.deleted !== undefined) return { kind: 'refused', message: 'The annotation was deleted since; restore it first.' };
      if (!sameBody(current.body, command.expect)) {
        return {
          kind: 'refused',
          message: 'The annotation was changed since (perhaps in another window); undo would overwrite that change.',
        };
      }
      return {
        kind: 'call',
        method: 'updateAnnotation',
        arg: {
          id: command.id,
          expectedModified: current.modified,
          note: command.body.note,
          tags: command.body.tags,
          color: command.body.color,
        },
      };
  }
}

/** Applies a command to a list directly: what the store ends up with when the call succeeds. */
export function applyCommand(list: readonly Annotation[], command: AnnotationCommand, now: Date): Changed {
  switch (command.kind) {
    case 'delete':
      return softDelete(list, command.id, now);
    case 'restore':
      return restore(list, command.id, now);
    case 'set-body': {
      const call = commandToCall(
        command,
        list.find((a) => a.id === command.id),
      );
      if (call.kind === 'refused') throw new ApiError('conflict', call.message);
      const arg = call.arg as UpdateAnnotationArg;
      return editAnnotation(list, command.id, arg.expectedModified, command.body, now);
    }
  }
}
