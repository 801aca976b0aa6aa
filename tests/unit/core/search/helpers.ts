import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestText } from '../../../../src/core/ingest';
import { SearchEngine, type SearchDoc, type SearchIndexInput } from '../../../../src/core/search';
import type { SearchHit, SearchResponse } from '../../../../src/shared/search';

const SEEDS = path.resolve(__dirname, '../../../../seeds');

/** The bundled corpus as the search engine's input: every block, every alignment pair. */
export function seedInput(): SearchIndexInput & { readonly files: readonly { id: string; file: string }[] } {
  const manifest = JSON.parse(readFileSync(path.join(SEEDS, 'sources.json'), 'utf8')) as {
    sources: { id: string; file: string }[];
  };
  const docs: SearchDoc[] = [];
  const alignments: (readonly string[])[][] = [];
  for (const s of manifest.sources) {
    const result = ingestText(s.id, readFileSync(path.join(SEEDS, s.file), 'utf8'));
    docs.push(...result.blocks);
    for (const pair of result.alignment?.pairs ?? []) alignments.push(Object.values(pair).filter((g): g is readonly string[] => !!g));
  }
  return { docs, alignments, files: manifest.sources.map((s) => ({ id: s.id, file: s.file })) };
}

let seeded: { engine: SearchEngine; input: ReturnType<typeof seedInput> } | undefined;

/** One engine over the seeds per test file (building takes a tenth of a second). */
export function seedEngine(): { engine: SearchEngine; input: ReturnType<typeof seedInput> } {
  if (!seeded) {
    const input = seedInput();
    seeded = { engine: SearchEngine.build(input), input };
  }
  return seeded;
}

/** A small corpus of blocks: [sourceId, lang, text] rows, ids `<source>-<n>`. */
export function docsOf(rows: readonly (readonly [string, SearchDoc['lang'], string])[]): SearchDoc[] {
  return rows.map(([sourceId, lang, text], i) => ({ id: `${sourceId}-${i}`, sourceId, lang, text }));
}

/** The highlighted strings of a hit, read from its own text: what the UI would mark. */
export function marked(hit: Pick<SearchHit, 'text' | 'highlights'>): string[] {
  return (hit.highlights ?? []).map((h) => hit.text.slice(h.start, h.end));
}

export function snippetMarked(hit: SearchHit): string[] {
  return hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end));
}

export function sourcesOf(response: SearchResponse): string[] {
  return response.groups.map((g) => g.sourceId);
}
