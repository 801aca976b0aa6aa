import { PDFDocument } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { spacedDiff } from '../../../../src/core/report/wording';
import { Typesetter, type RunStyle } from '../../../../src/core/report/pdf/typeset';
import { loadReportFonts } from '../../../../src/host/report-fonts';

let type: Typesetter;
const body: RunStyle = { font: 'regular', size: 10 };

beforeAll(async () => {
  const fonts = await loadReportFonts();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const embed = (bytes: Uint8Array) => doc.embedFont(bytes, { subset: true, features: { liga: false, kern: false } });
  type = new Typesetter({ regular: await embed(fonts.regular), bold: await embed(fonts.bold), italic: await embed(fonts.italic) });
});

describe('Typesetter', () => {
  it('fills lines no wider than asked, keeping every word in order', () => {
    const text = 'Les pays Benelux organiseront en novembre 2025 une table ronde sur l’inclusion numérique. '.repeat(6);
    const lines = type.wrap([{ text, style: body }], 150);
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(150 + 1e-6);
    expect(lines.map((l) => l.pieces.map((p) => p.text).join('')).join(' ')).toBe(text.trim());
  });

  it('cuts a word longer than the line, and keeps spaces as written inside a line', () => {
    const hash = 'aa017927a3e3a1fe6784df106bb30dbe7f2e4534c7a8c5733d1d63d4cc837a59';
    const lines = type.wrap([{ text: hash, style: body }], 80);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.pieces[0]!.text).join('')).toBe(hash);
    expect(type.wrap([{ text: `${hash}  file.txt`, style: { font: 'regular', size: 6 } }], 500)[0]!.pieces[0]!.text).toBe(
      `${hash}  file.txt`,
    );
  });

  it('keeps styles apart within a line (for underlined insertions and struck deletions)', () => {
    const [line] = type.wrap(
      [
        { text: 'ancien ', style: { ...body, deleted: true } },
        { text: 'nouveau', style: { ...body, inserted: true } },
      ],
      400,
    );
    expect(line!.pieces.map((p) => [p.text, p.style.deleted ?? false, p.style.inserted ?? false])).toEqual([
      ['ancien ', true, false],
      ['nouveau', false, true],
    ]);
  });

  it('replaces what the font cannot draw and drops control characters', () => {
    expect(type.clean('a\tb\nc\u0007d 数', 'regular')).toBe('a b cd \ufffd');
  });
});

describe('spacedDiff', () => {
  it('puts a space between a deletion and an insertion that touch, and nowhere else', () => {
    expect(
      spacedDiff([
        { op: 'delete', text: 'de' },
        { op: 'insert', text: 'Une' },
        { op: 'equal', text: ' mot ' },
        { op: 'delete', text: 'a ' },
        { op: 'insert', text: 'b' },
      ]),
    ).toEqual([
      { op: 'delete', text: 'de' },
      { op: 'equal', text: ' ' },
      { op: 'insert', text: 'Une' },
      { op: 'equal', text: ' mot ' },
      { op: 'delete', text: 'a ' },
      { op: 'insert', text: 'b' },
    ]);
  });
});
