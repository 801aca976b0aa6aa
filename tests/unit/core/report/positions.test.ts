import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citeExcerpt, locateInFile, PositionIndex } from '../../../../src/core/report';
import type { TextEncodingName } from '../../../../src/shared/model';

function encode(text: string, encoding: TextEncodingName): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    case 'utf-16le': {
      const out = new Uint8Array(2 + text.length * 2);
      out.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) {
        out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
        out[3 + 2 * i] = text.charCodeAt(i) >> 8;
      }
      return out;
    }
    case 'utf-16be': {
      const out = new Uint8Array(2 + text.length * 2);
      out.set([0xfe, 0xff]);
      for (let i = 0; i < text.length; i++) {
        out[2 + 2 * i] = text.charCodeAt(i) >> 8;
        out[3 + 2 * i] = text.charCodeAt(i) & 0xff;
      }
      return out;
    }
    case 'windows-1252':
      return Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff));
  }
}

function decode(bytes: Uint8Array, encoding: TextEncodingName): string {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return new TextDecoder('utf-8').decode(bytes);
    case 'utf-16le':
      return new TextDecoder('utf-16le').decode(bytes);
    case 'utf-16be':
      return new TextDecoder('utf-16be').decode(bytes);
    case 'windows-1252':
      return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Line and column (1-based, code points) the slow, obvious way: CR LF is one line break, ending after the LF. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    const end = m.index + m[0].length;
    if (end > offset) break;
    line++;
    lineStart = end;
  }
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}

const chars = fc.constantFrom('a', 'é', 'ß', '€', '\n', '\r', '\r\n', ' ', '𝔘', '😀', 'ij', '—', 'z');
const textArb = fc.array(chars, { minLength: 0, maxLength: 6000 }).map((a) => a.join(''));

describe('PositionIndex', () => {
  it('states code points, bytes, lines and columns as a reader counts them (property, every encoding)', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.nat(),
        fc.constantFrom<TextEncodingName>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'),
        (text, n, encoding) => {
          // Offsets at character boundaries only: a citation never starts inside a pair.
          const boundaries = [0];
          for (const ch of text) boundaries.push(boundaries[boundaries.length - 1]! + ch.length);
          const offset = boundaries[n % boundaries.length]!;
          const where = new PositionIndex(text, encoding).at(offset);
          expect(where.codePoint).toBe([...text.slice(0, offset)].length);
          const bytes = encode(text, encoding);
          const bom = encoding === 'utf-8-bom' ? 3 : encoding.startsWith('utf-16') ? 2 : 0;
          expect(decode(bytes.subarray(bom, where.byte), encoding)).toBe(text.slice(0, offset));
          expect({ line: where.line, column: where.column }).toEqual(lineColumn(text, offset));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts Windows-1252 one byte per character', () => {
    const text = 'Déjà vu\r\nà la ligne';
    const index = new PositionIndex(text, 'windows-1252');
    expect(index.at(text.indexOf('à la'))).toEqual({ codePoint: 9, byte: 9, line: 2, column: 1 });
  });

  it('gives a span its last character’s line and column', () => {
    const text = 'one\ntwo 😀\nthree';
    const span = new PositionIndex(text, 'utf-8').span(4, 10);
    expect(span).toMatchObject({ start: 4, end: 9, line: 2, column: 1, endLine: 2, endColumn: 5, byteStart: 4, byteEnd: 12 });
  });
});

describe('locateInFile', () => {
  const file = 'Title\n\nLe "*Pass Numérique*" sera intro-\nduit en 2025,\r\nsans   attendre.\n';
  const origin = [{ start: 7, end: file.length }];

  it('finds the same characters', () => {
    expect(locateInFile(file, origin, 'en 2025')).toMatchObject({ match: 'exact', start: file.indexOf('en 2025') });
  });

  it('finds the same words across line breaks, markup and a hyphenated line end', () => {
    const found = locateInFile(file, origin, 'Le "Pass Numérique" sera introduit en 2025, sans attendre.');
    expect(found?.match).toBe('loose');
    expect(file.slice(found!.start, found!.end)).toBe('Le "*Pass Numérique*" sera intro-\nduit en 2025,\r\nsans   attendre.');
  });

  it('finds words cut across a page break, and around inline tags the ingester removed', () => {
    const paged = 'Les compétences en STEM (Science, Mathéma-\n\ntiques) et la 3<sup>e</sup> année du cycle.';
    const found = locateInFile(
      paged,
      [{ start: 0, end: paged.length }],
      'compétences en STEM (Science, Mathématiques) et la 3e année du cycle.',
    );
    expect(found?.match).toBe('loose');
    expect(paged.slice(found!.start, found!.end)).toBe(paged.slice('Les '.length));
    // A hyphen with prose after it, or a line break that is not after a hyphen, is not a cut word.
    expect(locateInFile('a Mathéma- tiques b', [{ start: 0, end: 19 }], 'Mathématiques')).toBeUndefined();
  });

  it('looks only inside the block’s origin and says when the words are not there', () => {
    expect(locateInFile(file, [{ start: 0, end: 5 }], 'en 2025')).toBeUndefined();
    expect(locateInFile(file, origin, 'not in the file')).toBeUndefined();
    expect(locateInFile(file, [], 'en 2025')).toBeUndefined();
  });

  it('treats regular-expression characters in an excerpt as text', () => {
    const text = 'Cost (EUR) [2025]: 5.9 bn? Yes* | no $1 ^2 \\ end';
    expect(locateInFile(text, [{ start: 0, end: text.length }], 'Cost (EUR)  [2025]: 5.9 bn? Yes* | no $1 ^2 \\ end')?.match).toBe('loose');
  });

  it('cites an excerpt with its block, its place in the block in code points, and the file', () => {
    const text = 'x 😀 Le pays organisera une table ronde.\n';
    const block = {
      id: 's:b1',
      sourceId: 's',
      text: '😀 Le pays organisera une table ronde.',
      origin: [{ start: 2, end: text.length - 1 }],
    };
    const start = block.text.indexOf('organisera');
    const c = citeExcerpt(new PositionIndex(text, 'utf-8'), text, block, start, start + 'organisera'.length);
    expect(c).toMatchObject({
      blockId: 's:b1',
      inBlock: { start: 10, end: 20 },
      match: 'exact',
      file: { start: 12, end: 22, byteStart: 15, byteEnd: 25 },
    });
    expect(c.blockOrigin).toEqual([{ start: 2, end: 39 }]);
  });
});
