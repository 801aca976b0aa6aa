import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../../src/core/ingest';
import { toSuperscript } from '../../../../src/core/ingest/superscript';
import { coverageFaults, unresolvedMarkers } from './helpers';

// One language: a mix of French and Dutch paragraphs is what the bilingual segmenter looks for.
const VOCABULARY = (
  'numérique données réseau coopération citoyens entreprises services publics stratégie formation compétences ' +
  'digitale infrastructure fibre couverture sécurité europe benelux ministres programme mesures plateforme ' +
  'pour les des une dans avec sur par la le et'
).split(' ');

const word = fc.constantFrom(...VOCABULARY);
/** RUNS=n scales every property up for a longer search (RUNS=5000 npx vitest run …). */
const runs = (n: number): number => Math.max(n, Number(process.env.RUNS ?? 0));
const capital = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const sentence = fc.array(word, { minLength: 4, maxLength: 16 }).map((ws) => `${capital(ws.join(' '))}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
const heading = fc.array(word, { minLength: 2, maxLength: 6 }).map((ws) => capital(ws.join(' ')));
const marker = fc.constantFrom('-', '–', '—', '•', '+', '→', '1.', 'a)');
const listItem = fc.tuple(fc.constantFrom('', '  ', '    '), marker, sentence).map(([indent, m, s]) => `${indent}${m} ${s}`);
/** Pieces a damaged extraction throws in: stray markup, bare numbers, separators, control characters. */
const debris = fc.constantFrom(
  '**',
  '<sup>',
  '</sup>',
  '[',
  '](',
  '*',
  '12',
  '---',
  '\u0000\u0000',
  '\u00a0',
  '⁶²',
  '⁷ https://example.org/a',
  'https://example.org/x.',
  '# ',
  '1.2. TITRE',
  '2 — CHAPITRE',
  '2c2 5G readiness',
  '51%',
  'NA',
  '2021',
  '% households',
);
const line = fc.oneof(
  paragraph,
  heading,
  listItem,
  debris,
  fc.tuple(debris, paragraph).map(([d, p]) => `${d}${p}`),
);
const gap = fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n', '\r\n\r\n', '\n \n');

/** A document from generated lines joined by generated line breaks. */
const documentText = fc.array(fc.tuple(line, gap), { minLength: 1, maxLength: 40 }).map((parts) => parts.map(([l, g]) => l + g).join(''));

describe('the block builder, on generated documents', () => {
  it('loses and duplicates nothing: every non-space character is in exactly one block or in the furniture', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        expect(coverageFaults(text, ingestText('g', text))).toEqual([]);
      }),
      { numRuns: runs(300) },
    );
  });

  it('never fails or loses text on arbitrary strings (markup, control characters, superscripts, line ends)', () => {
    const chars = fc.constantFrom(
      ...'ab Z.,:-–—+→*_[]()<>/#\n\n\r\t\u0000\u0007⁶²¹⁽⁾é’«»%12'.split(''),
      'https://x.y ',
      '<sup>',
      '**',
      '\r\n',
    );
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 300 }).map((cs) => cs.join('')),
        (text) => {
          const result = ingestText('r', text);
          expect(coverageFaults(text, result)).toEqual([]);
          for (const b of result.blocks) {
            expect(b.text.length).toBeGreaterThan(0);
            // eslint-disable-next-line no-control-regex
            expect(b.text).not.toMatch(/[\u0000-\u0008]/);
          }
        },
      ),
      { numRuns: runs(400) },
    );
  });

  it('gives the same blocks and ids on every ingestion', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        expect(ingestText('g', text)).toEqual(ingestText('g', text));
      }),
      { numRuns: runs(100) },
    );
  });

  it('changes only the id of the paragraph that changed', () => {
    const doc = fc.uniqueArray(fc.oneof(paragraph, paragraph, heading), { minLength: 3, maxLength: 20 });
    fc.assert(
      fc.property(doc, paragraph, fc.nat(), (pieces, replacement, pick) => {
        const paragraphs = pieces.flatMap((p, i) => (p.endsWith('.') ? [i] : []));
        fc.pre(paragraphs.length > 0 && !pieces.includes(replacement));
        const k = paragraphs[pick % paragraphs.length]!;
        const before = ingestText('g', pieces.join('\n\n'));
        const after = ingestText('g', pieces.map((p, i) => (i === k ? replacement : p)).join('\n\n'));
        const gone = before.blocks.filter((b) => !after.blocks.some((a) => a.id === b.id)).map((b) => b.text);
        const added = after.blocks.filter((a) => !before.blocks.some((b) => b.id === a.id)).map((b) => b.text);
        expect(gone).toEqual([pieces[k]]);
        expect(added).toEqual([replacement]);
      }),
      { numRuns: runs(200) },
    );
  });

  it('reflows hard-wrapped paragraphs into the paragraphs they were', () => {
    const wrap = (text: string, width: number): string => {
      const lines: string[] = [];
      let cur = '';
      for (const w of text.split(' ')) {
        if (cur && cur.length + 1 + w.length > width) {
          lines.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      lines.push(cur);
      return lines.join('\n');
    };
    const long = fc.array(sentence, { minLength: 3, maxLength: 6 }).map((ss) => ss.join(' '));
    fc.assert(
      fc.property(fc.array(long, { minLength: 6, maxLength: 12 }), fc.integer({ min: 50, max: 110 }), (paras, width) => {
        const text = paras.map((p) => wrap(p, width)).join('\n\n');
        const result = ingestText('w', text);
        expect(result.blocks.map((b) => b.text)).toEqual(paras);
        expect(result.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
      }),
      { numRuns: runs(100) },
    );
  });

  it('links every superscript footnote marker to the note with its number', () => {
    const noted = fc.tuple(paragraph, fc.integer({ min: 1, max: 400 }));
    fc.assert(
      fc.property(fc.uniqueArray(noted, { minLength: 1, maxLength: 10, selector: ([, n]) => n }), sentence, (items, note) => {
        // Each paragraph carries a marker after its first word; its note follows it.
        const text = items
          .map(([p, n]) => {
            const marked = p.replace(/^(\S+)/, `$1${toSuperscript(String(n))}`);
            return `${marked}\n\n${toSuperscript(String(n))} ${note}`;
          })
          .join('\n\n');
        const result = ingestText('n', text);
        const notes = result.blocks.filter((b) => b.kind === 'footnote');
        expect(notes.map((b) => b.marker)).toEqual(items.map(([, n]) => String(n)));
        expect(notes.every((b) => b.text === note)).toBe(true);
        expect(unresolvedMarkers(result.blocks)).toEqual([]);
        const refs = result.blocks.flatMap((b) => b.marks).filter((m) => m.kind === 'footnote-ref');
        expect(refs).toHaveLength(items.length);
        expect(coverageFaults(text, result)).toEqual([]);
      }),
      { numRuns: runs(150) },
    );
  });
});
