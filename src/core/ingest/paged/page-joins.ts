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

/**
 * Whether the text writes a two-part word with a hyphen elsewhere ("start-up", also inside
 * "start-up-like"), not touching other letters; read in one pass the first time it is asked.
 * Searching the text for each word instead cost a pass over the whole file per hyphenated page
 * break: a quarter of the ingestion time of a 10 MB file.
 */
export function hyphenatedIn(text: string): (word: string) => boolean {
  let pairs: ReadonlySet<string> | undefined;
  return (word) => {
    pairs ??= hyphenatedPairs(text);
    return pairs.has(word.toLowerCase());
  };
}

/** Every pair of adjacent parts of the hyphenated words of a text, lower-cased ("a-b-c": a-b, b-c). */
function hyphenatedPairs(text: string): ReadonlySet<string> {
  const pairs = new Set<string>();
  // From each hyphen outwards: a regular expression over the whole text read every word.
  for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) {
    let start = at;
    while (start > 0 && LETTER.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && LETTER.test(text[end]!)) end++;
    if (start < at && end > at + 1) pairs.add(text.slice(start, end).toLowerCase());
  }
  return pairs;
}

const LETTER = /\p{L}/u;
