import { describe, expect, it } from 'vitest';
import { canGoBack, canGoForward, emptyHistory, MAX_ENTRIES, recordJump, step } from '../../../../src/renderer/src/history/nav-history';

const at = (block: string) => ({ positions: { p: { blockId: block } } });

describe('back and forward', () => {
  it('returns to where the reader was before a jump, and forward again', () => {
    let h = recordJump(emptyHistory(), at('a'), { positions: { p: { blockId: 'b' } }, reasons: { p: [{ kind: 'translation' }] } });
    expect(canGoBack(h)).toBe(true);
    expect(canGoForward(h)).toBe(false);
    const back = step(h, at('b2'), -1)!;
    expect(back.target).toEqual(at('a'));
    h = back.history;
    expect(canGoForward(h)).toBe(true);
    const fwd = step(h, at('a'), 1)!;
    // Where the reader had scrolled to after the jump, with the jump's reason.
    expect(fwd.target).toEqual({ positions: { p: { blockId: 'b2' } }, reasons: { p: [{ kind: 'translation' }] } });
  });

  it('a new jump drops what Forward could replay', () => {
    let h = recordJump(emptyHistory(), at('a'), at('b'));
    h = recordJump(h, at('b'), at('c'));
    h = step(h, at('c'), -1)!.history;
    h = step(h, at('b'), -1)!.history;
    h = recordJump(h, at('a'), at('z'));
    expect(h.entries.map((e) => e.positions.p?.blockId)).toEqual(['a', 'z']);
    expect(step(h, at('z'), 1)).toBeUndefined();
    expect(step(emptyHistory(), at('z'), -1)).toBeUndefined();
  });

  it('keeps a bounded number of entries', () => {
    let h = emptyHistory();
    for (let i = 0; i < MAX_ENTRIES * 2; i++) h = recordJump(h, at(String(i)), at(String(i + 1)));
    expect(h.entries.length).toBe(MAX_ENTRIES);
    expect(h.index).toBe(MAX_ENTRIES - 1);
  });
});
