import type { Annotation } from '../shared/annotations';
import type { Codebook } from '../shared/codebook';
import type { IngestedDocument, LangCode } from '../shared/model';
import type { SearchRequest, SearchResponse } from '../shared/search';
import { annotationSearchDocuments } from '../core/annotations/search-documents';
import { ANALYZER_VERSION, INDEX_SCHEMA_VERSION, SearchEngine, type KnownSource, type SearchDoc } from '../core/search';
import { annotationSearchDocs } from '../core/search/annotation-docs';
import { lunr } from '../core/search/lunr-setup';
import { corpusKey, readSearchCache, searchCacheFile, writeSearchCache } from './search-index-cache';

/** What the search service needs from the host: the corpus, its documents, the annotations. */
export interface SearchServiceDeps {
  readonly dataDir: string;
  readonly corpus: () => Promise<{
    readonly dir: string;
    readonly sources: readonly {
      readonly id: string;
      readonly file: string;
      readonly sha256: string;
      readonly languages: readonly LangCode[];
    }[];
  }>;
  readonly ingestVersion: number;
  /** Every document of the corpus that ingests; called only when the index must be built. */
  readonly documents: () => Promise<readonly IngestedDocument[]>;
  /**
   * From the workspace, read once per search: the annotations, and the effective codebook (the
   * default with the user's edits), whose concepts are the glossary.
   */
  readonly workspace: () => Promise<{ readonly annotations: readonly Annotation[]; readonly codebook: Codebook }>;
}

export interface SearchService {
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Where the index of the current corpus is cached (for tests and diagnostics). */
  cacheFile(): Promise<string>;
}

interface LoadedEngine {
  readonly key: string;
  readonly engine: SearchEngine;
  /** Told to the user with the next results, once. */
  readonly notices: string[];
}

/**
 * Owns the search index of the open corpus: in memory once loaded, on disk between runs (keyed by
 * the sources' SHA-256 and every version the index depends on), rebuilt when the corpus changes
 * and when the cache is damaged or foreign. Annotations get their own small index, rebuilt in
 * memory whenever their searchable text changes (it is cheap, and they change often).
 */
export function createSearchService(deps: SearchServiceDeps): SearchService {
  let current: Promise<LoadedEngine> | undefined;
  let currentKey: string | undefined;
  let annotationIndex: { readonly fingerprint: string; readonly engine: SearchEngine } | undefined;

  async function keyOf(): Promise<{ key: string; dir: string; known: KnownSource[]; languages: Map<string, LangCode> }> {
    const corpus = await deps.corpus();
    const key = corpusKey({
      sources: corpus.sources.map((s) => ({ id: s.id, sha256: s.sha256 })),
      ingestVersion: deps.ingestVersion,
      indexSchemaVersion: INDEX_SCHEMA_VERSION,
      analyzerVersion: ANALYZER_VERSION,
      lunrVersion: lunr.version,
    });
    return {
      key,
      dir: corpus.dir,
      known: corpus.sources.map((s) => ({ id: s.id, file: s.file })),
      languages: new Map(corpus.sources.map((s) => [s.id, s.languages[0] ?? 'und'])),
    };
  }

  async function load(key: string, dir: string): Promise<LoadedEngine> {
    const file = searchCacheFile(deps.dataDir, dir);
    const notices: string[] = [];
    const read = await readSearchCache(file, INDEX_SCHEMA_VERSION, key).catch((err: unknown) => ({
      kind: 'corrupt' as const,
      reason: `it could not be read (${(err as Error).message})`,
    }));
    if (read.kind === 'ok') {
      try {
        return { key, engine: SearchEngine.load(read.data), notices };
      } catch (err) {
        notices.push(`The saved search index was damaged (${(err as Error).message}); it was rebuilt.`);
      }
    } else if (read.kind === 'corrupt') {
      notices.push(`The saved search index was damaged (${read.reason}); it was rebuilt.`);
    } else if (read.kind === 'foreign') {
      notices.push(`The file where the search index is kept was not a Synopsis index (${read.reason}); it was replaced.`);
    }
    const docs = await deps.documents();
    const engine = SearchEngine.build({
      docs: docs.flatMap((d) => d.blocks),
      alignments: docs.flatMap((d) =>
        d.alignment ? d.alignment.pairs.map((p) => Object.values(p).filter((g): g is readonly string[] => !!g)) : [],
      ),
    });
    try {
      await writeSearchCache(file, INDEX_SCHEMA_VERSION, key, engine.index.toJSON());
    } catch (err) {
      notices.push(`The search index could not be saved in ${deps.dataDir} (${(err as Error).message}); it will be rebuilt next time.`);
    }
    return { key, engine, notices };
  }

  async function blockEngine(): Promise<{ loaded: LoadedEngine; known: KnownSource[]; languages: Map<string, LangCode> }> {
    const { key, dir, known, languages } = await keyOf();
    if (!current || currentKey !== key) {
      currentKey = key;
      current = load(key, dir);
      current.catch(() => {
        if (currentKey === key) {
          current = undefined;
          currentKey = undefined;
        }
      });
    }
    return { loaded: await current, known, languages };
  }

  function annotationEngine(annotations: readonly Annotation[], languages: Map<string, LangCode>): SearchEngine | undefined {
    const docs = annotationSearchDocuments(annotations);
    if (docs.length === 0) return undefined;
    const fingerprint = JSON.stringify(docs);
    if (annotationIndex?.fingerprint !== fingerprint) {
      const searchDocs: SearchDoc[] = annotationSearchDocs(docs, (id) => languages.get(id));
      annotationIndex = { fingerprint, engine: SearchEngine.build({ docs: searchDocs }) };
    }
    return annotationIndex.engine;
  }

  return {
    async search(request) {
      const [{ loaded, known, languages }, workspace] = await Promise.all([
        blockEngine(),
        deps.workspace().then(
          (ws) => ({ ok: true as const, ...ws }),
          (err: unknown) => ({ ok: false as const, error: err as Error }),
        ),
      ]);
      const codebook = workspace.ok ? workspace.codebook : undefined;
      const response = loaded.engine.search(request, { knownSources: known, ...(codebook ? { codebook } : {}) });
      const notices = [...loaded.notices.splice(0), ...response.notices];
      let annotations: SearchResponse['annotations'];
      try {
        if (!workspace.ok) throw workspace.error;
        const engine = annotationEngine(workspace.annotations, languages);
        if (engine) {
          const found = engine.search(request, { knownSources: known, codebook: workspace.codebook });
          annotations = {
            total: found.total,
            hits: found.hits.map((h) => ({
              annotationId: h.blockId,
              sourceId: h.sourceId,
              score: h.score,
              snippet: h.snippet,
              text: h.text,
              matchedVia: h.matchedVia,
              highlights: h.highlights ?? [],
            })),
          };
        }
      } catch (err) {
        notices.push(`Annotations were not searched (and the glossary is the default one): ${(err as Error).message}`);
      }
      return { ...response, notices, ...(annotations ? { annotations } : {}) };
    },
    async cacheFile() {
      return searchCacheFile(deps.dataDir, (await deps.corpus()).dir);
    },
  };
}
