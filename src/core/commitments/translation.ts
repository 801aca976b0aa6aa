import type { Commitment } from '../../shared/commitments';
import type { IngestedDocument, LangCode } from '../../shared/model';

/**
 * `translationOf` for a bilingual source: the alignment pairs Dutch and French block groups; the
 * commitments found in the two sides of one pair are matched one to one, in reading order when
 * both sides found as many, else by nearest relative position within the pair, with a bonus for
 * agreeing on kind and on the numbers they quote.
 */

const numbersOf = (text: string): Set<string> => new Set(text.match(/\d+(?:[.,]\d+)?/g) ?? []);

export function linkTranslations(commitments: readonly Commitment[], doc: IngestedDocument): Commitment[] {
  const alignment = doc.alignment;
  if (!alignment) return [...commitments];
  const [a, b] = alignment.languages;
  const blockOrder = new Map(doc.blocks.map((bl, i) => [bl.id, i]));
  const blockLength = new Map(doc.blocks.map((bl) => [bl.id, bl.text.length]));
  const byBlock = new Map<string, Commitment[]>();
  for (const c of commitments) {
    const list = byBlock.get(c.blockId) ?? [];
    list.push(c);
    byBlock.set(c.blockId, list);
  }
  const twin = new Map<string, string>();

  /** Commitments of one side of a pair, with their position (0–1) across the side's text. */
  const side = (ids: readonly string[] | undefined): { c: Commitment; pos: number }[] => {
    const blocks = [...(ids ?? [])].sort((x, y) => (blockOrder.get(x) ?? 0) - (blockOrder.get(y) ?? 0));
    const total = blocks.reduce((n, id) => n + (blockLength.get(id) ?? 0), 0) || 1;
    const out: { c: Commitment; pos: number }[] = [];
    let offset = 0;
    for (const id of blocks) {
      for (const c of (byBlock.get(id) ?? []).sort((x, y) => x.range.start - y.range.start)) {
        out.push({ c, pos: (offset + (c.range.start + c.range.end) / 2) / total });
      }
      offset += blockLength.get(id) ?? 0;
    }
    return out;
  };

  for (const pair of alignment.pairs) {
    const left = side(pair[a as LangCode]);
    const right = side(pair[b as LangCode]);
    if (left.length === 0 || right.length === 0) continue;
    if (left.length === right.length) {
      left.forEach((l, i) => {
        twin.set(l.c.id, right[i]!.c.id);
        twin.set(right[i]!.c.id, l.c.id);
      });
      continue;
    }
    const candidates: { l: Commitment; r: Commitment; score: number }[] = [];
    for (const l of left) {
      const ln = numbersOf(l.c.text);
      for (const r of right) {
        const rn = numbersOf(r.c.text);
        const shared = [...ln].filter((n) => rn.has(n)).length;
        const score = 1 - Math.abs(l.pos - r.pos) + (l.c.kind === r.c.kind ? 0.2 : 0) + 0.2 * shared;
        if (Math.abs(l.pos - r.pos) <= 0.35) candidates.push({ l: l.c, r: r.c, score });
      }
    }
    candidates.sort((x, y) => y.score - x.score);
    for (const { l, r } of candidates) {
      if (twin.has(l.id) || twin.has(r.id)) continue;
      twin.set(l.id, r.id);
      twin.set(r.id, l.id);
    }
  }
  return commitments.map((c) => {
    const t = twin.get(c.id);
    return t ? { ...c, translationOf: t } : c;
  });
}
