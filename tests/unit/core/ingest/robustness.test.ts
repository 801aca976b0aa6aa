import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../src/core/decode';
import { ingestText } from '../../../../src/core/ingest';
import { coverageFaults, readSeed } from './helpers';

const ingestBytes = (bytes: Uint8Array) => {
  const decoded = decodeText(bytes);
  if (decoded.kind !== 'text') throw new Error(decoded.reason);
  return { text: decoded.text, result: ingestText('x', decoded.text) };
};

describe('ingestion of any file', () => {
  it('gives the same blocks for LF, CRLF and CR line ends, with origins into each file', () => {
    const lf = readSeed('002');
    const crlf = lf.replace(/\n/g, '\r\n');
    const cr = lf.replace(/\n/g, '\r');
    const a = ingestText('x', lf);
    for (const variant of [crlf, cr]) {
      const b = ingestText('x', variant);
      expect(b.blocks.map((x) => [x.id, x.kind, x.text])).toEqual(a.blocks.map((x) => [x.id, x.kind, x.text]));
      expect(coverageFaults(variant, b)).toEqual([]);
      for (const block of b.blocks.slice(0, 50))
        expect(variant.slice(block.origin[0]!.start, block.origin[0]!.end).replace(/\r/g, ' ')).not.toBe('');
    }
    // The DESI profile, hard-wrapped, too.
    const desi = readSeed('004');
    const desiCrlf = ingestText('x', desi.replace(/\n/g, '\r\n'));
    expect(desiCrlf.blocks.map((x) => x.text)).toEqual(ingestText('x', desi).blocks.map((x) => x.text));
  });

  it('reads a UTF-8 file with a byte-order mark like one without', () => {
    const plain = new TextEncoder().encode(readSeed('001'));
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(ingestBytes(withBom).result.blocks.map((b) => b.text)).toEqual(ingestBytes(plain).result.blocks.map((b) => b.text));
  });

  it('reads a Windows-1252 file into the same blocks as its UTF-8 twin', () => {
    const source = readSeed('003');
    const cp1252 = new Uint8Array([...source].map((c) => (c === '’' ? 0x92 : c === '–' ? 0x96 : c.charCodeAt(0))));
    const { result } = ingestBytes(cp1252);
    expect(result.blocks.map((b) => b.text)).toEqual(ingestText('x', source).blocks.map((b) => b.text));
    expect(result.blocks.some((b) => b.text.includes('\ufffd'))).toBe(false);
  });

  it('keeps stray NUL bytes out of the blocks, and a line of them out of the text', () => {
    const text = 'Titre de la page\n\nPremier paragraphe\u0000 avec un octet nul.\n\n\u0000\u0000\u0000\n\nSecond paragraphe.\n';
    const result = ingestText('x', text);
    expect(result.blocks.map((b) => b.text)).toEqual(['Titre de la page', 'Premier paragraphe avec un octet nul.', 'Second paragraphe.']);
    expect(result.furniture.map((f) => f.kind)).toEqual(['noise']);
    expect(coverageFaults(text, result)).toEqual([]);
  });

  it('makes one paragraph of a very long line, quickly', () => {
    const line = 'Les pays du Benelux renforcent leur coopération numérique. '.repeat(80_000);
    const t0 = performance.now();
    const result = ingestText('x', line);
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(result.blocks).toHaveLength(1);
    expect(result.blocks[0]!.text).toBe(line.trim());
  }, 60_000);

  it('does not hang on pathological markup', () => {
    const cases = [
      '*'.repeat(200_000),
      '**a '.repeat(50_000),
      '<sup>'.repeat(50_000),
      '['.repeat(100_000) + '](',
      '<https://'.repeat(20_000),
      `${'- '.repeat(10_000)}fin`,
      Array.from({ length: 5_000 }, (_, i) => `${' '.repeat(i % 200)}- élément ${i}`).join('\n'),
      '⁶²'.repeat(50_000),
      '1\n'.repeat(50_000),
      '2c2 5G readiness\n51%\n'.repeat(20_000),
    ];
    for (const text of cases) {
      const t0 = performance.now();
      const result = ingestText('x', text);
      expect(performance.now() - t0, text.slice(0, 20)).toBeLessThan(15_000);
      expect(coverageFaults(text, result), text.slice(0, 20)).toEqual([]);
    }
  }, 120_000);

  it('ingests tens of megabytes in linear time', () => {
    const five = ['000', '001', '002', '003', '004'].map(readSeed).join('\n\n');
    const big = five.repeat(Math.ceil(20_000_000 / five.length));
    expect(big.length).toBeGreaterThan(20_000_000);
    const t0 = performance.now();
    const result = ingestText('x', big);
    const ms = performance.now() - t0;
    expect(result.blocks.length).toBeGreaterThan(50_000);
    // Generous: this checks there is no quadratic step, not the speed (see npm run bench).
    expect(ms).toBeLessThan(90_000);
  }, 180_000);

  it('handles empty and white-space-only text without blocks', () => {
    for (const text of ['', ' ', '\n\n\n', '\r\n \t\r\n', '\u00a0']) {
      const result = ingestText('x', text);
      expect(result.blocks).toEqual([]);
      expect(result.outline).toEqual([]);
    }
  });
});
