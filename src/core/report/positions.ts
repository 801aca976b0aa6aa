import type { TextEncodingName, TextRange } from '../../shared/model';
import { utf16ToCodePoint } from '../annotations/unicode';
import type { Citation, CodePointSpan, FilePosition } from './model';

/**
 * Positions a reader can check without Synopsis. Inside the program offsets are UTF-16 code
 * units; a report states code points of the decoded text, bytes of the file and 1-based
 * lines and columns, computed here at the boundary. A checkpoint every `STRIDE` code units keeps
 * each lookup short on a large file, so citing thousands of excerpts stays linear.
 */

const STRIDE = 2048;

interface Checkpoint {
  readonly index: number;
  readonly codePoint: number;
  readonly byte: number;
  readonly line: number;
  readonly lineStartCodePoint: number;
}

interface Where {
  readonly codePoint: number;
  readonly byte: number;
  readonly line: number;
  readonly column: number;
}

/** Byte order mark length for the encodings the decoder knows. */
function bomBytes(encoding: TextEncodingName): number {
  switch (encoding) {
    case 'utf-8-bom':
      return 3;
    case 'utf-16le':
    case 'utf-16be':
      return 2;
    case 'utf-8':
    case 'windows-1252':
      return 0;
  }
}

/** Bytes one character takes in the file. `units` is 1 or 2 (a surrogate pair). */
function byteWidth(encoding: TextEncodingName, codePoint: number, units: number): number {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    case 'utf-16le':
    case 'utf-16be':
      return 2 * units;
    case 'windows-1252':
      return 1;
  }
}

/** Maps UTF-16 offsets of one decoded file to code points, bytes, lines and columns. */
export class PositionIndex {
  private readonly checkpoints: Checkpoint[] = [];

  constructor(
    private readonly text: string,
    private readonly encoding: TextEncodingName,
  ) {
    let state: Checkpoint = { index: 0, codePoint: 0, byte: bomBytes(encoding), line: 1, lineStartCodePoint: 0 };
    this.checkpoints.push(state);
    let next = STRIDE;
    while (next < text.length) {
      state = this.walk(state, next);
      this.checkpoints.push(state);
      next = state.index + STRIDE;
    }
  }

  /** Where UTF-16 offset `offset` falls (an offset inside a surrogate pair counts the pair's start). */
  at(offset: number): Where {
    const target = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.checkpoints.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.checkpoints[mid]!.index <= target) lo = mid;
      else hi = mid - 1;
    }
    const s = this.walk(this.checkpoints[lo]!, target);
    return { codePoint: s.codePoint, byte: s.byte, line: s.line, column: s.codePoint - s.lineStartCodePoint + 1 };
  }

  /** The file position of UTF-16 range [start, end): the last character's line and column for the end. */
  span(start: number, end: number): FilePosition {
    const a = this.at(start);
    const b = this.at(end);
    const last = end > start ? this.at(this.previousCharStart(end)) : a;
    return {
      start: a.codePoint,
      end: b.codePoint,
      byteStart: a.byte,
      byteEnd: b.byte,
      line: a.line,
      column: a.column,
      endLine: last.line,
      endColumn: last.column,
    };
  }

  codePointOf(offset: number): number {
    return this.at(offset).codePoint;
  }

  private previousCharStart(offset: number): number {
    const i = offset - 1;
    if (i > 0 && isLow(this.text.charCodeAt(i)) && isHigh(this.text.charCodeAt(i - 1))) return i - 1;
    return i;
  }

  /** Advances a state to `target` (never stopping inside a surrogate pair). */
  private walk(from: Checkpoint, target: number): Checkpoint {
    const text = this.text;
    let { index, codePoint, byte, line, lineStartCodePoint } = from;
    while (index < target) {
      const c = text.charCodeAt(index);
      let units = 1;
      let cp = c;
      if (isHigh(c) && index + 1 < text.length && isLow(text.charCodeAt(index + 1))) {
        if (index + 1 >= target) break;
        units = 2;
        cp = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(index + 1) - 0xdc00);
      }
      byte += byteWidth(this.encoding, cp, units);
      codePoint++;
      index += units;
      // A line ends at LF, at CR not followed by LF, and at CR LF (counted once, at the LF).
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(index) !== 0x0a)) {
        line++;
        lineStartCodePoint = codePoint;
      }
    }
    return { index, codePoint, byte, line, lineStartCodePoint };
  }
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** An inline HTML tag the ingester removes (`3<sup>e</sup>`). */
const TAG = '</?[A-Za-z][A-Za-z0-9]{0,5}>';

/**
 * What may stand inside a word in the file but not in the block: inline markup the ingester
 * removes (`*emphasis*`, `_emphasis_`, `<sup>`), and a word cut at a line end, the rest of it
 * after up to two more line breaks (a page break the ingester joined: `Mathéma-\n\ntiques`).
 */
const BETWEEN_CHARS = `(?:[*_]{1,3}|${TAG}|-[ \\t]*(?:\\r\\n|\\r|\\n)(?:[ \\t]*(?:\\r\\n|\\r|\\n)){0,2}[ \\t]*)?`;

/** Between two words: white space (line breaks included), emphasis marks and inline tags. */
const BETWEEN_WORDS = `(?:[\\s*_]|${TAG})+`;

/**
 * The words of an excerpt as a pattern that allows any white space (line breaks included) and
 * inline markup between words, and inline markup or a hyphenated line break inside them: the
 * file as written, before the ingester cleaned it.
 */
function loosePattern(excerpt: string): RegExp | undefined {
  const words = excerpt.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const word = (w: string) => [...w].map((ch) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join(BETWEEN_CHARS);
  return new RegExp(`${words.map(word).join(BETWEEN_WORDS)}`, 'u');
}

/**
 * Finds an excerpt of a block in its source file, within the block's origin: first the same
 * characters, then the same words with other spacing, markup or hyphenation (see `loosePattern`). Returns
 * UTF-16 offsets into the decoded text, or undefined when the file does not hold it word for word
 * (an ingestion that repaired the text: then the block's origin is the citation).
 */
export function locateInFile(
  text: string,
  origin: readonly TextRange[],
  excerpt: string,
): { start: number; end: number; match: 'exact' | 'loose' } | undefined {
  if (origin.length === 0 || excerpt.trim() === '') return undefined;
  const from = Math.max(0, Math.min(...origin.map((r) => r.start)));
  const to = Math.min(text.length, Math.max(...origin.map((r) => r.end)));
  if (to <= from) return undefined;
  const region = text.slice(from, to);
  const exact = region.indexOf(excerpt);
  if (exact >= 0) return { start: from + exact, end: from + exact + excerpt.length, match: 'exact' };
  const pattern = loosePattern(excerpt);
  if (!pattern) return undefined;
  const m = pattern.exec(region);
  if (!m) return undefined;
  return { start: from + m.index, end: from + m.index + m[0].length, match: 'loose' };
}

/** A citation of `[start, end)` (UTF-16 into the block's text) that a reader can check in the file. */
export function citeExcerpt(
  index: PositionIndex,
  fileText: string,
  block: { readonly id: string; readonly sourceId: string; readonly text: string; readonly origin: readonly TextRange[] },
  start: number,
  end: number,
): Citation {
  const s = Math.max(0, Math.min(start, block.text.length));
  const e = Math.max(s, Math.min(end, block.text.length));
  const inBlock: CodePointSpan = { start: utf16ToCodePoint(block.text, s), end: utf16ToCodePoint(block.text, e) };
  const found = locateInFile(fileText, block.origin, block.text.slice(s, e));
  return {
    sourceId: block.sourceId,
    blockId: block.id,
    inBlock,
    match: found ? found.match : 'none',
    file: found ? index.span(found.start, found.end) : null,
    blockOrigin: block.origin.map((r) => ({ start: index.codePointOf(r.start), end: index.codePointOf(r.end) })),
  };
}
