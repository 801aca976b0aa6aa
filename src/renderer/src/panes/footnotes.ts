import type { Block } from '../../../shared/model';

/**
 * For every footnote, the block whose marker points to it, so a footnote can offer the way back
 * to the text once its marker has been followed.
 */
export function footnoteBacklinks(blocks: readonly Block[]): ReadonlyMap<string, string> {
  const back = new Map<string, string>();
  for (const b of blocks)
    for (const m of b.marks) if (m.kind === 'footnote-ref' && m.target && !back.has(m.target)) back.set(m.target, b.id);
  return back;
}
