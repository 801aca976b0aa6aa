import { INGEST_VERSION, ingestText } from '../../../../src/core/ingest';
import { loadCorpus } from '../../../../src/host/corpus';
import { bundledCorpusDir } from '../../../../src/host/locations';
import type { IngestedDocument } from '../../../../src/shared/model';
import { compileCodebook } from '../../../../src/core/concepts/matcher';
import { DEFAULT_CODEBOOK } from '../../../../src/core/concepts/codebook';

/** The bundled corpus, ingested as the host would: one IngestedDocument per source id. */
export async function bundledDocuments(): Promise<Map<string, IngestedDocument>> {
  const corpus = await loadCorpus(bundledCorpusDir());
  const out = new Map<string, IngestedDocument>();
  for (const s of corpus.sources) {
    const r = ingestText(s.source.id, s.text);
    out.set(s.source.id, {
      source: s.source,
      blocks: r.blocks,
      outline: r.outline,
      ingestVersion: INGEST_VERSION,
      warnings: r.warnings,
      ...(r.alignment ? { alignment: r.alignment } : {}),
    });
  }
  return out;
}

export const defaultMatcher = compileCodebook(DEFAULT_CODEBOOK);

export const SOURCE = {
  answer: 'benelux-answer-2021',
  meeting: 'benelux-dg-meeting-2025',
  programme: 'engages-digital-plan',
  workProgramme: 'benelux-work-programme-2021-2024',
  desi: 'desi-2021-belgium',
} as const;
