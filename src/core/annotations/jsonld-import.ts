import { z } from 'zod';
import {
  ANNOTATION_COLORS,
  ANNOTATION_LIMITS,
  DEFAULT_ANNOTATION_COLOR,
  QUOTE_CONTEXT_LENGTH,
  annotationSchema,
  type Annotation,
  type AnnotationBody,
  type AnnotationColor,
  type AnnotationTarget,
  type ImportReport,
  type ImportSkip,
  type PassageTarget,
} from '../../shared/annotations';
import { ApiError } from '../../shared/errors';
import { makeBody, motivationOf } from './body';
import { STYLE_CLASS_PREFIX } from './jsonld-export';
import type { AnchorDocument } from './target';
import { codePointToUtf16, firstCodePoints, lastCodePoints } from './unicode';

/**
 * Block id given to a passage imported without one (from another tool): anchoring then finds the
 * quote by searching the whole document, as for a passage whose block has changed.
 */
export const UNKNOWN_BLOCK_ID = 'unknown-block';

export interface ImportSource {
  readonly id: string;
  readonly sha256: string;
}

export interface ImportContext {
  /** Annotations already in the store (deleted ones included: an import never resurrects them). */
  readonly existing: readonly Annotation[];
  /** The sources of the open corpus, to resolve `urn:sha256:` and plain-id targets. */
  readonly sources: readonly ImportSource[];
  /** The current document of a source, to turn code-point positions into UTF-16 ones. */
  readonly documentOf: (sourceId: string) => AnchorDocument | undefined;
  readonly newId: () => string;
  readonly now: Date;
}

export interface ImportPlan {
  readonly annotations: readonly Annotation[];
  readonly report: ImportReport;
}

// Lenient on what other installations and tools add; strict on what Synopsis needs.
const textualBody = z.looseObject({
  type: z.string().optional(),
  value: z.string(),
  purpose: z.string().optional(),
  format: z.string().optional(),
});
const selector = z.looseObject({ type: z.string() });
const targetSchema = z.looseObject({
  type: z.string().optional(),
  source: z.union([z.string().min(1), z.looseObject({ id: z.string().min(1) })]),
  selector: z.union([selector, z.array(selector)]).optional(),
  styleClass: z.string().optional(),
  sourceId: z.string().min(1).max(300).optional(),
  blockId: z.string().min(1).max(300).optional(),
  ingestVersion: z.number().int().min(0).optional(),
  commitmentId: z.string().min(1).max(300).optional(),
  linkId: z.string().min(1).max(300).optional(),
  sourceIds: z.tuple([z.string().min(1).max(300), z.string().min(1).max(300)]).optional(),
  commitmentIds: z.tuple([z.string().min(1).max(300), z.string().min(1).max(300)]).optional(),
});
const itemSchema = z.looseObject({
  id: z.string().min(1).optional(),
  type: z.union([z.string(), z.array(z.string())]).optional(),
  motivation: z.union([z.string(), z.array(z.string())]).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: z.union([z.string(), textualBody, z.array(z.union([z.string(), textualBody]))]).optional(),
  bodyValue: z.string().optional(),
  target: z.union([z.string(), targetSchema, z.array(z.union([z.string(), targetSchema])).min(1)]),
});
const quoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
const positionSelector = z.looseObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

/** The items of what was given: a collection (with `items` or a `first` page), a list, or one annotation. */
export function collectionItems(content: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    throw new ApiError(
      'bad-input',
      `The file is not valid JSON (${(err as Error).message}). Export W3C JSON-LD from Synopsis or another tool and import that.`,
    );
  }
  if (Array.isArray(data)) return data;
  if (typeof data === 'object' && data !== null) {
    const d = data as Record<string, unknown>;
    if (Array.isArray(d.items)) return d.items;
    const first = d.first as Record<string, unknown> | undefined;
    if (first && typeof first === 'object' && Array.isArray(first.items)) return first.items;
    if (d.type === 'Annotation' || d.target !== undefined) return [d];
    if (d.type === 'AnnotationCollection') return [];
  }
  throw new ApiError(
    'bad-input',
    'The file holds no W3C annotations: expected an AnnotationCollection with "items", a list of annotations, or one annotation.',
  );
}

/**
 * Plans an import of W3C Web Annotation JSON-LD: each item is validated on its own (one bad
 * item is skipped with its reason, the rest still come in), its source found by id or by
 * `urn:sha256:<hash>` in the open corpus, and items already present (same id, or same target
 * and body) counted as duplicates rather than doubled. Pure: the host adds the planned
 * annotations to the store, where they are anchored like any other.
 */
export function planImport(content: string, ctx: ImportContext): ImportPlan {
  const items = collectionItems(content);
  const ids = new Set(ctx.existing.map((a) => a.id));
  const keys = new Set(ctx.existing.map(duplicateKey));
  const annotations: Annotation[] = [];
  const skipped: ImportSkip[] = [];
  let duplicates = 0;
  items.forEach((item, index) => {
    const result = convertItem(item, ctx);
    if (result.kind === 'skip') {
      skipped.push({ index, ...(result.id !== undefined ? { id: result.id } : {}), reason: result.reason });
      return;
    }
    const a = result.annotation;
    const key = duplicateKey(a);
    if (ids.has(a.id) || keys.has(key)) {
      duplicates++;
      return;
    }
    ids.add(a.id);
    keys.add(key);
    annotations.push(a);
  });
  return { annotations, report: { imported: annotations.length, importedIds: annotations.map((a) => a.id), skipped, duplicates } };
}

/** Two annotations are the same if they say the same thing about the same text. */
export function duplicateKey(a: Annotation): string {
  const t = a.target;
  const where =
    t.kind === 'passage'
      ? ['p', t.source, t.selector[0].exact, t.selector[0].prefix ?? null, t.selector[0].suffix ?? null]
      : t.kind === 'commitment'
        ? ['c', t.source, t.commitmentId]
        : ['l', t.linkId];
  return JSON.stringify([...where, a.body.note.trim(), [...a.body.tags].sort(), a.body.color]);
}

type Converted = { kind: 'ok'; annotation: Annotation } | { kind: 'skip'; id?: string; reason: string };

function convertItem(item: unknown, ctx: ImportContext): Converted {
  const parsed = itemSchema.safeParse(item);
  const rawId = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  const idForReport = typeof rawId === 'string' ? rawId : undefined;
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return {
      kind: 'skip',
      ...(idForReport ? { id: idForReport } : {}),
      reason: `Not a valid W3C annotation${where}: ${issue?.message ?? 'rejected'}.`,
    };
  }
  const it = parsed.data;
  const types = it.type === undefined ? [] : Array.isArray(it.type) ? it.type : [it.type];
  if (types.length > 0 && !types.includes('Annotation') && !types.includes('oa:Annotation')) {
    return { kind: 'skip', ...(idForReport ? { id: idForReport } : {}), reason: `The item is a ${types.join('/')}, not an Annotation.` };
  }
  const rawTarget = Array.isArray(it.target) ? it.target[0]! : it.target;
  if (typeof rawTarget === 'string') {
    return {
      kind: 'skip',
      ...(idForReport ? { id: idForReport } : {}),
      reason: 'The target is a bare IRI with no selector: there is no passage to attach the annotation to.',
    };
  }
  let target: AnnotationTarget;
  let body: AnnotationBody;
  try {
    target = convertTarget(rawTarget, ctx);
    body = convertBody(it.body, it.bodyValue, colorOf(rawTarget.styleClass));
  } catch (err) {
    return { kind: 'skip', ...(idForReport ? { id: idForReport } : {}), reason: err instanceof Error ? err.message : String(err) };
  }
  const id = it.id !== undefined && it.id.length <= 300 ? it.id : ctx.newId();
  const created = isoOr(it.created, ctx.now);
  const modified = isoOr(it.modified, new Date(created));
  const annotation: Annotation = {
    id,
    motivation: motivationOf(body),
    body,
    target,
    created,
    modified: modified < created ? created : modified,
  };
  const checked = annotationSchema.safeParse(annotation);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { kind: 'skip', id, reason: `The annotation does not fit Synopsis' limits at ${issue?.path.join('.')}: ${issue?.message}.` };
  }
  return { kind: 'ok', annotation };
}

function convertTarget(t: z.infer<typeof targetSchema>, ctx: ImportContext): AnnotationTarget {
  const source = typeof t.source === 'string' ? t.source : t.source.id;
  if (t.linkId !== undefined) {
    if (!t.sourceIds || !t.commitmentIds) throw new Error(`The link target ${t.linkId} lacks its two sources or commitments.`);
    return { kind: 'link', linkId: t.linkId, sources: t.sourceIds, commitmentIds: t.commitmentIds };
  }
  const sourceId = resolveSource(source, t.sourceId, ctx);
  if (t.commitmentId !== undefined) return { kind: 'commitment', source: sourceId, commitmentId: t.commitmentId };
  const selectors = t.selector === undefined ? [] : Array.isArray(t.selector) ? t.selector : [t.selector];
  const quote = selectors.map((s) => quoteSelector.safeParse(s)).find((r) => r.success)?.data;
  if (!quote) throw new Error('The target has no TextQuoteSelector: Synopsis anchors passages by their quoted text.');
  if (quote.exact.length > ANNOTATION_LIMITS.quote) throw new Error(`The quote is longer than ${ANNOTATION_LIMITS.quote} characters.`);
  const position = selectors.map((s) => positionSelector.safeParse(s)).find((r) => r.success)?.data;
  const blockId = t.blockId ?? UNKNOWN_BLOCK_ID;
  const doc = ctx.documentOf(sourceId);
  const blockIndex = doc ? doc.blocks.findIndex((b) => b.id === blockId) : -1;
  const block = blockIndex >= 0 ? doc?.blocks[blockIndex] : undefined;
  // Positions in the file are code points; inside they are UTF-16, converted on the block's text when it is there.
  const cp = position && position.end >= position.start ? { start: position.start, end: position.end } : undefined;
  const utf16 = cp
    ? block
      ? { start: codePointToUtf16(block.text, cp.start), end: codePointToUtf16(block.text, cp.end) }
      : cp
    : { start: 0, end: 0 };
  const sha = source.startsWith('urn:sha256:') ? source.slice('urn:sha256:'.length).toLowerCase() : undefined;
  const target: PassageTarget = {
    kind: 'passage',
    source: sourceId,
    ...(sha && /^[0-9a-f]{64}$/.test(sha) ? { sourceSha256: sha } : {}),
    ...(t.ingestVersion !== undefined ? { ingestVersion: t.ingestVersion } : {}),
    blockId,
    ...(blockIndex >= 0 ? { blockIndex } : {}),
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        ...(quote.prefix !== undefined ? { prefix: lastCodePoints(quote.prefix, QUOTE_CONTEXT_LENGTH) } : {}),
        ...(quote.suffix !== undefined ? { suffix: firstCodePoints(quote.suffix, QUOTE_CONTEXT_LENGTH) } : {}),
      },
      { type: 'TextPositionSelector', start: utf16.start, end: utf16.end },
    ],
    ...(cp ? { codePoints: cp } : {}),
  };
  return target;
}

/** The source id of the open corpus a target's `source` names, by id or by SHA-256 of the file. */
function resolveSource(source: string, sourceIdHint: string | undefined, ctx: ImportContext): string {
  if (source.startsWith('urn:sha256:')) {
    const sha = source.slice('urn:sha256:'.length).toLowerCase();
    const bySha = ctx.sources.find((s) => s.sha256 === sha);
    if (bySha) return bySha.id;
    // The file changed since the export: the same source id still finds it, and anchoring re-finds the passage.
    if (sourceIdHint !== undefined && ctx.sources.some((s) => s.id === sourceIdHint)) return sourceIdHint;
    throw new Error(
      `No source of the open corpus has SHA-256 ${sha.slice(0, 12)}…${sourceIdHint ? ` or the id "${sourceIdHint}"` : ''}. Open the corpus the annotation was made on, then import again.`,
    );
  }
  if (ctx.sources.some((s) => s.id === source)) return source;
  if (sourceIdHint !== undefined && ctx.sources.some((s) => s.id === sourceIdHint)) return sourceIdHint;
  throw new Error(`No source "${source}" in the open corpus. Open the corpus the annotation was made on, then import again.`);
}

function convertBody(body: z.infer<typeof itemSchema>['body'], bodyValue: string | undefined, color: AnnotationColor): AnnotationBody {
  const parts = body === undefined ? [] : Array.isArray(body) ? body : [body];
  const notes: string[] = bodyValue !== undefined && bodyValue.trim() !== '' ? [bodyValue] : [];
  const tags: string[] = [];
  for (const p of parts) {
    if (typeof p === 'string') continue; // A body that is only an IRI: nothing Synopsis can show.
    if (p.purpose === 'tagging') tags.push(p.value);
    else if (p.value.trim() !== '') notes.push(p.value);
  }
  try {
    return makeBody({ note: notes.join('\n\n'), tags, color });
  } catch (err) {
    throw new Error(err instanceof ApiError ? err.message : String(err));
  }
}

function colorOf(styleClass: string | undefined): AnnotationColor {
  if (styleClass === undefined) return DEFAULT_ANNOTATION_COLOR;
  for (const cls of styleClass.split(/\s+/)) {
    const name = cls.startsWith(STYLE_CLASS_PREFIX) ? cls.slice(STYLE_CLASS_PREFIX.length) : cls;
    if ((ANNOTATION_COLORS as readonly string[]).includes(name)) return name as AnnotationColor;
  }
  return DEFAULT_ANNOTATION_COLOR;
}

function isoOr(value: string | undefined, fallback: Date): string {
  const t = value === undefined ? Number.NaN : Date.parse(value);
  return new Date(Number.isFinite(t) ? t : fallback.getTime()).toISOString();
}
