import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../../src/core/ingest';
import { coverageFaults, headingCrossings, readSeed, sectionAround, unmarkedSuperscripts, unresolvedMarkers } from './helpers';

const seeds = ['000', '001', '002', '003', '004'] as const;

describe.each(seeds)('source %s', (prefix) => {
  const text = readSeed(prefix);
  const doc = ingestText(`s${prefix}`, text);

  it('accounts for every non-space character exactly once, in a block or as page furniture', () => {
    expect(coverageFaults(text, doc)).toEqual([]);
  });

  it('starts no paragraph or heading with the lower-case continuation of a cut one', () => {
    for (const b of doc.blocks)
      if (b.kind === 'paragraph' || b.kind === 'heading') expect(b.text, b.text.slice(0, 60)).toMatch(/^[^\p{Ll}]/u);
  });

  it('resolves every footnote marker, and marks every superscript number that has a note', () => {
    expect(unresolvedMarkers(doc.blocks)).toEqual([]);
    expect(unmarkedSuperscripts(doc.blocks)).toEqual([]);
  });

  it('gives unique ids, the same on every ingestion, whatever the source is called', () => {
    expect(new Set(doc.blocks.map((b) => b.id)).size).toBe(doc.blocks.length);
    expect(ingestText(`s${prefix}`, text)).toEqual(doc);
    const renamed = ingestText('renamed', text);
    expect(renamed.blocks.map((b) => [b.kind, b.text])).toEqual(doc.blocks.map((b) => [b.kind, b.text]));
    expect(renamed.blocks.map((b) => b.id.replace(/^renamed:/, ''))).toEqual(doc.blocks.map((b) => b.id.replace(/^s\d+:/, '')));
  });

  it('moves no block across a numbered heading; a note that crosses one is shown in the section that refers to it', () => {
    // Footnotes are the one kind placed by a rule of their own: at the end of the section of the
    // block that refers to them, which may be before the heading the file printed them under.
    for (const { block, printedUnder, shownUnder } of headingCrossings(doc.blocks, doc.alignment !== undefined)) {
      const what = `${block.kind} "${block.text.slice(0, 50)}" printed under ${printedUnder}, shown under ${shownUnder}`;
      expect(block.kind, what).toBe('footnote');
      const section = sectionAround(doc.blocks, doc.blocks.indexOf(block));
      expect(
        section.some((b) => b.marks.some((m) => m.kind === 'footnote-ref' && m.target === block.id)),
        what,
      ).toBe(true);
    }
  });

  it('shows clean text: no emphasis markers, tags or empty blocks', () => {
    for (const b of doc.blocks) {
      expect(b.text.length, b.id).toBeGreaterThan(0);
      expect(b.text, b.text.slice(0, 60)).not.toMatch(/\*\*|<\/?sup>/);
      for (const m of b.marks) expect(m.end).toBeLessThanOrEqual(b.text.length);
    }
  });
});

describe('ids depend only on the text they stand on', () => {
  it('changes only the id of the paragraph that changed (and keeps the marks pointing at the note that changed)', () => {
    const text = readSeed('002');
    const before = ingestText('p', text);
    const edited = text
      .replace('la fracture numérique persiste', 'la fracture numérique demeure')
      .replace('⁶² <https://www.digitalwallonia.be/fr/strategie/>', '⁶² <https://www.digitalwallonia.be/>');
    const after = ingestText('p', edited);
    expect(after.blocks).toHaveLength(before.blocks.length);
    const changed = before.blocks.flatMap((b, i) => (b.id === after.blocks[i]!.id ? [] : [b.text.slice(0, 30)]));
    expect(changed.sort()).toEqual(['En Belgique, malgré une pénétr', 'https://www.digitalwallonia.be']);
    const ref = after.blocks.flatMap((b) => b.marks).find((m) => m.kind === 'footnote-ref' && m.label === '62');
    expect(ref && ref.kind === 'footnote-ref' && after.blocks.find((b) => b.id === ref.target)!.text).toBe(
      'https://www.digitalwallonia.be/',
    );
  });

  it('keeps the 2021 answer’s alignment untouched by the other segmenters', () => {
    const doc = ingestText('benelux-answer-2021', readSeed('000'));
    expect(doc.alignment?.pairs).toHaveLength(93);
  });
});
