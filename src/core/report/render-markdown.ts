import type { DiffOp } from '../../shared/commitments';
import { themesOf, type Codebook } from '../concepts/codebook';
import { fill, type ReportLabels } from './labels';
import { REPORT_FORMAT_NAME, REPORT_SCHEMA_VERSION, type Report, type ReportCommitment, type ReportStep } from './model';
import {
  annotationTargetText,
  checksumList,
  citationText,
  commitmentFacts,
  commitmentRef,
  diffSaysNothing,
  displayInstant,
  indexReport,
  labelsOf,
  linkFacts,
  linksOfTheme,
  methodRows,
  reportSections,
  settingsRows,
  sourceHeading,
  sourceRows,
  themeColumns,
  themesWithCommitments,
  twinOf,
  type ReportIndex,
} from './wording';

/**
 * The Markdown report, for pasting into notes: the same sections as the HTML, as headings,
 * bullet lists and one table (the matrix). Diffs are written `[+inserted+]` and `[-deleted-]`,
 * which survive any renderer and plain text. Quoted text is escaped so it never turns into
 * markup (a `*` or `#` in a policy text stays a character).
 */

/** Backslash-escapes the ASCII punctuation Markdown (CommonMark and GFM) could read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** A multi-line text (a note, itself Markdown) indented under a list item, kept as written. */
function indented(text: string, prefix: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

/** `[+inserted+]` and `[-deleted-]` around escaped text: the markers are the only unescaped brackets. */
function diffAsMarkdown(diff: readonly DiffOp[]): string {
  return diff
    .map((d) =>
      d.op === 'equal' ? escapeMarkdown(d.text) : d.op === 'insert' ? `[+${escapeMarkdown(d.text)}+]` : `[-${escapeMarkdown(d.text)}-]`,
    )
    .join('');
}

function fieldList(rows: readonly [string, string][]): string {
  return rows.map(([k, v]) => `- **${escapeMarkdown(k)}:** ${escapeMarkdown(v)}`).join('\n');
}

function commitmentMd(c: ReportCommitment, index: ReportIndex, labels: ReportLabels): string {
  const curated = c.curated ? ` — **✓ ${escapeMarkdown(labels.curatedMark)}**` : '';
  const source = index.sources.get(c.sourceId);
  const twin = twinOf(c, index);
  return [
    `- **${escapeMarkdown(commitmentRef(c.id, index))}** ${escapeMarkdown(commitmentFacts(c, labels, index).join(' · '))}${curated}`,
    `  > ${escapeMarkdown(c.text)}`,
    ...(twin ? ['  >', `  > ${escapeMarkdown(fill(labels.otherLanguage, { lang: twin.lang }))}: _${escapeMarkdown(twin.text)}_`] : []),
    '',
    `  \`${c.id}\` — ${escapeMarkdown(citationText(c.citation, source, labels))}`,
    ...(twin ? ['', `  \`${twin.id}\` — ${escapeMarkdown(citationText(twin.citation, source, labels))}`] : []),
  ].join('\n');
}

export function* renderMarkdown(report: Report, codebook: Codebook): Generator<ReportStep, string, void> {
  const labels = labelsOf(report);
  const index = indexReport(report);
  const withCommitments = themesWithCommitments(report);
  const out: string[] = [];
  const generated = fill(labels.generatedBy, { date: displayInstant(report.generated), version: report.generator.version });

  out.push(
    `# ${escapeMarkdown(labels.title)}`,
    '',
    `**${escapeMarkdown(labels.comparedSources)}**`,
    '',
    ...report.sources.map((s) => `- ${escapeMarkdown(sourceHeading(s))}`),
    '',
    escapeMarkdown(generated),
    '',
    `_${escapeMarkdown(fill(labels.reproducible, { format: REPORT_FORMAT_NAME, schema: REPORT_SCHEMA_VERSION }))}_`,
  );

  for (const section of reportSections(report, labels)) {
    out.push('', `## ${escapeMarkdown(section.title)}`, '');
    switch (section.id) {
      case 'sources':
        for (const s of report.sources)
          out.push(`### ${escapeMarkdown(s.key)} — ${escapeMarkdown(s.title)}`, '', fieldList(sourceRows(s, labels)), '');
        break;
      case 'method':
        out.push(
          fieldList(methodRows(report, labels)),
          '',
          `### ${escapeMarkdown(labels.methodSettings)}`,
          '',
          fieldList(settingsRows(report, labels, themesOf(codebook).length)),
          '',
          escapeMarkdown(labels.legendDiffText),
          '',
          escapeMarkdown(labels.legendCurated),
          '',
          escapeMarkdown(labels.legendRefs),
        );
        break;
      case 'matrix': {
        const head = [labels.matrixTheme, ...report.sources.map((s) => `${s.key} (${s.date})`), labels.matrixStatus];
        out.push(
          `| ${head.map(escapeMarkdown).join(' | ')} |`,
          `| ${head.map((_, i) => (i > 0 && i <= report.sources.length ? '---:' : '---')).join(' | ')} |`,
          ...report.themes.map((t) => {
            const counts = report.sources.map((s) => String(t.bySource[s.id]?.length ?? 0));
            return `| ${[t.label, ...counts, labels.status[t.status]].map(escapeMarkdown).join(' | ')} |`;
          }),
          '',
          escapeMarkdown(`${labels.matrixCaption} ${report.sources.map((s) => `${s.key} = ${s.title} (${s.date})`).join('; ')}.`),
        );
        break;
      }
      case 'themes': {
        let done = 0;
        for (const theme of withCommitments) {
          out.push(`### ${escapeMarkdown(theme.label)} (${escapeMarkdown(labels.status[theme.status])})`, '');
          const { withCommitments: columns, without } = themeColumns(theme, report);
          if (without.length > 0)
            out.push(`_${escapeMarkdown(fill(labels.noCommitmentsIn, { list: without.map(sourceHeading).join('; ') }))}_`, '');
          for (const s of columns) {
            out.push(`#### ${escapeMarkdown(sourceHeading(s))}`, '');
            const cards = (theme.bySource[s.id] ?? []).map((id) => index.commitments.get(id)).filter((c): c is ReportCommitment => !!c);
            out.push(cards.map((c) => commitmentMd(c, index, labels)).join('\n\n'), '');
          }
          out.push(`#### ${escapeMarkdown(labels.links)}`, '');
          const links = linksOfTheme(theme, report.links);
          if (links.length === 0) out.push(`_${escapeMarkdown(labels.noLinks)}_`, '');
          for (const l of links) {
            const curated = l.curated ? ` — **✓ ${escapeMarkdown(labels.curatedMark)}**` : '';
            const from = commitmentRef(l.from, index);
            const to = commitmentRef(l.to, index);
            out.push(
              `- **${escapeMarkdown(from)} → ${escapeMarkdown(to)}**${curated}`,
              `  ${escapeMarkdown(linkFacts(l, labels, codebook, report.settings.lang).join(' · '))} · \`${l.id}\``,
              diffSaysNothing(l.diff) ? `  _${escapeMarkdown(fill(labels.noWordDiff, { from, to }))}_` : `  > ${diffAsMarkdown(l.diff)}`,
              '',
            );
          }
          yield { stage: 'rendering', done: ++done, total: withCommitments.length, message: theme.label };
        }
        if (withCommitments.length === 0) out.push(escapeMarkdown(labels.noCommitments));
        break;
      }
      case 'indicators':
        for (const i of report.indicators) {
          const theme = report.themes.find((t) => t.id === i.theme)?.label ?? i.theme;
          const values = i.values.map((v) => `${v.label}: ${v.value}`).join('; ');
          out.push(
            `- **${escapeMarkdown(theme)}** — ${escapeMarkdown(`${i.code ? `${i.code} ` : ''}${i.label}: ${values}`)} (\`${i.blockId}\`)`,
          );
        }
        break;
      case 'annotations':
        if (report.annotations.length === 0) out.push(`_${escapeMarkdown(labels.noAnnotations)}_`);
        for (const a of report.annotations) {
          const lines = [`- ${escapeMarkdown(annotationTargetText(a, index, labels))} · ${escapeMarkdown(labels.anchoring[a.status])}`];
          if (a.target.kind === 'passage') lines.push(`  > ${escapeMarkdown(a.target.quote)}`, '');
          if (a.note !== '') lines.push(indented(a.note, '  '));
          if (a.tags.length > 0) lines.push(`  ${escapeMarkdown(`${labels.fieldTags}: ${a.tags.join(', ')}`)}`);
          lines.push(`  \`${a.id}\` · ${displayInstant(a.modified)}`, '');
          out.push(lines.join('\n'));
        }
        break;
      case 'curation':
        if (report.curation.length === 0) out.push(`_${escapeMarkdown(labels.noCuration)}_`);
        for (const d of report.curation) {
          out.push(
            `- **${escapeMarkdown(labels.decision[d.decision])}**: \`${d.id}\` (${escapeMarkdown(d.sourceIds.map((s) => index.sources.get(s)?.key ?? s).join(' → '))})`,
          );
          for (const n of d.notes) out.push(indented(n, '  '));
        }
        break;
      case 'verification':
        out.push(
          escapeMarkdown(labels.verifyHashes),
          '',
          '```',
          checksumList(report),
          '```',
          '',
          escapeMarkdown(labels.verifyExcerpts),
          '',
          escapeMarkdown(fill(labels.verifyJson, { format: REPORT_FORMAT_NAME, schema: REPORT_SCHEMA_VERSION })),
        );
        break;
    }
  }
  out.push('', '---', '', escapeMarkdown(`${generated} · ${REPORT_FORMAT_NAME} ${REPORT_SCHEMA_VERSION}`), '');
  return out.join('\n');
}
