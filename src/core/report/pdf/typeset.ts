import type { PDFFont } from 'pdf-lib';

/**
 * Line breaking for the PDF: runs of styled text are cut into words, measured with the embedded
 * font's own advance widths and filled greedily into lines of a given width. Widths are cached
 * per character: the font is embedded without ligatures or kerning, so a word's width is the sum
 * of its characters' advances, exactly what the viewer will draw.
 */

export type FontKey = 'regular' | 'bold' | 'italic';

export interface RunStyle {
  readonly font: FontKey;
  readonly size: number;
  /** 0 black … 1 white. */
  readonly grey?: number;
  /** Insertions: underlined (and dark green on screen). */
  readonly inserted?: boolean;
  /** Deletions: struck through (and dark red on screen). */
  readonly deleted?: boolean;
}

/**
 * What a paragraph is in the PDF's structure tree (tags.ts): its role and, for a quoted excerpt,
 * its language. The lines of one paragraph share the same object, which is how the writer knows
 * they belong to one element even when they are drawn pages apart.
 */
export interface BlockTag {
  readonly role: 'P' | 'H1' | 'H2' | 'H3' | 'Caption';
  readonly lang?: string;
}

/**
 * A run that is its own element inside its paragraph (a `Span`): words in another language than
 * the paragraph's, or a diff's insertion or deletion, said in words by `actualText`.
 */
export interface InlineTag {
  readonly lang?: string;
  readonly actualText?: string;
}

export interface Run {
  readonly text: string;
  readonly style: RunStyle;
  readonly tag?: InlineTag;
}

export interface Piece {
  readonly text: string;
  readonly style: RunStyle;
  readonly x: number;
  readonly width: number;
  readonly tag?: InlineTag;
}

export interface Line {
  readonly pieces: readonly Piece[];
  readonly width: number;
  readonly height: number;
  /** Distance from the line's top to its baseline. */
  readonly baseline: number;
  /** The paragraph the line belongs to in the structure tree, when its caller says. */
  readonly block?: BlockTag;
}

export const LINE_SPACING = 1.32;

/** Measures text in the embedded fonts and replaces what they cannot draw. */
export class Typesetter {
  private readonly widths = new Map<FontKey, Map<number, number>>();
  private readonly charsets = new Map<FontKey, ReadonlySet<number>>();

  constructor(private readonly fonts: Readonly<Record<FontKey, PDFFont>>) {}

  /**
   * Text the font can draw: line breaks and tabs become spaces, other control characters go,
   * characters outside the font become U+FFFD (so no glyph is ever `.notdef`, which PDF/A forbids).
   */
  clean(text: string, font: FontKey): string {
    const charset = this.charset(font);
    let out = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp === 0x0a || cp === 0x0d || cp === 0x09) out += ' ';
      else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
      else if (charset.has(cp)) out += ch;
      else out += charset.has(0xfffd) ? '\ufffd' : '?';
    }
    return out;
  }

  width(text: string, style: RunStyle): number {
    let cache = this.widths.get(style.font);
    if (!cache) {
      cache = new Map();
      this.widths.set(style.font, cache);
    }
    let total = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let w = cache.get(cp);
      if (w === undefined) {
        w = this.fonts[style.font].widthOfTextAtSize(ch, 1000) / 1000;
        cache.set(cp, w);
      }
      total += w;
    }
    return total * style.size;
  }

  /**
   * Fills runs into lines no wider than `maxWidth`; a word longer than a line is cut. `block`
   * names the paragraph the lines make in the structure tree.
   */
  wrap(runs: readonly Run[], maxWidth: number, block?: BlockTag): Line[] {
    const lines: Line[] = [];
    type Pending = { text: string; style: RunStyle; width: number; tag?: InlineTag };
    let pieces: Pending[] = [];
    let lineWidth = 0;
    let pendingSpace: Pending | undefined;

    const flush = (): void => {
      const maxSize = Math.max(0, ...pieces.map((p) => p.style.size));
      const size = maxSize || runs[0]?.style.size || 10;
      let x = 0;
      const placed = pieces.map((p) => {
        const piece = { ...p, x };
        x += p.width;
        return piece;
      });
      lines.push({ pieces: placed, width: lineWidth, height: size * LINE_SPACING, baseline: size * 1.02, ...(block ? { block } : {}) });
      pieces = [];
      lineWidth = 0;
      pendingSpace = undefined;
    };

    let tag: InlineTag | undefined;
    const append = (text: string, style: RunStyle, width: number, pieceTag: InlineTag | undefined = tag): void => {
      const last = pieces[pieces.length - 1];
      if (last && sameStyle(last.style, style) && last.tag === pieceTag) {
        last.text += text;
        last.width += width;
      } else pieces.push({ text, style, width, ...(pieceTag ? { tag: pieceTag } : {}) });
      lineWidth += width;
    };

    for (const run of runs) {
      tag = run.tag;
      const text = this.clean(run.text, run.style.font);
      for (const token of text.split(/( +)/)) {
        if (token === '') continue;
        if (token.startsWith(' ')) {
          // Kept as written (two spaces stay two, as in a checksum list); dropped at a line break.
          if (pieces.length > 0) pendingSpace = { text: token, style: run.style, width: this.width(token, run.style), tag };
          continue;
        }
        const w = this.width(token, run.style);
        const spaceW = pendingSpace?.width ?? 0;
        if (pieces.length > 0 && lineWidth + spaceW + w > maxWidth) flush();
        if (pieces.length > 0 && pendingSpace) append(pendingSpace.text, pendingSpace.style, pendingSpace.width, pendingSpace.tag);
        pendingSpace = undefined;
        if (w <= maxWidth - lineWidth) {
          append(token, run.style, w);
          continue;
        }
        // A word wider than the line (a hash, a URL, a long id): cut it character by character.
        let chunk = '';
        let chunkW = 0;
        for (const ch of token) {
          const cw = this.width(ch, run.style);
          if (chunk !== '' && lineWidth + chunkW + cw > maxWidth) {
            append(chunk, run.style, chunkW);
            flush();
            chunk = '';
            chunkW = 0;
          }
          chunk += ch;
          chunkW += cw;
        }
        if (chunk !== '') append(chunk, run.style, chunkW);
      }
    }
    if (pieces.length > 0 || lines.length === 0) flush();
    return lines;
  }

  private charset(font: FontKey): ReadonlySet<number> {
    let set = this.charsets.get(font);
    if (!set) {
      set = new Set(this.fonts[font].getCharacterSet());
      this.charsets.set(font, set);
    }
    return set;
  }
}

function sameStyle(a: RunStyle, b: RunStyle): boolean {
  return a.font === b.font && a.size === b.size && a.grey === b.grey && a.inserted === b.inserted && a.deleted === b.deleted;
}
