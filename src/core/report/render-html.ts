import type { DiffOp } from '../../shared/commitments';
import { themesOf, type Codebook } from '../concepts/codebook';
import { fill, type ReportLabels } from './labels';
import { estimateWidth, matrixLayout, matrixSvg } from './matrix';
import { REPORT_FORMAT_NAME, REPORT_SCHEMA_VERSION, type Report, type ReportCommitment, type ReportLink, type ReportStep } from './model';
import {
  annotationTargetText,
  citationText,
  commitmentFacts,
  commitmentRef,
  checksumList,
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
  spacedDiff,
  themeColumns,
  themesWithCommitments,
  twinOf,
  type ReportIndex,
} from './wording';

/**
 * The HTML report: one self-contained file an archivist can open in any browser, today or in
 * 2040, without Synopsis. Styles are inline, the matrix is inline SVG, there is no script and
 * nothing to fetch: a Content-Security-Policy of `default-src 'none'` makes sure of it even if a
 * quoted text held something that looks like markup (everything is escaped anyway). The only
 * links are anchors within the page. Printable: page breaks before sections, none inside a
 * commitment. Insertions are underlined (`<ins>`) and deletions struck through (`<del>`), so diffs
 * survive black-and-white printing.
 */

const CSS = `
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Noto Sans", Helvetica, Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111; background: #fff; max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 .5rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 .6rem; border-bottom: 2px solid #111; padding-bottom: .2rem; }
h3 { font-size: 1.15rem; margin: 1.4rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
header.title { border-bottom: 3px double #111; padding-bottom: 1rem; margin-bottom: 1.5rem; }
ul.plain { list-style: none; padding-left: 0; }
.muted { color: #444; }
dl.fields { display: grid; grid-template-columns: minmax(9rem, max-content) 1fr; gap: .15rem 1rem; margin: .3rem 0 1rem; }
dl.fields dt { font-weight: bold; }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
.conflict { border-left: 4px solid #111; padding-left: .5rem; font-weight: bold; }
.hash { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .92em; }
figure { margin: 1rem 0; overflow-x: auto; }
figcaption { font-size: .92em; margin-top: .4rem; }
table.side { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.side th, table.side td { border: 1px solid #888; padding: .35rem .45rem; vertical-align: top; text-align: left; }
table.side th { background: #eee; font-size: .92em; }
.commitment { margin: 0 0 .7rem; padding-bottom: .5rem; border-bottom: 1px dotted #888; break-inside: avoid; }
.commitment:last-child { border-bottom: 0; }
.facts { font-size: .88em; color: #333; margin: 0 0 .2rem; }
.curated { font-weight: bold; border: 1px solid #111; padding: 0 .25rem; font-size: .85em; }
blockquote { margin: .2rem 0; padding-left: .5rem; border-left: 3px solid #999; }
.twin { margin: .2rem 0; font-style: italic; }
.twin q { quotes: none; }
.ref { font-size: 1.05em; margin-right: .3rem; }
.cite { font-size: .82em; color: #333; margin: .2rem 0 0; overflow-wrap: anywhere; }
.id { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; }
.link { margin: .4rem 0; padding: .3rem .6rem; border: 1px solid #bbb; break-inside: avoid; }
.link p { margin: .15rem 0; }
.diff { margin: .3rem 0 0; }
ins { text-decoration: underline; text-decoration-thickness: 2px; background: #e6f4e6; }
del { text-decoration: line-through; text-decoration-thickness: 2px; background: #f8e4e4; }
.note { white-space: pre-wrap; }
nav.toc ol { padding-left: 1.4rem; }
footer { margin-top: 3rem; border-top: 1px solid #111; padding-top: .5rem; font-size: .85em; }
a { color: inherit; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  h2 { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  ins { background: none; }
  del { background: none; }
  nav.toc a { text-decoration: none; }
}
`;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A fragment id from any id (block and commitment ids may hold characters ids should not). */
export function anchorId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function fields(rows: readonly [string, string][], extra: (label: string) => string = () => ''): string {
  return `<dl class="fields">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd${extra(k)}>${escapeHtml(v)}</dd>`).join('')}</dl>`;
}

function diffHtml(diff: readonly DiffOp[]): string {
  return spacedDiff(diff)
    .map((d) => {
      switch (d.op) {
        case 'equal':
          return escapeHtml(d.text);
        case 'insert':
          return `<ins>${escapeHtml(d.text)}</ins>`;
        case 'delete':
          return `<del>${escapeHtml(d.text)}</del>`;
      }
    })
    .join('');
}

function langAttr(lang: string): string {
  return lang === 'und' ? '' : ` lang="${lang}"`;
}

/**
 * The fragment id of a commitment's or link's card under a theme: one under each theme it is
 * listed under, so the ids are unique and a link goes to the card under the same theme.
 */
function cardId(prefix: 'c' | 'l', themeId: string, id: string): string {
  return anchorId(prefix, `${themeId}--${id}`);
}

function commitmentHtml(c: ReportCommitment, themeId: string, index: ReportIndex, labels: ReportLabels): string {
  const curated = c.curated ? ` <span class="curated">✓ ${escapeHtml(labels.curatedMark)}</span>` : '';
  const source = index.sources.get(c.sourceId);
  const twin = twinOf(c, index);
  return [
    `<div class="commitment" id="${cardId('c', themeId, c.id)}">`,
    `<p class="facts"><strong class="ref">${escapeHtml(commitmentRef(c.id, index))}</strong> ${commitmentFacts(c, labels, index).map(escapeHtml).join(' · ')}${curated}</p>`,
    `<blockquote${langAttr(c.lang)}>${escapeHtml(c.text)}</blockquote>`,
    twin
      ? `<p class="twin" id="${cardId('c', themeId, twin.id)}"><span class="muted">${escapeHtml(fill(labels.otherLanguage, { lang: twin.lang }))}:</span> <q${langAttr(twin.lang)}>${escapeHtml(twin.text)}</q></p>`
      : '',
    `<p class="cite"><span class="id">${escapeHtml(c.id)}</span> — ${escapeHtml(citationText(c.citation, source, labels))}</p>`,
    twin
      ? `<p class="cite"><span class="id">${escapeHtml(twin.id)}</span> — ${escapeHtml(citationText(twin.citation, source, labels))}</p>`
      : '',
    '</div>',
  ].join('');
}

function linkHtml(
  link: ReportLink,
  themeId: string,
  index: ReportIndex,
  labels: ReportLabels,
  codebook: Codebook,
  lang: Report['settings']['lang'],
): string {
  const curated = link.curated ? ` <span class="curated">✓ ${escapeHtml(labels.curatedMark)}</span>` : '';
  const to = index.commitments.get(link.to);
  const from = commitmentRef(link.from, index);
  const toRef = commitmentRef(link.to, index);
  return [
    `<div class="link" id="${cardId('l', themeId, link.id)}">`,
    `<p><a href="#${cardId('c', themeId, link.from)}">${escapeHtml(from)}</a> → <a href="#${cardId('c', themeId, link.to)}">${escapeHtml(toRef)}</a>${curated} <span class="facts">${linkFacts(link, labels, codebook, lang).map(escapeHtml).join(' · ')} · <span class="id">${escapeHtml(link.id)}</span></span></p>`,
    diffSaysNothing(link.diff)
      ? `<p class="diff muted"><em>${escapeHtml(fill(labels.noWordDiff, { from, to: toRef }))}</em></p>`
      : `<p class="diff"${to ? langAttr(to.lang) : ''}>${diffHtml(link.diff)}</p>`,
    '</div>',
  ].join('');
}

/** Renders the HTML report, yielding after each theme so a long report never holds the caller up. */
export function* renderHtml(report: Report, codebook: Codebook): Generator<ReportStep, string, void> {
  const labels = labelsOf(report);
  const index = indexReport(report);
  const sections = reportSections(report, labels);
  const withCommitments = themesWithCommitments(report);
  // Where a curation decision's commitment or link is first shown (its card under a theme).
  const firstTheme = new Map<string, string>();
  for (const t of withCommitments) {
    for (const ids of Object.values(t.bySource))
      for (const id of ids) {
        if (!firstTheme.has(`c:${id}`)) firstTheme.set(`c:${id}`, t.id);
        const twin = index.commitments.get(id)?.translationOf;
        if (twin && index.commitments.has(twin) && !firstTheme.has(`c:${twin}`)) firstTheme.set(`c:${twin}`, t.id);
      }
    for (const l of linksOfTheme(t, report.links)) if (!firstTheme.has(`l:${l.id}`)) firstTheme.set(`l:${l.id}`, t.id);
  }
  const firstThemeOf = (kind: 'commitment' | 'link', id: string): string | undefined =>
    firstTheme.get(`${kind === 'commitment' ? 'c' : 'l'}:${id}`);
  const out: string[] = [];
  const title = `${labels.title} — ${report.sources.map((s) => s.key).join(', ')}`;

  out.push(
    '<!DOCTYPE html>',
    `<html lang="${report.settings.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Synopsis ${escapeHtml(report.generator.version)}">`,
    `<meta name="dcterms.created" content="${escapeHtml(report.generated)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="title">',
    `<h1>${escapeHtml(labels.title)}</h1>`,
    `<p><strong>${escapeHtml(labels.comparedSources)}</strong></p>`,
    `<ul class="plain">${report.sources.map((s) => `<li>${escapeHtml(sourceHeading(s))}</li>`).join('')}</ul>`,
    `<p>${escapeHtml(fill(labels.generatedBy, { date: displayInstant(report.generated), version: report.generator.version }))}</p>`,
    `<p class="muted">${escapeHtml(fill(labels.reproducible, { format: REPORT_FORMAT_NAME, schema: REPORT_SCHEMA_VERSION }))}</p>`,
    '</header>',
    `<nav class="toc"><h2 style="break-before:auto">${escapeHtml(labels.contents)}</h2><ol>`,
  );
  for (const s of sections) {
    const sub =
      s.id === 'themes' && withCommitments.length > 0
        ? `<ol>${withCommitments.map((t) => `<li><a href="#${anchorId('theme', t.id)}">${escapeHtml(t.label)}</a></li>`).join('')}</ol>`
        : '';
    out.push(`<li><a href="#${s.id}">${escapeHtml(s.title)}</a>${sub}</li>`);
  }
  out.push('</ol></nav>');

  for (const section of sections) {
    out.push(`<section id="${section.id}">`, `<h2>${escapeHtml(section.title)}</h2>`);
    switch (section.id) {
      case 'sources':
        for (const s of report.sources) {
          out.push(
            `<article id="${anchorId('source', s.id)}">`,
            `<h3>${escapeHtml(s.key)} — ${escapeHtml(s.title)}</h3>`,
            fields(sourceRows(s, labels), (k) =>
              k === labels.fieldDateConflict
                ? ' class="conflict"'
                : k === labels.fieldSha256 || k === labels.fieldExpectedSha256
                  ? ' class="hash"'
                  : '',
            ),
            '</article>',
          );
        }
        break;
      case 'method':
        out.push(
          fields(methodRows(report, labels)),
          `<h3>${escapeHtml(labels.methodSettings)}</h3>`,
          fields(settingsRows(report, labels, themesOf(codebook).length)),
          `<p>${escapeHtml(labels.legendDiff)} <ins>${escapeHtml(labels.sampleInserted)}</ins> <del>${escapeHtml(labels.sampleDeleted)}</del></p>`,
          `<p>${escapeHtml(labels.legendCurated)}</p>`,
          `<p>${escapeHtml(labels.legendRefs)}</p>`,
        );
        break;
      case 'matrix': {
        const layout = matrixLayout(report, labels, (t) => estimateWidth(t, 11), 11);
        const without = report.themes.filter((t) => !withCommitments.includes(t)).map((t) => t.label);
        out.push(
          `<figure>${matrixSvg(layout, labels.sectionMatrix)}<figcaption>${escapeHtml(labels.matrixCaption)} ${report.sources
            .map((s) => `${escapeHtml(s.key)} = ${escapeHtml(s.title)} (${escapeHtml(s.date)})`)
            .join('; ')}.</figcaption></figure>`,
        );
        if (without.length > 0) out.push(`<p>${escapeHtml(fill(labels.themesWithout, { list: without.join(', ') }))}</p>`);
        break;
      }
      case 'themes': {
        let done = 0;
        for (const theme of withCommitments) {
          const { withCommitments: columns, without } = themeColumns(theme, report);
          out.push(
            `<section class="theme" id="${anchorId('theme', theme.id)}">`,
            `<h3>${escapeHtml(theme.label)} <span class="muted">(${escapeHtml(labels.status[theme.status])})</span></h3>`,
            without.length > 0
              ? `<p class="muted">${escapeHtml(fill(labels.noCommitmentsIn, { list: without.map(sourceHeading).join('; ') }))}</p>`
              : '',
            `<table class="side"><thead><tr>${columns.map((s) => `<th scope="col">${escapeHtml(sourceHeading(s))}</th>`).join('')}</tr></thead><tbody><tr>`,
          );
          for (const s of columns) {
            const ids = theme.bySource[s.id] ?? [];
            const cards = ids.map((id) => index.commitments.get(id)).filter((c): c is ReportCommitment => c !== undefined);
            out.push(`<td>${cards.map((c) => commitmentHtml(c, theme.id, index, labels)).join('')}</td>`);
          }
          out.push('</tr></tbody></table>');
          const links = linksOfTheme(theme, report.links);
          out.push(`<h4>${escapeHtml(labels.links)}</h4>`);
          out.push(
            links.length === 0
              ? `<p class="muted">${escapeHtml(labels.noLinks)}</p>`
              : links.map((l) => linkHtml(l, theme.id, index, labels, codebook, report.settings.lang)).join(''),
          );
          out.push('</section>');
          yield { stage: 'rendering', done: ++done, total: withCommitments.length, message: theme.label };
        }
        if (withCommitments.length === 0) out.push(`<p>${escapeHtml(labels.noCommitments)}</p>`);
        break;
      }
      case 'indicators':
        out.push('<ul>');
        for (const i of report.indicators) {
          const theme = report.themes.find((t) => t.id === i.theme)?.label ?? i.theme;
          const values = i.values.map((v) => `${v.label}: ${v.value}`).join('; ');
          out.push(
            `<li><strong>${escapeHtml(theme)}</strong> — ${escapeHtml(i.code ? `${i.code} ` : '')}${escapeHtml(i.label)}: ${escapeHtml(values)} <span class="cite">(${escapeHtml(index.sources.get(i.sourceId)?.key ?? i.sourceId)}, ${escapeHtml(i.blockId)})</span></li>`,
          );
        }
        out.push('</ul>');
        break;
      case 'annotations':
        if (report.annotations.length === 0) out.push(`<p class="muted">${escapeHtml(labels.noAnnotations)}</p>`);
        for (const a of report.annotations) {
          const quote = a.target.kind === 'passage' ? `<blockquote>${escapeHtml(a.target.quote)}</blockquote>` : '';
          const rows: [string, string][] = [];
          if (a.note !== '') rows.push([labels.fieldNote, a.note]);
          if (a.tags.length > 0) rows.push([labels.fieldTags, a.tags.join(', ')]);
          rows.push([labels.fieldAnchoring, labels.anchoring[a.status]]);
          out.push(
            `<div class="commitment" id="${anchorId('a', a.id)}">${quote}`,
            fields(rows, (k) => (k === labels.fieldNote ? ' class="note"' : '')),
            `<p class="cite"><span class="id">${escapeHtml(a.id)}</span> — ${escapeHtml(annotationTargetText(a, index, labels))} · ${escapeHtml(displayInstant(a.modified))}</p></div>`,
          );
        }
        break;
      case 'curation':
        if (report.curation.length === 0) out.push(`<p class="muted">${escapeHtml(labels.noCuration)}</p>`);
        else {
          out.push('<ul>');
          for (const d of report.curation) {
            const shownUnder = firstThemeOf(d.kind, d.id);
            const target = shownUnder ? `#${cardId(d.kind === 'commitment' ? 'c' : 'l', shownUnder, d.id)}` : undefined;
            const notes = d.notes.map((n) => `<br><span class="note">${escapeHtml(n)}</span>`).join('');
            out.push(
              `<li><strong>${escapeHtml(labels.decision[d.decision])}</strong>: ${target ? `<a href="${target}" class="id">${escapeHtml(d.id)}</a>` : `<span class="id">${escapeHtml(d.id)}</span>`} (${escapeHtml(d.sourceIds.map((s) => index.sources.get(s)?.key ?? s).join(' → '))})${notes}</li>`,
            );
          }
          out.push('</ul>');
        }
        break;
      case 'verification':
        out.push(
          `<p>${escapeHtml(labels.verifyHashes)}</p>`,
          `<pre class="hash">${escapeHtml(checksumList(report))}</pre>`,
          `<p>${escapeHtml(labels.verifyExcerpts)}</p>`,
          `<p>${escapeHtml(fill(labels.verifyJson, { format: REPORT_FORMAT_NAME, schema: REPORT_SCHEMA_VERSION }))}</p>`,
        );
        break;
    }
    out.push('</section>');
  }
  out.push(
    `<footer>${escapeHtml(fill(labels.generatedBy, { date: displayInstant(report.generated), version: report.generator.version }))} · ${escapeHtml(REPORT_FORMAT_NAME)} ${REPORT_SCHEMA_VERSION} · ${escapeHtml(labels.methodCodebook)} ${escapeHtml(report.method.codebookVersion)}</footer>`,
    '</body>',
    '</html>',
    '',
  );
  return out.join('\n');
}
