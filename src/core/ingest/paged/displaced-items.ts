import type { FlowItem } from './flow-item';
import { markerClass } from './lists';

const boldLead = (it: FlowItem): boolean => it.raw.startsWith('**');

/** Closing quotes, brackets and emphasis markers that may follow a final punctuation mark. */
const CLOSERS = `["'”»’)\\]*_]*\\s*$`;
/** An item ending with a comma or a semicolon promises another one after it. */
const PROMISES_MORE = new RegExp(`[,;]${CLOSERS}`);
/** An item ending a sentence can end a list. */
const ENDS_LIST = new RegExp(`[.!?…]${CLOSERS}`);

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/**
 * How many items a lead-in ("Nos trois priorités :", "De vier doelen zijn:") announces: the one
 * count it names (2 to 20, in figures or in French, Dutch or English words), else none.
 */
export function announcedCount(leadIn: string): number | undefined {
  if (!/:\s*(?:\*\*)?\s*$/.test(leadIn)) return undefined;
  const counts = [...leadIn.toLowerCase().matchAll(/(?<![\p{L}\d.,])(\d{1,2}|\p{L}+)(?![\p{L}\d]|[.,]\d)/gu)]
    .map((m) => (/^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!]))
    .filter((n): n is number => n !== undefined && n >= 2 && n <= 20);
  return counts.length === 1 ? counts[0] : undefined;
}

/**
 * What proves that `stranded` items belong at the end of the list `target` (its items, and the
 * lead-in before it): the list visibly goes on — its last item ends with a comma or a semicolon
 * and the stranded items end a sentence — or its lead-in announces exactly as many items as the
 * list and the stranded items make together. A list in the same style is not proof: the same
 * document can use bold lead-ins for measures and for issues alike.
 */
export function displacementProved(target: readonly FlowItem[], leadIn: FlowItem | undefined, stranded: readonly FlowItem[]): boolean {
  const last = target[target.length - 1];
  if (!last || stranded.length === 0) return false;
  if (PROMISES_MORE.test(last.raw) && ENDS_LIST.test(stranded[stranded.length - 1]!.raw)) return true;
  const count = leadIn?.kind === 'paragraph' ? announcedCount(leadIn.raw) : undefined;
  return count !== undefined && target.length < count && target.length + stranded.length === count;
}

/**
 * Puts back list items a page break displaced: a run of items in another style (bold lead-ins)
 * stranded at the end of a list in plain items, right before a heading, goes back to the first
 * list in its own style in that heading's section — only when the text proves that list is
 * missing them (`displacementProved`). Without that proof the items stay where the file has them,
 * in the section they are printed in: moving text across a heading changes what it is read as
 * (a measure of one section becomes an issue of the next).
 */
export function returnDisplacedItems(items: FlowItem[]): FlowItem[] {
  const out = [...items];
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.kind !== 'list-item') continue;
    let end = i;
    while (end + 1 < out.length && out[end + 1]!.kind === 'list-item') end++;
    const run = out.slice(i, end + 1);
    const heading = out[end + 1];
    let s = run.length;
    while (s > 0 && boldLead(run[s - 1]!) && markerClass(run[s - 1]!.marker!) === markerClass(run[run.length - 1]!.marker!)) s--;
    const stranded = run.slice(s);
    if (s === 0 || stranded.length === 0 || boldLead(run[s - 1]!) || heading?.kind !== 'heading') {
      i = end;
      continue;
    }
    const style = markerClass(stranded[0]!.marker!);
    // The first list in the same style in the heading's section.
    let target = -1;
    for (let j = end + 2; j < out.length; j++) {
      const it = out[j]!;
      if (it.kind === 'heading' && (it.level ?? 1) <= (heading.level ?? 1)) break;
      if (it.kind === 'list-item' && out[j - 1]!.kind !== 'list-item') {
        if (boldLead(it) && markerClass(it.marker!) === style) {
          target = j;
          break;
        }
      }
    }
    if (target < 0) {
      i = end;
      continue;
    }
    let tEnd = target;
    while (tEnd + 1 < out.length && out[tEnd + 1]!.kind === 'list-item' && boldLead(out[tEnd + 1]!)) tEnd++;
    if (!displacementProved(out.slice(target, tEnd + 1), out[target - 1], stranded)) {
      i = end;
      continue;
    }
    out.splice(tEnd + 1, 0, ...stranded);
    out.splice(i + s, stranded.length);
    i = end - stranded.length;
  }
  return out;
}
