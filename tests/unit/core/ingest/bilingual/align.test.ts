import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../../../src/core/ingest';
import { segmentBilingual } from '../../../../../src/core/ingest/bilingual';
import { alignStreams, type AlignedGroup } from '../../../../../src/core/ingest/bilingual/align';
import type { DraftBlock } from '../../../../../src/core/ingest/draft';
import { readSeed } from '../helpers';
import { referenceAlign } from './reference-align';

const here = path.dirname(new URL(import.meta.url).pathname);
/** The 93 pairs of the 2021 answer as INGEST_VERSION 2 gave them (ids and texts), checked by reading. */
const golden = JSON.parse(readFileSync(path.join(here, '000-alignment.golden.json'), 'utf8')) as {
  languages: string[];
  pairs: Record<string, { id: string; text: string }[]>[];
};
const answer = readSeed('000');

/** The answer's text `copies` times, a blank line apart: a bilingual file of any size. */
const repeated = (copies: number): string => Array.from({ length: copies }, () => answer).join('\n\n');

/** The two language streams the bilingual segmenter aligns. */
function streamsOf(text: string): [DraftBlock[], DraftBlock[]] {
  const seg = segmentBilingual(text)!;
  return [seg.drafts.filter((d) => d.stream === seg.languages[0]), seg.drafts.filter((d) => d.stream === seg.languages[1])];
}

/** Groups that take every block of both streams once, in order, in 1:1, 1:2, 2:1, 1:0 or 0:1 steps. */
function partitionFaults(groups: readonly AlignedGroup[], n: number, m: number): string[] {
  const faults: string[] = [];
  let i = 0;
  let j = 0;
  for (const g of groups) {
    const shape = `${g.a.length}:${g.b.length}`;
    if (!['1:1', '1:2', '2:1', '1:0', '0:1'].includes(shape)) faults.push(`shape ${shape}`);
    for (const k of g.a) if (k !== i++) faults.push(`a ${k}`);
    for (const k of g.b) if (k !== j++) faults.push(`b ${k}`);
  }
  if (i !== n || j !== m) faults.push(`ends at ${i}/${n}, ${j}/${m}`);
  return faults.slice(0, 5);
}

describe('the alignment of the 2021 answer', () => {
  it('is the recorded one, pair for pair, byte for byte', () => {
    const doc = ingestText('benelux-answer-2021', answer);
    const byId = new Map(doc.blocks.map((b) => [b.id, b]));
    const actual = {
      languages: doc.alignment!.languages,
      pairs: doc.alignment!.pairs.map((p) =>
        Object.fromEntries(Object.entries(p).map(([lang, ids]) => [lang, ids!.map((id) => ({ id, text: byId.get(id)!.text }))])),
      ),
    };
    expect(golden.pairs).toHaveLength(93);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(golden));
    expect(doc.warnings).toEqual([]);
  });

  it('is the full quadratic search’s, in one copy or three, whatever the first band', () => {
    for (const copies of [1, 3]) {
      const [a, b] = streamsOf(repeated(copies));
      const reference = referenceAlign(a, b);
      for (const band of [undefined, 1, 4, 16]) {
        const found = alignStreams(a, b, band === undefined ? {} : { band });
        expect(found.groups, `${copies} copies, band ${band}`).toEqual(reference);
        expect(found.warnings).toEqual([]);
      }
    }
  });
});

describe('the banded aligner', () => {
  const draft = fc.record({
    kind: fc.constantFrom('paragraph' as const, 'paragraph' as const, 'list-item' as const, 'heading' as const),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })),
    numbers: fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 3 }),
  });
  const toDraft = (d: { kind: DraftBlock['kind']; length: number; numbers: number[] }): DraftBlock => ({
    kind: d.kind,
    raw: `${'x'.repeat(d.length)} ${d.numbers.join(' ')}`.trim(),
    origin: [],
  });
  const streams = fc
    .tuple(fc.array(draft, { maxLength: 40 }), fc.array(draft, { maxLength: 40 }))
    .map(([a, b]) => [a.map(toDraft), b.map(toDraft)]);

  it('gives the full search’s pairs when its band holds the whole matrix', () => {
    fc.assert(
      fc.property(streams, ([a, b]) => {
        expect(alignStreams(a!, b!, { band: Math.max(a!.length, b!.length, 1) }).groups).toEqual(referenceAlign(a!, b!));
      }),
      { numRuns: 200 },
    );
  });

  it('takes every block of both streams once and in order, whatever the band and the cell budget', () => {
    fc.assert(
      fc.property(streams, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 5000 }), ([a, b], band, maxCells) => {
        const found = alignStreams(a!, b!, { band, maxCells });
        expect(partitionFaults(found.groups, a!.length, b!.length)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  // An untranslated annex of 40 paragraphs in the French stream: the path leaves the diagonal.
  const [nl, fr] = streamsOf(repeated(3));
  const annex = Array.from({ length: 40 }, (_, k): DraftBlock => ({
    kind: 'paragraph',
    raw: `Annexe ${k + 1000} : texte sans traduction, ${'mot '.repeat(20 + (k % 30))}.`,
    origin: [],
  }));
  const frWithAnnex = [...fr.slice(0, 150), ...annex, ...fr.slice(150)];

  it('widens its band while the best path runs along its edge', () => {
    const found = alignStreams(nl, frWithAnnex, { band: 4 });
    expect(found.warnings).toEqual([]);
    expect(found.groups).toEqual(referenceAlign(nl, frWithAnnex));
  });

  it('says so when the cell budget stops the band short of the path', () => {
    const found = alignStreams(nl, frWithAnnex, { band: 4, maxCells: 4000 });
    expect(found.warnings).toHaveLength(1);
    expect(found.warnings[0]).toMatch(/drift too far apart.*within 4 paragraphs.*Splitting the file/);
    expect(partitionFaults(found.groups, nl.length, frWithAnnex.length)).toEqual([]);
  });

  it('aligns in windows, with a warning, when even the narrowest band is over budget', () => {
    const found = alignStreams(nl, fr, { maxCells: 20_000 });
    expect(found.warnings).toHaveLength(1);
    expect(found.warnings[0]).toMatch(/too long to align in one piece.*windows of about 154 paragraphs/);
    expect(partitionFaults(found.groups, nl.length, fr.length)).toEqual([]);
    // Sensible still: nearly every pair is the exact alignment's.
    const exact = new Set(referenceAlign(nl, fr).map((g) => JSON.stringify(g)));
    const kept = found.groups.filter((g) => exact.has(JSON.stringify(g))).length;
    expect(kept / found.groups.length).toBeGreaterThan(0.95);
  });

  it('hands its warning to the segmentation', () => {
    const seg = segmentBilingual(repeated(2), { maxCells: 5_000 })!;
    expect(seg.warnings).toHaveLength(1);
    const seen = seg.pairs.flatMap((p) => Object.values(p).flat());
    expect(seen.sort((x, y) => x - y)).toEqual(seg.drafts.map((_, k) => k));
  });
});

describe('a bilingual file of two megabytes', () => {
  it('ingests, and its alignment takes every block exactly once', () => {
    const copies = Math.ceil(2_000_000 / answer.length);
    const doc = ingestText('big', repeated(copies));
    expect(doc.warnings).toEqual([]);
    expect(doc.blocks.length).toBeGreaterThan(copies * 187);
    const seen = new Map<string, number>();
    for (const p of doc.alignment!.pairs) for (const id of [...p.nl!, ...p.fr!]) seen.set(id, (seen.get(id) ?? 0) + 1);
    expect(seen.size).toBe(doc.blocks.length);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    // The first copy pairs as the answer on its own does.
    const byId = new Map(doc.blocks.map((b) => [b.id, b.text]));
    const firstCopy = doc
      .alignment!.pairs.slice(0, 93)
      .map((p) => ({ nl: p.nl!.map((id) => byId.get(id)), fr: p.fr!.map((id) => byId.get(id)) }));
    expect(firstCopy).toEqual(golden.pairs.map((p) => ({ nl: p.nl!.map((x) => x.text), fr: p.fr!.map((x) => x.text) })));
  }, 60_000);
});
