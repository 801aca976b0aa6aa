import search from 'approx-string-match';
import type { Anchor, Annotation, PassageTarget } from '../../shared/annotations';
import { assertNever } from '../../shared/errors';
import type { AnchorDocument } from './target';

/**
 * The score below which a candidate place is not trusted: the annotation is then `orphaned`
 * rather than attached to text that may not be what was annotated. The property tests in
 * tests/unit/core/annotations/anchor.property.test.ts hold that no candidate at or above it is
 * in the wrong place; docs/annotations.md states it for users.
 */
export const MIN_ANCHOR_SCORE = 0.75;

/** Quotes shorter than this are only searched exactly: approximate matches of a few letters are noise. */
export const MIN_FUZZY_QUOTE_LENGTH = 8;

/** The largest share of a quote's characters an approximate match may get wrong. */
export const MAX_QUOTE_ERROR_RATE = 0.35;

/**
 * Weights of the evidence that a place is the annotated one: the quote itself first, then the
 * text around it, then how near it is to where the annotation was (after Hypothesis' client,
 * which anchors the same selectors the same way).
 */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const WEIGHT_TOTAL = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

/**
 * Similarity given to a side whose context was never recorded (annotations imported from tools
 * that keep only the quote): neither for nor against, so an exact quote alone still anchors.
 */
const UNKNOWN_CONTEXT = 0.5;

/** An exact match whose context agrees this well is taken without looking for fuzzy ones. */
const CONFIDENT_EXACT_SCORE = 0.95;
/** Bounds on the work for very common quotes. */
const MAX_EXACT_CANDIDATES = 5000;
const MAX_FUZZY_MATCHES_PER_BLOCK = 200;

interface Candidate {
  readonly blockIndex: number;
  readonly start: number;
  readonly end: number;
  readonly errors: number;
  readonly score: number;
  readonly nearness: number;
}

/**
 * Finds where an annotation's passage is in the document as it is now. In order: the same block
 * and position with the same text (`anchored`); the exact quote elsewhere, the context on either
 * side and the nearness to the old place choosing among repeats (`moved`); an approximate match of
 * the quote (`changed`, old and new text given for the user to accept); else `orphaned`, never
 * dropped. Every candidate is scored in [0, 1]; none below MIN_ANCHOR_SCORE is used.
 */
export function anchorPassage(target: PassageTarget, doc: AnchorDocument | undefined): Anchor {
  if (!doc) {
    return {
      kind: 'orphaned',
      reason: `The source "${target.source}" is not in the open corpus. Open the corpus that has it, or re-attach the annotation.`,
    };
  }
  const [quote, position] = target.selector;
  const oldIndex = doc.blocks.findIndex((b) => b.id === target.blockId);
  const oldBlock = doc.blocks[oldIndex];
  if (oldBlock && oldBlock.text.slice(position.start, position.end) === quote.exact) {
    return { kind: 'anchored', blockId: oldBlock.id, start: position.start, end: position.end };
  }
  const reference = oldIndex >= 0 ? oldIndex : target.blockIndex;
  const scorer = makeScorer(target, doc, reference);

  let best: Candidate | undefined;
  const consider = (c: Candidate): void => {
    if (!best || c.score > best.score || (c.score === best.score && c.nearness > best.nearness)) best = c;
  };

  let exactCount = 0;
  for (let i = 0; i < doc.blocks.length && exactCount < MAX_EXACT_CANDIDATES; i++) {
    const text = doc.blocks[i]!.text;
    for (let at = text.indexOf(quote.exact); at >= 0 && exactCount < MAX_EXACT_CANDIDATES; at = text.indexOf(quote.exact, at + 1)) {
      exactCount++;
      consider(scorer(i, at, at + quote.exact.length, 0));
    }
  }

  const quoteLength = quote.exact.length;
  if ((!best || best.score < CONFIDENT_EXACT_SCORE) && quoteLength >= MIN_FUZZY_QUOTE_LENGTH) {
    const maxErrors = Math.floor(quoteLength * MAX_QUOTE_ERROR_RATE);
    for (let i = 0; i < doc.blocks.length; i++) {
      const text = doc.blocks[i]!.text;
      if (text.length < quoteLength - maxErrors) continue;
      for (const m of fuzzyMatches(text, quote.exact, maxErrors)) consider(scorer(i, m.start, m.end, m.errors));
    }
  }

  if (!best || best.score < MIN_ANCHOR_SCORE) {
    return {
      kind: 'orphaned',
      reason: best
        ? `The quoted text was not found in the current version of the source; the closest passage scored ${round(best.score)}, below the minimum ${MIN_ANCHOR_SCORE}.`
        : 'The quoted text was not found in the current version of the source.',
      ...(best ? { bestScore: round(best.score) } : {}),
    };
  }
  const block = doc.blocks[best.blockIndex]!;
  const found = block.text.slice(best.start, best.end);
  if (found === quote.exact) {
    return { kind: 'moved', blockId: block.id, start: best.start, end: best.end, score: round(best.score) };
  }
  return {
    kind: 'changed',
    blockId: block.id,
    start: best.start,
    end: best.end,
    score: round(best.score),
    oldText: quote.exact,
    newText: found,
  };
}

/** Anchors any annotation; commitment and link targets are resolved by the modules that own them. */
export function anchorAnnotation(annotation: Annotation, documentOf: (sourceId: string) => AnchorDocument | undefined): Anchor {
  const target = annotation.target;
  switch (target.kind) {
    case 'passage':
      return anchorPassage(target, documentOf(target.source));
    case 'commitment':
      return { kind: 'unchecked', reason: `Annotates commitment ${target.commitmentId}; checked where commitments are extracted.` };
    case 'link':
      return { kind: 'unchecked', reason: `Annotates link ${target.linkId}; checked in the Compare view.` };
    default:
      return assertNever(target);
  }
}

function makeScorer(
  target: PassageTarget,
  doc: AnchorDocument,
  reference: number | undefined,
): (blockIndex: number, start: number, end: number, errors: number) => Candidate {
  const [quote, position] = target.selector;
  return (blockIndex, start, end, errors) => {
    const text = doc.blocks[blockIndex]!.text;
    const quoteSim = 1 - errors / quote.exact.length;
    // An empty context means the quote began (or ended) its block: one character tells if it still does.
    const prefixSim =
      quote.prefix === undefined
        ? UNKNOWN_CONTEXT
        : contextSimilarity(quote.prefix, text.slice(Math.max(0, start - Math.max(1, quote.prefix.length)), start));
    const suffixSim =
      quote.suffix === undefined
        ? UNKNOWN_CONTEXT
        : contextSimilarity(quote.suffix, text.slice(end, end + Math.max(1, quote.suffix.length)));
    const nearness = nearnessOf(reference, blockIndex, start, position.start, text.length);
    const score =
      (WEIGHT.quote * quoteSim + WEIGHT.prefix * prefixSim + WEIGHT.suffix * suffixSim + WEIGHT.position * nearness) / WEIGHT_TOTAL;
    return { blockIndex, start, end, errors, score, nearness };
  };
}

/**
 * Approximate matches of the quote in a block, the best of each stretch of the text: the library
 * returns only the matches with the fewest errors in what it is given, so one close look-alike
 * would otherwise hide the real, more edited passage elsewhere in a long block. Overlapping
 * windows of twice the quote's length make sure every stretch offers its own best.
 */
function fuzzyMatches(text: string, quote: string, maxErrors: number): { start: number; end: number; errors: number }[] {
  const span = 2 * quote.length + maxErrors;
  const found = new Map<string, { start: number; end: number; errors: number }>();
  const add = (offset: number, chunk: string): void => {
    for (const m of search(chunk, quote, maxErrors)) {
      if (m.end <= m.start) continue;
      const key = `${offset + m.start}:${offset + m.end}`;
      if (!found.has(key)) found.set(key, { start: offset + m.start, end: offset + m.end, errors: m.errors });
    }
  };
  if (text.length <= span + quote.length) add(0, text);
  else for (let at = 0; at < text.length; at += quote.length) add(at, text.slice(at, at + span));
  return [...found.values()].sort((a, b) => a.errors - b.errors).slice(0, MAX_FUZZY_MATCHES_PER_BLOCK);
}

/**
 * How well the text beside a candidate agrees with the stored context, in [0, 1]. Stored context
 * that is empty (the quote began or ended its block) agrees with a block edge and nothing else.
 */
function contextSimilarity(expected: string, actual: string): number {
  if (expected.length === 0) return actual.length === 0 ? 1 : 0;
  if (actual.length === 0) return 0;
  let errors = expected.length;
  for (const m of search(actual, expected, expected.length)) errors = Math.min(errors, m.errors);
  return 1 - errors / expected.length;
}

/** 1 at the old place, falling with distance; other blocks score below any place in the old block. */
function nearnessOf(reference: number | undefined, blockIndex: number, start: number, oldStart: number, length: number): number {
  if (reference === undefined) return 0.5;
  if (blockIndex === reference) return 1 - 0.5 * Math.min(1, Math.abs(start - oldStart) / Math.max(1, length));
  return 0.5 * (1 - Math.min(100, Math.abs(blockIndex - reference)) / 100);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
