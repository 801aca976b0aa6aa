import type { Alignment, Block, LangCode, OutlineNode } from '../../shared/model';
import { blockLanguage, dominantLanguage, fillFromNeighbours } from '../language';
import type { DraftBlock } from './draft';
import { segmentBilingual } from './bilingual';
import { linkFootnotes } from './footnote-links';
import { blockIdFor } from './ids';
import { parseInline } from './inline';
import { buildOutline } from './outline';
import { segmentPaged, type Furniture } from './paged';

/**
 * Version of the ingestion rules. Bump it whenever the same file would give different blocks:
 * caches and annotation anchors keyed on it are then rebuilt or re-anchored.
 */
export const INGEST_VERSION = 3;

export interface IngestResult {
  readonly blocks: readonly Block[];
  readonly alignment?: Alignment;
  readonly outline: readonly OutlineNode[];
  readonly languages: readonly LangCode[];
  readonly warnings: readonly string[];
  /**
   * What was left out of every block as page furniture (running headers, page numbers, separators,
   * headings printed twice, control-character noise), so that "every character of the file is in
   * exactly one block or here" can be checked.
   */
  readonly furniture: readonly Furniture[];
}

/**
 * Turns a source's decoded text into clean, ordered, identified blocks. Pure: the same text and
 * id always give the same blocks.
 */
export function ingestText(sourceId: string, text: string): IngestResult {
  const bilingual = segmentBilingual(text);
  if (bilingual) {
    const blocks = finalizeBlocks(sourceId, bilingual.drafts);
    const ids = (indices: readonly number[] | undefined): string[] => (indices ?? []).map((i) => blocks[i]!.id);
    const [a, b] = bilingual.languages;
    return {
      blocks,
      alignment: { languages: bilingual.languages, pairs: bilingual.pairs.map((p) => ({ [a]: ids(p[a]), [b]: ids(p[b]) })) },
      outline: buildOutline(blocks),
      languages: [a, b],
      warnings: bilingual.warnings,
      furniture: separators(text),
    };
  }
  const paged = segmentPaged(text);
  const blocks = linkFootnotes(finalizeBlocks(sourceId, paged.drafts));
  return {
    blocks,
    outline: buildOutline(blocks),
    languages: languagesOf(blocks),
    warnings: [],
    furniture: paged.furniture,
  };
}

/** The `---` separator lines the bilingual segmenter skips. */
function separators(text: string): Furniture[] {
  return [...text.matchAll(/^[ \t]*(-{3,})[ \t]*$/gm)].map((m) => ({
    kind: 'separator' as const,
    start: m.index + m[0].indexOf('-'),
    end: m.index + m[0].indexOf('-') + m[1]!.length,
  }));
}

const KIND_TAG: Readonly<Record<Block['kind'], string>> = {
  heading: 'h',
  paragraph: 'p',
  'list-item': 'l',
  footnote: 'f',
  table: 't',
  metadata: 'm',
};

/** Inline markup to marks, language per block (short ones from their neighbours), stable ids. */
export function finalizeBlocks(sourceId: string, drafts: readonly DraftBlock[]): Block[] {
  const inlines = drafts.map((d) => parseInline(d.raw));
  const detected = drafts.map((d, i) => d.lang ?? d.stream ?? blockLanguage(inlines[i]!.text));
  const docLang = dominantLanguage(detected.map((lang, i) => ({ lang, weight: inlines[i]!.text.length })));
  const fallback = docLang === 'und' ? 'en' : docLang;
  // Text blocks take their neighbours' language; a footnote stands apart and takes the document's.
  const body = drafts.flatMap((d, i) => (d.kind === 'footnote' ? [] : [i]));
  const bodyLangs = fillFromNeighbours(
    body.map((i) => detected[i]!),
    fallback,
  );
  const langs: LangCode[] = detected.map((l) => (l === 'und' ? fallback : l));
  body.forEach((i, k) => (langs[i] = bodyLangs[k]!));
  const seen = new Map<string, number>();
  return drafts.map((d, i) => {
    const { text, marks } = inlines[i]!;
    const block: Block = {
      id: blockIdFor(sourceId, KIND_TAG[d.kind], text, seen),
      sourceId,
      kind: d.kind,
      lang: langs[i]!,
      text,
      marks,
      origin: d.origin,
      ...(d.level !== undefined ? { level: d.level } : {}),
      ...(d.depth !== undefined ? { depth: d.depth } : {}),
      ...(d.marker !== undefined ? { marker: d.marker } : {}),
      ...(d.stream !== undefined ? { stream: d.stream } : {}),
      ...(d.table !== undefined ? { table: d.table } : {}),
    };
    return block;
  });
}

/** The languages a document is written in, most used first. */
export function languagesOf(blocks: readonly Block[]): LangCode[] {
  const weight = new Map<LangCode, number>();
  for (const b of blocks) if (b.lang !== 'und') weight.set(b.lang, (weight.get(b.lang) ?? 0) + b.text.length);
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  return [...weight.entries()]
    .filter(([, w]) => w >= total * 0.1)
    .sort((a, b) => b[1] - a[1])
    .map(([l]) => l);
}
