import { annotationSourceIds, type AnnotationView } from '../../shared/annotations';
import { conceptDescription } from '../../shared/codebook';
import type { Commitment } from '../../shared/commitments';
import type { Block } from '../../shared/model';
import { themesOf } from '../concepts/codebook';
import {
  REPORT_FORMAT_NAME,
  REPORT_SCHEMA_VERSION,
  type Citation,
  type Report,
  type ReportAnnotation,
  type ReportCommitment,
  type ReportCurationDecision,
  type ReportInput,
  type ReportLink,
  type ReportSource,
  type ReportSourceInput,
  type ReportStep,
  type ReportTheme,
} from './model';
import { citeExcerpt, PositionIndex } from './positions';

/** Items handled between two progress steps: small enough that one step stays well under 50 ms. */
const CHUNK = 200;

/** A, B, …, Z, AA, AB, …: short keys for sources in tables and the matrix. */
export function sourceKey(index: number): string {
  let n = index;
  let key = '';
  do {
    key = String.fromCharCode(65 + (n % 26)) + key;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return key;
}

/** Per source: its blocks by id (with reading order) and a position index over its text. */
class SourceIndex {
  private positions: PositionIndex | undefined;
  readonly blocks = new Map<string, { block: Block; order: number }>();

  constructor(readonly input: ReportSourceInput) {
    input.blocks.forEach((block, order) => this.blocks.set(block.id, { block, order }));
  }

  get index(): PositionIndex {
    this.positions ??= new PositionIndex(this.input.text, this.input.source.encoding);
    return this.positions;
  }

  cite(blockId: string, start: number, end: number): Citation {
    const found = this.blocks.get(blockId);
    if (!found) {
      // The block is gone (the source changed since the comparison): say where nothing is, never guess.
      return { sourceId: this.input.source.id, blockId, inBlock: { start, end }, match: 'none', file: null, blockOrigin: [] };
    }
    return citeExcerpt(this.index, this.input.text, found.block, start, end);
  }
}

/**
 * Builds the report model from the comparison and the sources, in the order a reader expects:
 * sources in the comparison's time order, themes in codebook order, commitments in reading
 * order of their source. Yields progress while citing excerpts, the long part on a big corpus.
 */
export function* assembleReport(input: ReportInput): Generator<ReportStep, Report, void> {
  const { settings, comparison } = input;
  const selected = new Set(settings.sources);
  const bySourceId = new Map(input.sources.filter((s) => selected.has(s.source.id)).map((s) => [s.source.id, s] as const));
  const order = [
    ...comparison.sources.filter((id) => bySourceId.has(id)),
    ...settings.sources.filter((id) => bySourceId.has(id) && !comparison.sources.includes(id)),
  ];
  const indexes = new Map(order.map((id) => [id, new SourceIndex(bySourceId.get(id)!)] as const));

  const sources: ReportSource[] = order.map((id, i) => {
    const { source, blocks, ingestVersion } = bySourceId.get(id)!;
    return {
      key: sourceKey(i),
      id: source.id,
      file: source.file,
      title: source.title,
      publisher: source.publisher,
      date: source.date,
      dates: source.dates ?? [],
      dateConflict: source.dateConflict ?? null,
      languages: source.languages,
      genre: source.genre,
      role: source.role,
      description: source.description ?? null,
      sha256: source.sha256,
      integrity: source.integrity.kind,
      expectedSha256: source.integrity.kind === 'mismatch' ? source.integrity.expected : null,
      bytes: source.bytes,
      encoding: source.encoding,
      blocks: blocks.length,
      ingestVersion,
    };
  });

  // Themes: the codebook's, in its order, with the comparison's row narrowed to the selection.
  const commitmentById = new Map(comparison.commitments.filter((c) => selected.has(c.sourceId)).map((c) => [c.id, c] as const));
  const rows = new Map(comparison.themes.map((r) => [r.theme, r] as const));
  const wantedThemes = new Set(settings.themes);
  const included = new Set<string>();
  const themes: ReportTheme[] = themesOf(input.codebook)
    .filter((t) => wantedThemes.has(t.id))
    .map((t) => {
      const row = rows.get(t.id);
      const bySource: Record<string, readonly string[]> = {};
      for (const id of order) {
        const ids = (row?.bySource[id] ?? []).filter((c) => commitmentById.get(c)?.sourceId === id);
        bySource[id] = sortCommitmentIds(ids, commitmentById, indexes);
        for (const c of ids) included.add(c);
      }
      return {
        id: t.id,
        label: t.labels[settings.lang],
        labels: { en: t.labels.en, fr: t.labels.fr, nl: t.labels.nl },
        description: conceptDescription(t, settings.lang),
        status: row?.status ?? 'absent',
        bySource,
      };
    });

  // A bilingual source's commitment comes with its twin in the other language (the comparison
  // lists one of the two under the themes): the report quotes and cites both, so `translationOf`
  // always names a commitment of the report.
  const twins = new Set<string>();
  for (const id of included) {
    const twin = commitmentById.get(id)?.translationOf;
    if (twin && !included.has(twin) && commitmentById.get(twin)?.sourceId === commitmentById.get(id)?.sourceId) twins.add(twin);
  }
  const chosen = sortCommitmentIds([...included, ...twins], commitmentById, indexes).map((id) => commitmentById.get(id)!);
  const total = chosen.length + input.annotations.length + 1;
  let done = 0;
  const commitments: ReportCommitment[] = [];
  for (const c of chosen) {
    commitments.push(reportCommitment(c, indexes.get(c.sourceId)!));
    if (++done % CHUNK === 0) yield { stage: 'assembling', done, total, message: 'citing excerpts' };
  }

  const links: ReportLink[] = comparison.links
    .filter((l) => included.has(l.from) && included.has(l.to))
    .map((l) => ({
      id: l.id,
      from: l.from,
      to: l.to,
      fromSource: commitmentById.get(l.from)!.sourceId,
      toSource: commitmentById.get(l.to)!.sourceId,
      similarity: l.similarity,
      relation: l.relation,
      evidence: l.evidence,
      origin: l.origin,
      curated: l.origin !== 'auto',
      diff: l.diff,
    }));

  const indicators = comparison.indicators
    .filter((i) => selected.has(i.sourceId) && wantedThemes.has(i.theme))
    .map((i) => ({ theme: i.theme, sourceId: i.sourceId, blockId: i.blockId, code: i.code ?? null, label: i.label, values: i.values }));

  const annotations: ReportAnnotation[] = [];
  if (settings.annotations) {
    for (const view of input.annotations) {
      if (view.annotation.deleted === undefined && annotationSourceIds(view.annotation.target).some((s) => selected.has(s))) {
        annotations.push(reportAnnotation(view, indexes));
      }
      if (++done % CHUNK === 0) yield { stage: 'assembling', done, total, message: 'citing annotations' };
    }
  }

  const curation = settings.curationNotes ? curationDecisions(commitments, links, annotations) : [];
  yield { stage: 'assembling', done: total, total, message: 'report assembled' };

  return {
    format: REPORT_FORMAT_NAME,
    schemaVersion: REPORT_SCHEMA_VERSION,
    generated: input.generated,
    generator: input.generator,
    settings,
    corpus: input.corpus,
    sources,
    method: { ...comparison.method, positions: 'unicode-code-points' },
    themes,
    commitments,
    links,
    indicators,
    annotations,
    curation,
  };
}

/** Reading order: source order, then block order in the source, then place in the block, then id. */
function sortCommitmentIds(
  ids: readonly string[],
  byId: ReadonlyMap<string, Commitment>,
  indexes: ReadonlyMap<string, SourceIndex>,
): string[] {
  const sourceOrder = [...indexes.keys()];
  const key = (id: string): [number, number, number] => {
    const c = byId.get(id)!;
    return [sourceOrder.indexOf(c.sourceId), indexes.get(c.sourceId)?.blocks.get(c.blockId)?.order ?? Infinity, c.range.start];
  };
  return [...ids].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || (a < b ? -1 : a > b ? 1 : 0);
  });
}

function reportCommitment(c: Commitment, source: SourceIndex): ReportCommitment {
  return {
    id: c.id,
    sourceId: c.sourceId,
    kind: c.kind,
    themes: c.themes,
    actor: c.actor ?? null,
    deadline: c.deadline ?? null,
    force: c.force,
    specificity: c.specificity,
    lang: c.lang,
    text: c.text,
    translationOf: c.translationOf ?? null,
    curated: c.curated === true,
    cues: c.cues,
    citation: source.cite(c.blockId, c.range.start, c.range.end),
  };
}

function reportAnnotation(view: AnnotationView, indexes: ReadonlyMap<string, SourceIndex>): ReportAnnotation {
  const { annotation: a, anchor } = view;
  const common = {
    id: a.id,
    motivation: a.motivation,
    note: a.body.note,
    tags: a.body.tags,
    color: a.body.color,
    created: a.created,
    modified: a.modified,
    status: anchor.kind,
  };
  const t = a.target;
  switch (t.kind) {
    case 'passage': {
      const source = indexes.get(t.source);
      // Cite where the passage is now (anchoring found it); an orphan has no place to cite.
      const place =
        anchor.kind === 'anchored' || anchor.kind === 'moved' || anchor.kind === 'changed'
          ? { blockId: anchor.blockId, start: anchor.start, end: anchor.end }
          : undefined;
      const citation = source && place ? source.cite(place.blockId, place.start, place.end) : null;
      return { ...common, target: { kind: 'passage', sourceId: t.source, quote: t.selector[0].exact, citation } };
    }
    case 'commitment':
      return { ...common, target: { kind: 'commitment', sourceId: t.source, commitmentId: t.commitmentId } };
    case 'link':
      return { ...common, target: { kind: 'link', linkId: t.linkId, commitmentIds: t.commitmentIds } };
  }
}

function curationDecisions(
  commitments: readonly ReportCommitment[],
  links: readonly ReportLink[],
  annotations: readonly ReportAnnotation[],
): ReportCurationDecision[] {
  const notesOn = (kind: 'commitment' | 'link', id: string): string[] =>
    annotations
      .filter((a) =>
        kind === 'commitment'
          ? a.target.kind === 'commitment' && a.target.commitmentId === id
          : a.target.kind === 'link' && a.target.linkId === id,
      )
      .map((a) => a.note)
      .filter((n) => n.trim() !== '');
  return [
    ...commitments
      .filter((c) => c.curated)
      .map((c) => ({
        kind: 'commitment' as const,
        id: c.id,
        decision: 'curated' as const,
        sourceIds: [c.sourceId],
        notes: notesOn('commitment', c.id),
      })),
    ...links
      .filter((l) => l.origin !== 'auto')
      .map((l) => ({
        kind: 'link' as const,
        id: l.id,
        decision: l.origin === 'added' ? ('added' as const) : ('confirmed' as const),
        sourceIds: [l.fromSource, l.toSource],
        notes: notesOn('link', l.id),
      })),
  ];
}
