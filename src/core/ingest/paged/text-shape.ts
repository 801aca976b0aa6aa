import type { SourceLine } from '../lines';

/** What the layout of a text tells about how it was produced, measured once per document. */
export interface TextShape {
  /**
   * Lines were broken at a fixed width (a PDF extraction that kept its line ends): paragraphs
   * span several lines and must be reflowed; bare numbers on their own line are page or note
   * numbers.
   */
  readonly wrapped: boolean;
  /** A typical full line's length (90th percentile of non-blank lines), for the reflow fit test. */
  readonly lineWidth: number;
  /** The document numbers its headings ("1 —", "1.1.", "1.2.1."): unnumbered short lines are then not headings. */
  readonly numberedHeadings: boolean;
}

/** "1 — TITLE" (a chapter) or "1.2." / "1.2.1." (sections). */
export const NUMBERED_HEADING = /^\s*(?:(\d{1,2}\s+[—–])\s+(\S.*)|(\d{1,2}(?:\.\d{1,2}){1,4}\.?)\s+(\S.*))$/;

const SENTENCE_END = /[.!?:;…]["'”»’)\]]*\s*$/;
const STARTS_LOWER = /^\s*\p{Ll}/u;

/**
 * Describes a text's layout from its lines alone (never from a file name): whether it is
 * hard-wrapped, how wide its lines are, whether its headings are numbered.
 */
export function describeShape(lines: readonly SourceLine[]): TextShape {
  const lengths: number[] = [];
  let continuations = 0;
  let numbered = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const trimmed = text.trim();
    if (trimmed === '') continue;
    lengths.push(trimmed.length);
    const next = lines[i + 1]?.text;
    // A line that stops mid-sentence and whose next line carries on in lower case was broken for width.
    if (next !== undefined && STARTS_LOWER.test(next) && !SENTENCE_END.test(trimmed) && trimmed.length >= 30) continuations++;
    if (trimmed.length <= 250 && !/\.\s*$/.test(trimmed.replace(/^\S+/, '')) && NUMBERED_HEADING.test(trimmed)) numbered++;
  }
  lengths.sort((a, b) => a - b);
  const lineWidth = lengths.length === 0 ? 80 : lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))]!;
  const wrapped = continuations >= 5 && continuations >= lengths.length * 0.15 && lineWidth <= 200;
  return { wrapped, lineWidth, numberedHeadings: numbered >= 3 };
}
