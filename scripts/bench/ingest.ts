import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestText } from '../../src/core/ingest';
import { loadCorpus } from '../../src/host/corpus';
import { bundledCorpusDir } from '../../src/host/locations';
import { summarize, time } from './stats';

/** Size of the generated folder: the five seeds copied until it holds this many bytes. */
const FOLDER_BYTES = 20 * 1024 * 1024;

/**
 * Ingestion (decoded text → blocks, tables, notes, alignment) of each bundled source and of all
 * five together (target ≤ 100 ms), then of a 20 MB folder made of copies of the seeds in a temp
 * dir, read and ingested file by file as the host does. Also counts what the sources give.
 */
export async function benchIngest(): Promise<object> {
  const corpus = await loadCorpus(bundledCorpusDir());
  const perSource: Record<string, object> = {};
  for (const s of corpus.sources) perSource[s.source.id] = summarize(await time(() => ingestText(s.source.id, s.text), 20));
  const allFive = summarize(await time(() => corpus.sources.map((s) => ingestText(s.source.id, s.text)), 20));

  const counts: Record<string, object> = {};
  for (const s of corpus.sources) {
    const r = ingestText(s.source.id, s.text);
    const refs = r.blocks.flatMap((b) => b.marks.filter((m) => m.kind === 'footnote-ref'));
    counts[s.source.id] = {
      blocks: r.blocks.length,
      tables: r.blocks.filter((b) => b.table).length,
      tableRows: r.blocks.reduce((n, b) => n + (b.table?.rows.length ?? 0), 0),
      footnotes: r.blocks.filter((b) => b.kind === 'footnote').length,
      markersResolved: refs.filter((m) => m.kind === 'footnote-ref' && m.target).length,
      markers: refs.length,
      furniture: r.furniture.length,
      ...(r.alignment ? { alignedPairs: r.alignment.pairs.length } : {}),
    };
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-bench-ingest-'));
  try {
    let bytes = 0;
    for (let copy = 0; bytes < FOLDER_BYTES; copy++) {
      for (const s of corpus.sources) {
        const name = `${String(copy).padStart(3, '0')}-${s.source.file}`;
        writeFileSync(path.join(dir, name), s.text);
        bytes += Buffer.byteLength(s.text);
      }
    }
    const folder = await loadCorpus(dir);
    const folderIngest = summarize(await time(() => folder.sources.map((s) => ingestText(s.source.id, s.text)), 3, 1));
    const folderLoadAndIngest = summarize(
      await time(
        async () => {
          const c = await loadCorpus(dir);
          return c.sources.map((s) => ingestText(s.source.id, s.text));
        },
        3,
        0,
      ),
    );
    return {
      perSourceMs: perSource,
      allFiveMs: allFive,
      targetAllFiveMs: 100,
      folder: { files: folder.sources.length, megabytes: Math.round((bytes / 1048576) * 10) / 10 },
      folderIngestMs: folderIngest,
      folderLoadAndIngestMs: folderLoadAndIngest,
      counts,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
