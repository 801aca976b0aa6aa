import type { TextRange } from '../../shared/model';

/** One physical line of the source, without its line end, with its offsets in the file text. */
export interface SourceLine {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Splits text into lines on LF, CRLF or CR, keeping exact offsets into the original string. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ text: text.slice(start, i), start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start <= text.length) lines.push({ text: text.slice(start), start, end: text.length });
  return lines;
}

/** The range of a line's visible content (leading and trailing white space trimmed). */
export function contentRange(line: SourceLine): TextRange {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  return { start: line.start + lead, end: line.end - trail };
}

/** Merges touching or overlapping ranges, so a block's origin reads as few spans as possible. */
export function mergeRanges(ranges: readonly TextRange[], joinGap = 0): TextRange[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end + joinGap) out[out.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else out.push(r);
  }
  return out;
}
