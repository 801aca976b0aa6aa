import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledCorpusDir } from '../../src/host/locations';
import { createReaderHost } from '../../src/host/reader-host';
import { annotationLayer } from '../../src/renderer/src/annotations/annotation-layer';
import { summarize, time } from './stats';

/**
 * The annotations UI reads the whole list (anchored against every document) after each change,
 * and builds one highlight layer per source shown. This stage measures both with 100 and 1,000
 * annotations spread over the bundled sources, plus one change (create) as the panel makes it.
 */
export async function benchAnnotations(): Promise<object> {
  const out: Record<string, object> = {};
  for (const count of [100, 1000]) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-bench-ann-'));
    try {
      const api = createReaderHost({ corpusDir: bundledCorpusDir(), dataDir, version: 'bench' });
      const { sources } = await api.listSources();
      const docs = await Promise.all(sources.map((s) => api.getDocument({ sourceId: s.id })));
      const blocks = docs.flatMap((d) => d.blocks.filter((b) => b.text.length > 40).map((b) => ({ sourceId: d.source.id, b })));
      // Imported in one go (one write), as a large JSON-LD file would come in.
      const items = Array.from({ length: count }, (_, i) => {
        const { sourceId, b } = blocks[(i * 7919) % blocks.length]!;
        const start = (i * 13) % Math.max(1, b.text.length - 30);
        return { sourceId, blockId: b.id, start, end: start + 20, note: `note ${i}`, tags: [`t${i % 12}`] };
      });
      for (let i = 0; i < items.length; i += 50) await Promise.all(items.slice(i, i + 50).map((a) => api.createAnnotation(a)));
      let list = await api.listAnnotations({ includeDeleted: true });
      const listMs = await time(async () => (list = await api.listAnnotations({ includeDeleted: true })), 10, 2);
      const filterMs = await time(() => api.listAnnotations({ text: 'NOTE 1', tag: 't1' }), 10, 2);
      const layerMs = await time(() => sources.map((s) => annotationLayer(list.annotations, s.id)), 20, 3);
      let n = 0;
      const createMs = await time(() => api.createAnnotation({ ...items[n++ % items.length]!, note: 'bench' }), 10, 1);
      out[`n${count}`] = {
        annotations: list.annotations.length,
        listAllMs: summarize(listMs),
        listFilteredMs: summarize(filterMs),
        layersAllSourcesMs: summarize(layerMs),
        createMs: summarize(createMs),
      };
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return out;
}
