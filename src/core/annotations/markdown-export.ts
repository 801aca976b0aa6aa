import type { AnnotationView } from '../../shared/annotations';
import { citation, groupBySource, quoteText, statusLabel } from './citation';
import type { ExportSource } from './jsonld-export';

export interface MarkdownOptions {
  readonly generated: string;
  readonly sourceOf: (sourceId: string) => ExportSource | undefined;
}

/**
 * Annotations as a Markdown document for reading and sharing: one section per source (in the
 * order given, which is reading order), each annotation with its quote, its note, its tags and
 * colour, its anchoring status and a citation to verify it by. Deleted annotations are left out.
 */
export function exportMarkdown(views: readonly AnnotationView[], options: MarkdownOptions): string {
  const live = views.filter((v) => v.annotation.deleted === undefined);
  const out: string[] = [
    '# Annotations',
    '',
    `Exported from Synopsis on ${options.generated}: ${live.length} annotation${live.length === 1 ? '' : 's'}.`,
  ];
  for (const [sourceId, group] of groupBySource(live)) {
    const source = options.sourceOf(sourceId);
    out.push('', `## ${oneLine(source?.title ?? sourceId)}`, '');
    out.push(`Source \`${sourceId}\`${source ? `, SHA-256 \`${source.sha256}\`` : ' (not in the open corpus)'}.`);
    group.forEach((v, i) => {
      const a = v.annotation;
      out.push('', `### ${i + 1}. ${headline(v)}`, '');
      const quote = quoteText(a);
      if (quote !== '') out.push(...quote.split(/\r?\n/).map((line) => `> ${line}`), '');
      if (a.body.note.trim() !== '') out.push(a.body.note.trim(), '');
      const facts = [`Colour: ${a.body.color}`, `Status: ${statusLabel(v.anchor)}`];
      if (a.body.tags.length > 0) facts.unshift(`Tags: ${a.body.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' ')}`);
      out.push(`${facts.join(' · ')}  `, `Cite: ${citation(a, options.sourceOf)}. Annotated ${a.created.slice(0, 10)}, id \`${a.id}\`.`);
    });
  }
  return `${out.join('\n')}\n`;
}

function headline(v: AnnotationView): string {
  const quote = oneLine(quoteText(v.annotation));
  const text = quote !== '' ? quote : oneLine(v.annotation.body.note);
  const short = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return short === '' ? 'Annotation' : short;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
