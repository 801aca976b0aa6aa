import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Block } from '../../../../src/shared/model';
import type { IngestResult } from '../../../../src/core/ingest';

/** The seed files by number ("002" → the party programme). */
export function readSeed(prefix: string): string {
  const dir = path.resolve('seeds');
  const file = [
    '000_fd0fc3ddeb706b51.txt',
    '001_aec3841ec0ea2de1.txt',
    '002_7f76d4edf5b7c3e8.txt',
    '003_79442407aceeb27f.txt',
    '004_8fb8aae5865e09b1.txt',
  ].find((f) => f.startsWith(prefix))!;
  return readFileSync(path.join(dir, file), 'utf8');
}

/**
 * Positions of non-white-space characters that are not covered exactly once by the blocks'
 * origins and the furniture ranges together (empty when nothing is lost or duplicated).
 */
export function coverageFaults(text: string, result: IngestResult): { at: number; count: number; context: string }[] {
  const owner = new Uint16Array(text.length);
  for (const b of result.blocks) for (const r of b.origin) for (let i = r.start; i < r.end; i++) owner[i]!++;
  for (const r of result.furniture) for (let i = r.start; i < r.end; i++) owner[i]!++;
  const faults: { at: number; count: number; context: string }[] = [];
  for (let i = 0; i < text.length && faults.length < 5; i++) {
    if (/\s/.test(text[i]!) || owner[i] === 1) continue;
    faults.push({ at: i, count: owner[i]!, context: text.slice(Math.max(0, i - 20), i + 20) });
  }
  return faults;
}

/** Every footnote-ref mark resolves to a footnote block carrying the same number. */
export function unresolvedMarkers(blocks: readonly Block[]): string[] {
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const out: string[] = [];
  for (const b of blocks)
    for (const m of b.marks) {
      if (m.kind !== 'footnote-ref') continue;
      const target = m.target ? byId.get(m.target) : undefined;
      if (!target || target.kind !== 'footnote' || target.marker !== m.label) out.push(`${m.label} in ${b.text.slice(0, 40)}`);
    }
  return out;
}

/** Superscript numbers left in body text without a footnote-ref mark over them. */
export function unmarkedSuperscripts(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'footnote') continue;
    for (const m of b.text.matchAll(/⁽?[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾?/g)) {
      const marked = b.marks.some((mk) => mk.kind === 'footnote-ref' && mk.start === m.index && mk.end === m.index + m[0].length);
      if (!marked) out.push(`${m[0]} in ${b.text.slice(0, 40)}`);
    }
  }
  return out;
}

/** A heading numbered in the text ("2.4.", "1 —", "3 Integration…"): a boundary a block must not cross. */
const isNumberedHeading = (b: Block): boolean => b.kind === 'heading' && /^\d/.test(b.marker ?? '');

/**
 * Blocks that sit under another numbered heading in the block order than in the file: the last
 * numbered heading before the block in `blocks`, against the last one whose text starts before the
 * block's first character in the file. In a bilingual source (`streams`) each language is its own
 * stream and is compared with its own headings. Empty when nothing crossed a heading.
 */
export function headingCrossings(
  blocks: readonly Block[],
  streams = false,
): { block: Block; printedUnder?: string; shownUnder?: string }[] {
  const stream = (b: Block): string => (streams ? b.lang : '');
  const headings = blocks.filter(isNumberedHeading);
  const label = (h: Block | undefined): string | undefined => h && `${h.marker} ${h.text.slice(0, 30)}`;
  const out: { block: Block; printedUnder?: string; shownUnder?: string }[] = [];
  const shown = new Map<string, Block>();
  for (const b of blocks) {
    if (isNumberedHeading(b)) {
      shown.set(stream(b), b);
      continue;
    }
    const at = b.origin[0]!.start;
    let printed: Block | undefined;
    for (const h of headings) if (stream(h) === stream(b) && h.origin[0]!.start <= at) printed = h;
    if (printed !== shown.get(stream(b))) out.push({ block: b, printedUnder: label(printed), shownUnder: label(shown.get(stream(b))) });
  }
  return out;
}

/** The blocks between the numbered headings around `index` (the section a block is shown in). */
export function sectionAround(blocks: readonly Block[], index: number): readonly Block[] {
  let start = index;
  while (start > 0 && !isNumberedHeading(blocks[start - 1]!)) start--;
  let end = index;
  while (end + 1 < blocks.length && !isNumberedHeading(blocks[end + 1]!)) end++;
  return blocks.slice(start, end + 1);
}
