import { actorLabel } from '../../shared/actors';
import type { DiffOp } from '../../shared/commitments';
import type { Codebook } from '../concepts/codebook';
import { fill, REPORT_LABELS, type ReportLabels } from './labels';
import type { Citation, Report, ReportAnnotation, ReportCommitment, ReportLink, ReportSource, ReportTheme } from './model';

/**
 * The sentences every format shares (citations, commitment headers, link lines, settings), so
 * the HTML, the PDF, the Markdown and the CSV say the same thing in the same words.
 */

export function labelsOf(report: Report): ReportLabels {
  return REPORT_LABELS[report.settings.lang];
}

/** `2026-01-31 12:00 UTC`: unambiguous in every language, no locale data needed. */
export function displayInstant(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** Numbers with a fixed number of decimals and a dot, whatever the language: they are data. */
export function decimal(value: number, digits = 2): string {
  return value.toFixed(digits);
}

/** The place of an excerpt, in words: the block, then the file position (or where the block came from). */
export function citationText(citation: Citation, source: ReportSource | undefined, labels: ReportLabels): string {
  const block = fill(labels.citeBlock, { block: citation.blockId, start: citation.inBlock.start, end: citation.inBlock.end });
  if (citation.file) {
    const f = citation.file;
    const where = fill(labels.citeFile, {
      file: source?.file ?? citation.sourceId,
      line: f.line,
      column: f.column,
      start: f.start,
      end: f.end,
      byteStart: f.byteStart,
      byteEnd: f.byteEnd,
    });
    return `${block}; ${where}${citation.match === 'loose' ? ` (${labels.citeLoose})` : ''}`;
  }
  const ranges = citation.blockOrigin.map((r) => `${r.start}–${r.end}`).join(', ') || '—';
  return `${block}; ${fill(labels.citeNotFound, { ranges })}`;
}

/**
 * The facts about a commitment before its text: kind, force, deadline, actor, specificity. A
 * translation twin that is in the report is shown with the commitment (see `twinOf`), so only a
 * twin the report lacks is named here, by its id.
 */
export function commitmentFacts(c: ReportCommitment, labels: ReportLabels, index?: ReportIndex): string[] {
  const facts = [`${labels.fieldKind}: ${labels.kind[c.kind]}`, `${labels.fieldForce}: ${c.force} (${labels.force[c.force]})`];
  if (c.deadline) facts.push(`${labels.fieldDeadline}: ${c.deadline.value} (“${c.deadline.printed}”)`);
  if (c.actor) facts.push(`${labels.fieldActor}: ${actorLabel(c.actor, labels.lang)}`);
  facts.push(`${labels.fieldSpecificity}: ${c.specificity}/4`);
  if (c.translationOf && !(index && twinOf(c, index))) {
    facts.push(`${labels.fieldTranslationOf}: ${index ? commitmentRef(c.translationOf, index) : c.translationOf}`);
  }
  return facts;
}

/**
 * What two linked commitments share, in words: the codebook's concepts by their label in the
 * report's language, words and anchors quoted (`concept:digital-identity`, `term:identités`
 * become Digital identity, “identités”). The JSON and CSV keep the comparison's own notation.
 */
export function evidenceText(
  evidence: readonly string[],
  labels: ReportLabels,
  codebook?: Codebook,
  lang: 'en' | 'fr' | 'nl' = 'en',
): string {
  const concepts = new Map((codebook?.concepts ?? []).map((c) => [c.id, c.labels[lang]] as const));
  return evidence
    .map((e) => {
      const colon = e.indexOf(':');
      const kind = colon > 0 ? e.slice(0, colon) : '';
      const value = colon > 0 ? e.slice(colon + 1) : e;
      if (kind === 'concept') return concepts.get(value) ?? value.replace(/-/g, ' ');
      if (kind === 'term' || kind === 'anchor') return `“${value}”`;
      if (e === 'penalty:generic') return labels.evidenceGeneric;
      return e;
    })
    .join(', ');
}

/** The facts about a link: relation, similarity, origin (who decided), shared terms. */
export function linkFacts(link: ReportLink, labels: ReportLabels, codebook?: Codebook, lang: 'en' | 'fr' | 'nl' = 'en'): string[] {
  const facts = [
    `${labels.fieldRelation}: ${labels.relation[link.relation]}`,
    `${labels.fieldSimilarity}: ${decimal(link.similarity)}`,
    `${labels.fieldOrigin}: ${labels.origin[link.origin]}`,
  ];
  if (link.evidence.length > 0)
    facts.push(`${labels.fieldEvidence}: ${codebook ? evidenceText(link.evidence, labels, codebook, lang) : link.evidence.join(', ')}`);
  return facts;
}

/**
 * Whether a diff shows nothing a reader can use: no word in common (the comparison gives two
 * different sentences as one replaced by the other), or no diff at all (texts in different
 * languages). Such a link is shown without its diff: both texts are quoted in the columns above.
 */
export function diffSaysNothing(diff: readonly DiffOp[]): boolean {
  return !diff.some((d) => d.op === 'equal' && /[\p{L}\p{N}]/u.test(d.text));
}

/** A diff in plain text: `[+inserted+]` and `[-deleted-]`, as wdiff writes them (Markdown, CSV). */
export function diffAsText(diff: readonly DiffOp[]): string {
  return diff
    .map((d) => {
      switch (d.op) {
        case 'equal':
          return d.text;
        case 'insert':
          return `[+${d.text}+]`;
        case 'delete':
          return `[-${d.text}-]`;
      }
    })
    .join('');
}

/**
 * A diff for display: where a deletion and an insertion touch without white space between them
 * (`deUne`), a space is put between, so the struck and the underlined words read apart. The JSON
 * keeps the diff exactly as the comparison gave it.
 */
export function spacedDiff(diff: readonly DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (const d of diff) {
    const prev = out[out.length - 1];
    if (prev && prev.op !== 'equal' && d.op !== 'equal' && prev.op !== d.op && !/\s$/.test(prev.text) && !/^\s/.test(d.text)) {
      out.push({ op: 'equal', text: ' ' });
    }
    out.push(d);
  }
  return out;
}

/** The label of a source in tables: its key, title and date. */
export function sourceHeading(source: ReportSource): string {
  return `${source.key} · ${source.title} (${source.date})`;
}

/** Lookups every renderer needs, built once per report. */
export interface ReportIndex {
  readonly commitments: ReadonlyMap<string, ReportCommitment>;
  readonly sources: ReadonlyMap<string, ReportSource>;
  /**
   * Short references for people: the source's key and the commitment's number in that source's
   * reading order (A1, A2, B1…), the same under every theme. Only commitments listed under a
   * theme get one; their translation twins are shown with them.
   */
  readonly refs: ReadonlyMap<string, string>;
}

export function indexReport(report: Report): ReportIndex {
  const sources = new Map(report.sources.map((s) => [s.id, s] as const));
  const listed = new Set(report.themes.flatMap((t) => Object.values(t.bySource).flat()));
  const counts = new Map<string, number>();
  const refs = new Map<string, string>();
  // `report.commitments` is in reading order (source order, then place in the source).
  for (const c of report.commitments) {
    if (!listed.has(c.id)) continue;
    const n = (counts.get(c.sourceId) ?? 0) + 1;
    counts.set(c.sourceId, n);
    refs.set(c.id, `${sources.get(c.sourceId)?.key ?? c.sourceId}${n}`);
  }
  return { commitments: new Map(report.commitments.map((c) => [c.id, c] as const)), sources, refs };
}

/** The commitment's short reference (`B17`) in link lines, annotations and curation lists; its id when it has none. */
export function commitmentRef(id: string, index: ReportIndex): string {
  const ref = index.refs.get(id);
  if (ref) return ref;
  const c = index.commitments.get(id);
  return c ? `${index.sources.get(c.sourceId)?.key ?? c.sourceId} · ${id}` : id;
}

/**
 * The same commitment in the other language of a bilingual source, to show with it: when the
 * report has it and does not list it under a theme of its own (then it has its own card).
 */
export function twinOf(c: ReportCommitment, index: ReportIndex): ReportCommitment | undefined {
  const twin = c.translationOf ? index.commitments.get(c.translationOf) : undefined;
  return twin && twin.sourceId === c.sourceId && twin.id !== c.id && !index.refs.has(twin.id) ? twin : undefined;
}

/**
 * The columns of a theme: the sources with commitments on it, side by side; the others are named
 * in one line instead of an empty column, so a theme only one source speaks of gets the width.
 */
export function themeColumns(theme: ReportTheme, report: Report): { withCommitments: ReportSource[]; without: ReportSource[] } {
  const has = (s: ReportSource): boolean => (theme.bySource[s.id] ?? []).length > 0;
  return { withCommitments: report.sources.filter(has), without: report.sources.filter((s) => !has(s)) };
}

/** Links that belong under a theme: both ends listed under that theme. */
export function linksOfTheme(theme: ReportTheme, links: readonly ReportLink[]): ReportLink[] {
  const ids = new Set(Object.values(theme.bySource).flat());
  return links.filter((l) => ids.has(l.from) && ids.has(l.to));
}

/** Themes with at least one commitment in the selected sources. */
export function themesWithCommitments(report: Report): ReportTheme[] {
  return report.themes.filter((t) => Object.values(t.bySource).some((ids) => ids.length > 0));
}

/** Settings as label/value rows for the method section. */
export function settingsRows(report: Report, labels: ReportLabels, themeCount: number): [string, string][] {
  const s = report.settings;
  return [
    [labels.settingsSources, s.sources.join(', ')],
    [
      labels.settingsThemes,
      s.themes.length === themeCount ? fill(labels.allThemes, { n: themeCount }) : report.themes.map((t) => t.label).join(', '),
    ],
    [labels.settingsAnnotations, s.annotations ? labels.yes : labels.no],
    [labels.settingsCuration, s.curationNotes ? labels.yes : labels.no],
    [labels.settingsLang, s.lang],
  ];
}

/** Method as label/value rows. */
export function methodRows(report: Report, labels: ReportLabels): [string, string][] {
  const m = report.method;
  return [
    [labels.methodCodebook, m.codebookVersion],
    [labels.methodExtractor, String(m.extractorVersion)],
    [labels.methodThreshold, decimal(m.linkThreshold)],
    [labels.methodIngest, String(m.ingestVersion)],
    [labels.methodManifest, labels.manifest[report.corpus.manifest]],
    [labels.methodPositions, labels.positionsValue],
  ];
}

/** A source's metadata as label/value rows, in the order an archivist checks them. */
export function sourceRows(source: ReportSource, labels: ReportLabels): [string, string][] {
  const rows: [string, string][] = [
    [labels.fieldId, source.id],
    [labels.fieldFile, source.file],
    [labels.fieldPublisher, source.publisher],
    [labels.fieldDate, source.date],
  ];
  if (source.dates.length > 0) {
    rows.push([labels.fieldPrintedDates, source.dates.map((d) => `${d.value} (“${d.printed}”${d.lang ? `, ${d.lang}` : ''})`).join('; ')]);
  }
  if (source.dateConflict) rows.push([labels.fieldDateConflict, source.dateConflict]);
  rows.push(
    [labels.fieldLanguages, source.languages.join(', ')],
    [labels.fieldGenre, source.genre],
    [labels.fieldRole, labels.role[source.role]],
  );
  if (source.description) rows.push([labels.fieldDescription, source.description]);
  rows.push([labels.fieldSha256, source.sha256], [labels.fieldIntegrity, labels.integrity[source.integrity]]);
  if (source.expectedSha256) rows.push([labels.fieldExpectedSha256, source.expectedSha256]);
  rows.push(
    [labels.fieldSize, fill(labels.bytesValue, { n: source.bytes })],
    [labels.fieldEncoding, source.encoding],
    [labels.fieldBlocks, String(source.blocks)],
    [labels.fieldIngestVersion, String(source.ingestVersion)],
  );
  return rows;
}

export type SectionId = 'sources' | 'method' | 'matrix' | 'themes' | 'indicators' | 'annotations' | 'curation' | 'verification';

/** The report's sections in order: the same in every format (optional ones only when chosen or present). */
export function reportSections(report: Report, labels: ReportLabels): { readonly id: SectionId; readonly title: string }[] {
  const sections: { id: SectionId; title: string }[] = [
    { id: 'sources', title: labels.sectionSources },
    { id: 'method', title: labels.sectionMethod },
    { id: 'matrix', title: labels.sectionMatrix },
    { id: 'themes', title: labels.sectionThemes },
  ];
  if (report.indicators.length > 0) sections.push({ id: 'indicators', title: labels.sectionIndicators });
  if (report.settings.annotations) sections.push({ id: 'annotations', title: labels.sectionAnnotations });
  if (report.settings.curationNotes) sections.push({ id: 'curation', title: labels.sectionCuration });
  sections.push({ id: 'verification', title: labels.sectionVerification });
  return sections;
}

/** What an annotation is about, in words: a passage is cited, a commitment or a link named. */
export function annotationTargetText(a: ReportAnnotation, index: ReportIndex, labels: ReportLabels): string {
  switch (a.target.kind) {
    case 'passage':
      return a.target.citation ? citationText(a.target.citation, index.sources.get(a.target.sourceId), labels) : labels.anchoring.orphaned;
    case 'commitment':
      return fill(labels.onCommitment, { id: commitmentRef(a.target.commitmentId, index) });
    case 'link':
      return fill(labels.onLink, { id: a.target.linkId });
  }
}

/** The sources' hashes in the format `sha256sum -c` reads: save as a file next to the sources and run it. */
export function checksumList(report: Report): string {
  return report.sources.map((s) => `${s.sha256}  ${s.file}`).join('\n');
}
