import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationBody, PassageTarget } from '../../../../src/shared/annotations';
import {
  callsFor,
  canRedo,
  canUndo,
  EMPTY_UNDO,
  recordUndo,
  redoStep,
  undoStep,
  type UndoCall,
  type UndoStack,
} from '../../../../src/renderer/src/annotations/undo-stack';

const body = (note: string, color: AnnotationBody['color'] = 'yellow'): AnnotationBody => ({ note, tags: [], color });
const ann = (id: string, b: AnnotationBody, extra: Partial<Annotation> = {}): Annotation => ({
  id,
  motivation: 'highlighting',
  body: b,
  target: { kind: 'commitment', source: 's', commitmentId: 'c' },
  created: '2025-01-01T00:00:00.000Z',
  modified: '2025-01-01T00:00:01.000Z',
  ...extra,
});

/** A tiny store that applies calls as the host would, to check undo/redo round trips. */
function store(initial: Annotation[]) {
  let list = initial;
  let tick = 2;
  const stamp = () => `2025-01-01T00:00:${String(tick++).padStart(2, '0')}.000Z`;
  return {
    get: (id: string) => list.find((a) => a.id === id),
    apply(calls: readonly UndoCall[]) {
      for (const c of calls) {
        if (c.method === 'updateAnnotation') {
          const arg = c.arg;
          list = list.map((a) => {
            if (a.id !== arg.id) return a;
            if (arg.expectedModified !== a.modified) throw new Error('conflict');
            return { ...a, body: { note: arg.note!, tags: arg.tags!, color: arg.color! }, modified: stamp() };
          });
        } else if (c.method === 'restoreAnnotationTarget') {
          const arg = c.arg;
          list = list.map((a) => {
            if (a.id !== arg.id) return a;
            if (arg.expectedModified !== a.modified) throw new Error('conflict');
            return { ...a, target: arg.target, modified: stamp() };
          });
        } else {
          const { method, arg } = c;
          list = list.map((a) => {
            if (a.id !== arg.id) return a;
            if (method === 'deleteAnnotation') return { ...a, deleted: stamp(), modified: stamp() };
            const { deleted: _d, ...rest } = a;
            return { ...rest, modified: stamp() };
          });
        }
      }
    },
  };
}

function run(stack: UndoStack, s: ReturnType<typeof store>, dir: 'undo' | 'redo'): UndoStack {
  const next = dir === 'undo' ? undoStep(stack) : redoStep(stack);
  if (!next) throw new Error('nothing to do');
  const plan = callsFor(next.step, s.get);
  if (plan.kind === 'refused') throw new Error(plan.reason);
  s.apply(plan.calls);
  return next.stack;
}

describe('annotation undo stack', () => {
  it('undoes and redoes a creation over several blocks as one step, and a delete (undelete)', () => {
    const s = store([ann('a', body('')), ann('b', body(''))]);
    let stack = recordUndo(EMPTY_UNDO, { kind: 'created', ids: ['a', 'b'] });
    stack = run(stack, s, 'undo');
    expect(s.get('a')!.deleted).toBeDefined();
    expect(s.get('b')!.deleted).toBeDefined();
    stack = run(stack, s, 'redo');
    expect(s.get('a')!.deleted).toBeUndefined();
    expect(s.get('b')!.deleted).toBeUndefined();

    s.apply([{ method: 'deleteAnnotation', arg: { id: 'a' } }]);
    stack = recordUndo(stack, { kind: 'deleted', ids: ['a'] });
    expect(canRedo(stack)).toBe(false);
    stack = run(stack, s, 'undo');
    expect(s.get('a')!.deleted).toBeUndefined();
    expect(canRedo(stack)).toBe(true);
  });

  it('undoes an edit with the version last seen, and refuses when someone changed it since', () => {
    const s = store([ann('a', body('after', 'green'))]);
    const stack = recordUndo(EMPTY_UNDO, { kind: 'edited', id: 'a', before: body('before'), after: body('after', 'green') });
    const step = undoStep(stack)!;
    const plan = callsFor(step.step, s.get);
    expect(plan).toEqual({
      kind: 'calls',
      calls: [
        {
          method: 'updateAnnotation',
          arg: { id: 'a', expectedModified: '2025-01-01T00:00:01.000Z', note: 'before', tags: [], color: 'yellow' },
        },
      ],
    });
    // Another window changed the note: undo would overwrite that.
    const other = store([ann('a', body('theirs', 'green'))]);
    expect(callsFor(step.step, other.get)).toEqual({ kind: 'refused', reason: 'changed-since' });
    const deleted = store([ann('a', body('after', 'green'), { deleted: '2025-01-02T00:00:00.000Z' })]);
    expect(callsFor(step.step, deleted.get)).toEqual({ kind: 'refused', reason: 'deleted-since' });
    expect(callsFor(step.step, () => undefined)).toEqual({ kind: 'refused', reason: 'gone' });
  });

  it('a new action clears redo; empty and no-op entries are not recorded; the stack is bounded', () => {
    let stack = recordUndo(EMPTY_UNDO, { kind: 'created', ids: ['a'] });
    stack = undoStep(stack)!.stack;
    expect(canRedo(stack)).toBe(true);
    stack = recordUndo(stack, { kind: 'deleted', ids: ['b'] });
    expect(canRedo(stack)).toBe(false);
    expect(recordUndo(EMPTY_UNDO, { kind: 'created', ids: [] })).toBe(EMPTY_UNDO);
    expect(recordUndo(EMPTY_UNDO, { kind: 'edited', id: 'a', before: body('x'), after: body('x') })).toBe(EMPTY_UNDO);
    let big = EMPTY_UNDO;
    for (let i = 0; i < 10; i++) big = recordUndo(big, { kind: 'created', ids: [`n${i}`] }, 4);
    expect(big.undo.map((e) => (e.kind === 'created' ? e.ids[0] : ''))).toEqual(['n6', 'n7', 'n8', 'n9']);
    expect(undoStep(EMPTY_UNDO)).toBeUndefined();
    expect(redoStep(EMPTY_UNDO)).toBeUndefined();
    expect(canUndo(EMPTY_UNDO)).toBe(false);
  });

  it('undoes and redoes moving an annotation to another passage, and refuses when it moved again since', () => {
    const place = (blockId: string, exact: string, start: number): PassageTarget => ({
      kind: 'passage',
      source: 's',
      blockId,
      selector: [
        { type: 'TextQuoteSelector', exact },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    });
    const orphaned = place('old', 'fibre optique', 40);
    const attached = place('new', 'réseaux à très haut débit', 12);
    const s = store([ann('a', body('à suivre'), { target: attached })]);
    let stack = recordUndo(EMPTY_UNDO, { kind: 'retargeted', id: 'a', before: orphaned, after: attached });
    expect(recordUndo(EMPTY_UNDO, { kind: 'retargeted', id: 'a', before: attached, after: { ...attached } })).toBe(EMPTY_UNDO);

    stack = run(stack, s, 'undo');
    expect(s.get('a')!.target).toEqual(orphaned);
    expect(s.get('a')!.body.note).toBe('à suivre');
    stack = run(stack, s, 'redo');
    expect(s.get('a')!.target).toEqual(attached);

    // Moved elsewhere since (another window): undo would throw that away, so it is refused.
    const step = undoStep(stack)!;
    const elsewhere = store([ann('a', body('à suivre'), { target: place('other', 'ailleurs', 0) })]);
    expect(callsFor(step.step, elsewhere.get)).toEqual({ kind: 'refused', reason: 'changed-since' });
    const gone = store([ann('a', body('à suivre'), { target: attached, deleted: '2025-01-02T00:00:00.000Z' })]);
    expect(callsFor(step.step, gone.get)).toEqual({ kind: 'refused', reason: 'deleted-since' });
  });

  it('skips deleting what is already deleted and restoring what is live', () => {
    const s = store([ann('a', body(''), { deleted: '2025-01-02T00:00:00.000Z' }), ann('b', body(''))]);
    expect(callsFor({ kind: 'delete', ids: ['a', 'b'] }, s.get)).toEqual({
      kind: 'calls',
      calls: [{ method: 'deleteAnnotation', arg: { id: 'b' } }],
    });
    expect(callsFor({ kind: 'restore', ids: ['a', 'b'] }, s.get)).toEqual({
      kind: 'calls',
      calls: [{ method: 'restoreAnnotation', arg: { id: 'a' } }],
    });
  });
});
