import { ENDS_SENTENCE, type FlowItem } from './flow-item';

const STARTS_LOWER = /^\s*(?:\*{1,2})?\p{Ll}/u;

/**
 * Re-joins what a page break cut: a word hyphenated across the break ("profes-" / "sionnels"),
 * a sentence that goes on in lower case on the next page ("afin de réussir" / "l'identification
 * des personnes…"), a long paragraph that stops without punctuation and goes on with a capital
 * ("Bien que de nombreuses" / "PME belges…"). The continuation's lines join the block's origin.
 * `hyphenated` tells the words the document writes with a hyphen elsewhere ("start-up"), whose
 * hyphen is kept.
 */
export function joinAcrossBreaks(items: readonly FlowItem[], hyphenated: (word: string) => boolean): FlowItem[] {
  const out: FlowItem[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    const glue = prev ? joint(prev, item) : undefined;
    if (prev && glue !== undefined) {
      let head = prev.raw.trimEnd();
      if (glue === '') {
        const a = /(\p{L}+)-$/u.exec(head)![1]!;
        const b = /^\p{L}+/u.exec(item.raw.trimStart())?.[0] ?? '';
        if (!hyphenated(`${a}-${b}`)) head = head.slice(0, -1);
      }
      out[out.length - 1] = {
        ...prev,
        raw: `${head}${glue === '' && head.endsWith('-') ? '' : glue}${item.raw.trimStart()}`,
        lines: [...prev.lines, ...item.lines],
      };
    } else out.push({ ...item, lines: [...item.lines] });
  }
  return out;
}

/** The text put between a block and its continuation ('' or ' '), or undefined if it is none. */
function joint(a: FlowItem, b: FlowItem): string | undefined {
  if ((a.kind !== 'paragraph' && a.kind !== 'list-item') || b.kind !== 'paragraph') return undefined;
  const head = a.raw.trimEnd();
  if (/\p{L}-$/u.test(head) && STARTS_LOWER.test(b.raw)) return '';
  if (ENDS_SENTENCE.test(head)) return undefined;
  if (STARTS_LOWER.test(b.raw)) return ' ';
  if (a.kind === 'paragraph' && head.length >= 100 && /[\p{L},]$/u.test(head) && b.raw.length >= 40 && (b.gapBefore > 0 || b.brokenBefore))
    return ' ';
  return undefined;
}

/** Whether the text writes a word with a hyphen elsewhere ("start-up"), asked only when needed. */
export function hyphenatedIn(text: string): (word: string) => boolean {
  let lower: string | undefined;
  return (word) => {
    lower ??= text.toLowerCase();
    const w = word.toLowerCase();
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
      const before = lower[at - 1];
      const after = lower[at + w.length];
      if ((before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after))) return true;
    }
    return false;
  };
}
