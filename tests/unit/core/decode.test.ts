import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (r: ReturnType<typeof decodeText>): string => {
  if (r.kind !== 'text') throw new Error(`rejected: ${r.reason}`);
  return r.text;
};

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark (the mark is not text)', () => {
    expect(decodeText(utf8('Le numérique — déjà là.'))).toEqual({ kind: 'text', text: 'Le numérique — déjà là.', encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Één keer.')]);
    expect(decodeText(bom)).toEqual({ kind: 'text', text: 'Één keer.', encoding: 'utf-8-bom' });
  });

  it('reads Windows-1252 and Latin-1 as what they say, not as replacement characters', () => {
    // "Le numérique coûte 5 € – c’est « déjà » là." in Windows-1252.
    const bytes = new Uint8Array([
      ...utf8('Le num'),
      0xe9,
      ...utf8('rique co'),
      0xfb,
      ...utf8('te 5 '),
      0x80,
      ...utf8(' '),
      0x96,
      ...utf8(' c'),
      0x92,
      ...utf8('est '),
      0xab,
      ...utf8(' d'),
      0xe9,
      ...utf8('j'),
      0xe0,
      ...utf8(' '),
      0xbb,
      ...utf8(' l'),
      0xe0,
      ...utf8('.'),
    ]);
    const r = decodeText(bytes);
    expect(r).toEqual({ kind: 'text', text: 'Le numérique coûte 5 € – c’est « déjà » là.', encoding: 'windows-1252' });
    expect(text(r)).not.toContain('\ufffd');
    expect(text(decodeText(new Uint8Array([0x4e, 0x61, 0xef, 0x76, 0x65, 0x2e])))).toBe('Naïve.');
  });

  it('reads UTF-16 with a byte-order mark, and without one by its zero bytes', () => {
    const le = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    const be = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
    const s = 'Digitale samenwerking in de Benelux: één plan.';
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le(s)]))).toEqual({ kind: 'text', text: s, encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be(s)]))).toEqual({ kind: 'text', text: s, encoding: 'utf-16be' });
    expect(decodeText(new Uint8Array(le(s)))).toEqual({ kind: 'text', text: s, encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array(be(s)))).toEqual({ kind: 'text', text: s, encoding: 'utf-16be' });
  });

  it('keeps CRLF and lone CR line ends as they are (offsets stay those of the file)', () => {
    expect(text(decodeText(utf8('a\r\nb\rc\n')))).toBe('a\r\nb\rc\n');
  });

  it('keeps a text with a few NUL bytes, drops NUL padding at the end, refuses mostly-control data', () => {
    expect(text(decodeText(utf8(`${'Une phrase assez longue pour compter. '.repeat(10)}\u0000milieu`)))).toContain('\u0000milieu');
    expect(text(decodeText(new Uint8Array([...utf8('Texte utile.\n'), ...new Uint8Array(100_000)])))).toBe('Texte utile.\n');
    const r = decodeText(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 65, 66, 0, 0, 9, 8, 7, 6, 5]));
    expect(r.kind).toBe('rejected');
  });

  it('refuses empty files, white space only, and binary files, with a reason', () => {
    expect(decodeText(new Uint8Array())).toEqual({ kind: 'rejected', reason: 'The file is empty.' });
    expect(decodeText(utf8(' \n\t\r\n '))).toEqual({ kind: 'rejected', reason: 'The file holds only white space.' });
    // A PNG header and some compressed bytes.
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c,
      0x72, 0xa8, 0x66,
    ]);
    const r = decodeText(png);
    expect(r.kind).toBe('rejected');
    expect(r.kind === 'rejected' && r.reason).toMatch(/binary/);
    const random = new Uint8Array(65_536);
    let seed = 7;
    for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    expect(decodeText(random).kind).toBe('rejected');
  });

  it('refuses invalid UTF-8 behind a UTF-8 byte-order mark rather than guessing', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62]));
    expect(r.kind === 'rejected' && r.reason).toMatch(/invalid UTF-8/);
  });

  it('decodes tens of megabytes and a single very long line quickly', () => {
    const paragraph = 'La coopération numérique du Benelux avance, pas à pas, avec les citoyens. ';
    const big = utf8(`${paragraph.repeat(400_000)}\n`);
    expect(big.length).toBeGreaterThan(30_000_000);
    const t0 = performance.now();
    const r = decodeText(big);
    expect(r.kind).toBe('text');
    expect(text(r).length).toBeGreaterThan(29_000_000);
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 60_000);
});
