import type { Annotation, AnnotationColor, AnnotationTarget, PassageTarget } from '../../shared/annotations';
import { assertNever } from '../../shared/errors';

/** The W3C Web Annotation JSON-LD context: named, never fetched. */
export const W3C_ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** CSS class prefix for highlight colours in exported stylesheets (`synopsis-yellow`…). */
export const STYLE_CLASS_PREFIX = 'synopsis-';

/** Light highlight colours for exported stylesheets; the app itself uses theme-aware ones. */
export const EXPORT_COLOR_CSS: Readonly<Record<AnnotationColor, string>> = {
  yellow: '#fff3a3',
  green: '#c8f0c0',
  blue: '#c6e2ff',
  pink: '#ffd0e4',
  purple: '#e2d4ff',
};

/** What an export says about a source: enough to cite it and find it again elsewhere. */
export interface ExportSource {
  readonly id: string;
  readonly title: string;
  readonly sha256: string;
}

export interface JsonLdOptions {
  readonly generated: string;
  readonly generator: { readonly name: string; readonly version: string };
  readonly sourceOf: (sourceId: string) => ExportSource | undefined;
}

/**
 * Annotations as a W3C Web Annotation `AnnotationCollection` with its `items`. Each target names
 * its source by `urn:sha256:<hash of the source file>` (found again in any installation that has
 * the same file) and carries Synopsis' own `sourceId`, `blockId` and `ingestVersion` beside the
 * standard selectors. Positions are Unicode code points into the block's text. Deleted
 * annotations are not exported.
 */
export function toJsonLd(annotations: readonly Annotation[], options: JsonLdOptions): Record<string, unknown> {
  const items = annotations.filter((a) => a.deleted === undefined).map((a) => annotationToJsonLd(a, options.sourceOf));
  return {
    '@context': W3C_ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Synopsis annotations',
    generator: { type: 'Software', name: options.generator.name, version: options.generator.version },
    generated: options.generated,
    total: items.length,
    items,
  };
}

/** The JSON-LD collection as text, as it is written to a file. */
export function exportJsonLd(annotations: readonly Annotation[], options: JsonLdOptions): string {
  return `${JSON.stringify(toJsonLd(annotations, options), null, 2)}\n`;
}

function annotationToJsonLd(a: Annotation, sourceOf: JsonLdOptions['sourceOf']): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (a.body.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: a.body.note });
  for (const tag of a.body.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const styleClass = `${STYLE_CLASS_PREFIX}${a.body.color}`;
  return {
    id: a.id,
    type: 'Annotation',
    motivation: a.motivation,
    created: a.created,
    modified: a.modified,
    ...(body.length > 0 ? { body } : {}),
    stylesheet: { type: 'CssStylesheet', value: `.${styleClass} { background-color: ${EXPORT_COLOR_CSS[a.body.color]}; }` },
    target: { ...targetToJsonLd(a.target, sourceOf), styleClass },
  };
}

function sourceIri(sourceId: string, sha256: string | undefined, sourceOf: JsonLdOptions['sourceOf']): string {
  const sha = sha256 ?? sourceOf(sourceId)?.sha256;
  return sha ? `urn:sha256:${sha}` : sourceId;
}

function targetToJsonLd(target: AnnotationTarget, sourceOf: JsonLdOptions['sourceOf']): Record<string, unknown> {
  switch (target.kind) {
    case 'passage':
      return passageToJsonLd(target, sourceOf);
    case 'commitment':
      return {
        type: 'SpecificResource',
        source: sourceIri(target.source, undefined, sourceOf),
        sourceId: target.source,
        commitmentId: target.commitmentId,
      };
    case 'link':
      return {
        type: 'SpecificResource',
        source: `urn:synopsis:link:${target.linkId}`,
        linkId: target.linkId,
        sourceIds: target.sources,
        commitmentIds: target.commitmentIds,
      };
    default:
      return assertNever(target);
  }
}

function passageToJsonLd(target: PassageTarget, sourceOf: JsonLdOptions['sourceOf']): Record<string, unknown> {
  const [quote, position] = target.selector;
  const cp = target.codePoints ?? { start: position.start, end: position.end };
  return {
    type: 'SpecificResource',
    source: sourceIri(target.source, target.sourceSha256, sourceOf),
    sourceId: target.source,
    blockId: target.blockId,
    ...(target.ingestVersion !== undefined ? { ingestVersion: target.ingestVersion } : {}),
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        ...(quote.prefix !== undefined ? { prefix: quote.prefix } : {}),
        ...(quote.suffix !== undefined ? { suffix: quote.suffix } : {}),
      },
      { type: 'TextPositionSelector', start: cp.start, end: cp.end },
    ],
  };
}
