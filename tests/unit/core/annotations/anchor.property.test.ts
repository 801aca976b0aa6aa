import { readFileSync } from 'node:fs';
import path from 'node:path';
import search from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorPassage, MIN_ANCHOR_SCORE, passageTargetAt } from '../../../../src/core/annotations';
import { ingestText } from '../../../../src/core/ingest';
import type { Anchor } from '../../../../src/shared/annotations';
import { docOf } from './helpers';

/**
 * Random edits around an annotated quote (elsewhere in its block, in other blocks, in the quote
 * itself, blocks added and removed) never anchor it to the wrong place: whenever the result is
 * not `orphaned` (so its score is at least MIN_ANCHOR_SCORE), it lies in the block that now holds
 * the annotated text and overlaps what is left of that text.
 */

const VOCABULARY = Array.from({ length: 300 }, (_, i) => {
  // Deterministic pseudo-words with accents, 2–10 letters.
  const letters = 'abcdefghijklmnopqrstuvwxyzéèàçô';
  let x = (i + 1) * 2654435761;
  let w = '';
  const len = 2 + (i % 9);
  for (let k = 0; k < len; k++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    w += letters[x % letters.length];
  }
  return w;
});

const words = (min: number, max: number) =>
  fc.array(fc.constantFrom(...VOCABULARY), { minLength: min, maxLength: max }).map((ws) => ws.join(' '));

/**
 * Text the edits add: from another alphabet than the documents', so an edit never writes a second
 * copy of the annotated text (which would make "the right place" ambiguous).
 */
const OTHER_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#$%&*+<=>?[]{}|~ .,;:'.split('');
const foreign = (min: number, max: number) =>
  fc.array(fc.constantFrom(...OTHER_ALPHABET), { minLength: min, maxLength: max }).map((cs) => cs.join(''));

type Edit =
  | { kind: 'insert'; block: number; at: number; text: string }
  | { kind: 'delete'; block: number; at: number; length: number }
  | { kind: 'insert-in-quote'; at: number; text: string }
  | { kind: 'delete-in-quote'; at: number; length: number }
  | { kind: 'add-block'; at: number; text: string }
  | { kind: 'remove-block'; at: number };

/** Positions as fractions of whatever they fall in, resolved when the edit is applied. */
const unit = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** Edits written in the document's own words: may create look-alikes, so the test checks for them after editing. */
const nativeEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), block: unit, at: unit, text: words(1, 6) }),
  fc.record({ kind: fc.constant('delete' as const), block: unit, at: unit, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert-in-quote' as const), at: unit, text: words(1, 2) }),
  fc.record({ kind: fc.constant('delete-in-quote' as const), at: unit, length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('add-block' as const), at: unit, text: words(3, 30) }),
  fc.record({ kind: fc.constant('remove-block' as const), at: unit }),
);

/** Edits written in another alphabet: can never create a second copy of the annotated text. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), block: unit, at: unit, text: foreign(1, 40) }),
  fc.record({ kind: fc.constant('delete' as const), block: unit, at: unit, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert-in-quote' as const), at: unit, text: foreign(1, 6) }),
  fc.record({ kind: fc.constant('delete-in-quote' as const), at: unit, length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('add-block' as const), at: unit, text: foreign(10, 200) }),
  fc.record({ kind: fc.constant('remove-block' as const), at: unit }),
);

interface State {
  texts: string[];
  /** Index of the block holding the annotated text, or -1 once it is removed. */
  block: number;
  start: number;
  end: number;
}

function mapDeleted(p: number, ds: number, de: number): number {
  return p < ds ? p : p < de ? ds : p - (de - ds);
}

/** Applies an edit, tracking where the annotated text went. */
function apply(s: State, e: Edit): State {
  const texts = [...s.texts];
  const pick = (u: number, n: number) => Math.min(n - 1, Math.floor(u * n));
  switch (e.kind) {
    case 'insert':
    case 'delete': {
      if (texts.length === 0) return s;
      const b = pick(e.block, texts.length);
      const text = texts[b]!;
      const at = Math.floor(e.at * (text.length + 1));
      if (e.kind === 'insert') {
        texts[b] = text.slice(0, at) + e.text + text.slice(at);
        if (b !== s.block) return { ...s, texts };
        const L = e.text.length;
        return { texts, block: b, start: at <= s.start ? s.start + L : s.start, end: at <= s.start || at < s.end ? s.end + L : s.end };
      }
      const de = Math.min(text.length, at + e.length);
      if (de <= at) return s;
      texts[b] = text.slice(0, at) + text.slice(de);
      if (b !== s.block) return { ...s, texts };
      return { texts, block: b, start: mapDeleted(s.start, at, de), end: mapDeleted(s.end, at, de) };
    }
    case 'insert-in-quote':
    case 'delete-in-quote': {
      if (s.block < 0 || s.end <= s.start) return s;
      const text = texts[s.block]!;
      const at = s.start + Math.floor(e.at * (s.end - s.start));
      if (e.kind === 'insert-in-quote') {
        texts[s.block] = text.slice(0, at) + e.text + text.slice(at);
        return { ...s, texts, end: s.end + e.text.length, start: at < s.start ? s.start + e.text.length : s.start };
      }
      const de = Math.min(s.end, at + e.length);
      texts[s.block] = text.slice(0, at) + text.slice(de);
      return { ...s, texts, start: mapDeleted(s.start, at, de), end: mapDeleted(s.end, at, de) };
    }
    case 'add-block': {
      const at = Math.floor(e.at * (texts.length + 1));
      texts.splice(at, 0, e.text);
      return { ...s, texts, block: s.block >= at ? s.block + 1 : s.block };
    }
    case 'remove-block': {
      if (texts.length <= 1) return s;
      const at = pick(e.at, texts.length);
      texts.splice(at, 1);
      return { ...s, texts, block: at === s.block ? -1 : at < s.block ? s.block - 1 : s.block };
    }
  }
}

/** Checks the property for one anchoring result; returns a message when it is broken. */
function wrongPlace(anchor: Anchor, s: State, ids: readonly string[]): string | undefined {
  if (anchor.kind === 'orphaned' || anchor.kind === 'unchecked') return undefined;
  const score = anchor.kind === 'anchored' ? 1 : anchor.score;
  if (score < MIN_ANCHOR_SCORE) return `status ${anchor.kind} with score ${score} below the minimum`;
  if (s.block < 0) return `anchored (${anchor.kind}, ${score}) although the annotated block was removed`;
  if (anchor.blockId !== ids[s.block]) return `anchored in block ${anchor.blockId}, expected ${ids[s.block]} (${anchor.kind}, ${score})`;
  const overlaps = s.end > s.start ? anchor.start < s.end && anchor.end > s.start : anchor.start <= s.start && anchor.end >= s.start;
  if (!overlaps) return `anchored at ${anchor.start}–${anchor.end}, the text is at ${s.start}–${s.end} (${anchor.kind}, ${score})`;
  return undefined;
}

/** Another passage within half the quote's length in edits, outside the quote itself. */
function hasNearTwin(texts: readonly string[], block: number, start: number, end: number, exact: string): boolean {
  const budget = Math.floor(exact.length / 2);
  return texts.some((t, i) => {
    // The quote itself is masked out, so the search reports the best *other* passage.
    const masked = i === block ? t.slice(0, start) + '\u0000'.repeat(end - start) + t.slice(end) : t;
    return search(masked, exact, budget).length > 0;
  });
}

type Counts = Record<Anchor['kind'], number> & { intact: number; intactFound: number; light: number; lightFound: number };

/**
 * Runs the property; returns how often each status came out, so a test can also check it is not
 * passing by orphaning everything. With `sameAlphabet`, edits write text like the document's own
 * and the near-twin condition is checked on the edited document instead.
 */
function runProperty(base: fc.Arbitrary<string[]>, runs: number, sameAlphabet = false): Counts {
  const counts: Counts = {
    anchored: 0,
    moved: 0,
    changed: 0,
    orphaned: 0,
    unchecked: 0,
    intact: 0,
    intactFound: 0,
    light: 0,
    lightFound: 0,
  };
  fc.assert(
    fc.property(
      base,
      unit,
      unit,
      fc.integer({ min: 8, max: 90 }),
      fc.array(sameAlphabet ? nativeEdit : edit, { minLength: 1, maxLength: 6 }),
      (texts, blockU, startU, length, edits) => {
        const b = Math.min(texts.length - 1, Math.floor(blockU * texts.length));
        const text = texts[b]!;
        fc.pre(text.length >= 8);
        const start = Math.floor(startU * (text.length - Math.min(length, text.length)));
        const end = Math.min(text.length, start + length);
        const before = docOf(texts);
        const target = passageTargetAt(before, before.blocks[b]!.id, start, end);
        const exact = target.selector[0].exact;
        // The annotated text must have no near twin elsewhere, else "the right place" is not defined.
        fc.pre(!hasNearTwin(texts, b, target.selector[1].start, target.selector[1].end, exact));
        let state: State = { texts, block: b, start: target.selector[1].start, end: target.selector[1].end };
        for (const e of edits) state = apply(state, e);
        if (sameAlphabet) {
          const masked = [...state.texts];
          if (state.block >= 0) {
            const t = masked[state.block]!;
            masked[state.block] = t.slice(0, state.start) + '\u0000'.repeat(state.end - state.start) + t.slice(state.end);
          }
          fc.pre(!hasNearTwin(masked, -1, 0, 0, exact));
        }
        const after = docOf(state.texts);
        const anchor = anchorPassage(target, after);
        counts[anchor.kind]++;
        // How the quote fared: intact in its block, or lightly edited (at most a fifth of it).
        if (state.block >= 0) {
          const now = state.texts[state.block]!.slice(state.start, state.end);
          const found = anchor.kind !== 'orphaned' ? 1 : 0;
          if (now === exact) {
            counts.intact++;
            counts.intactFound += found;
          } else if (now.length > 0 && search(now, exact, Math.floor(exact.length / 5)).length > 0) {
            counts.light++;
            counts.lightFound += found;
          }
        }
        const problem = wrongPlace(
          anchor,
          state,
          after.blocks.map((x) => x.id),
        );
        if (problem) throw new Error(problem);
      },
    ),
    { numRuns: runs },
  );
  return counts;
}

/** Not vacuous: an intact quote is (almost) always found, a lightly edited one mostly. */
function expectUseful(c: Counts): void {
  if (process.env.RUNS) console.log(JSON.stringify(c));
  expect(c.intactFound / c.intact).toBeGreaterThan(0.97);
  expect(c.lightFound / c.light).toBeGreaterThan(0.8);
}

describe('anchoring under random edits (property)', () => {
  it(`never anchors to the wrong place at or above score ${MIN_ANCHOR_SCORE} (generated text)`, () => {
    const counts = runProperty(fc.array(words(4, 40), { minLength: 1, maxLength: 10 }), Number(process.env.RUNS ?? 1000));
    expectUseful(counts);
  });

  it(`never anchors to the wrong place at or above score ${MIN_ANCHOR_SCORE} (edits in the document's own words)`, () => {
    const counts = runProperty(fc.array(words(4, 40), { minLength: 1, maxLength: 10 }), Number(process.env.RUNS ?? 1000), true);
    expectUseful(counts);
  });

  it(`never anchors to the wrong place at or above score ${MIN_ANCHOR_SCORE} (a real source)`, () => {
    const seed = readFileSync(path.join(__dirname, '../../../../seeds/001_aec3841ec0ea2de1.txt'), 'utf8');
    const paragraphs = ingestText('s', seed)
      .blocks.map((b) => b.text)
      .filter((t) => t.length > 0);
    const window = fc.integer({ min: 0, max: Math.max(0, paragraphs.length - 8) }).map((i) => paragraphs.slice(i, i + 8));
    const counts = runProperty(window, Number(process.env.RUNS ?? 400));
    expectUseful(counts);
  });

  it('anchors the untouched quote (not orphaned) when edits stay away from it and its context', () => {
    fc.assert(
      fc.property(fc.array(words(10, 40), { minLength: 2, maxLength: 8 }), words(1, 8), unit, (texts, inserted, where) => {
        const b = 0;
        const before = docOf(texts);
        const text = texts[b]!;
        const target = passageTargetAt(before, before.blocks[b]!.id, 0, Math.min(text.length, 30));
        fc.pre(texts.join('\n').split(target.selector[0].exact).length === 2);
        // Insert far after the quote and its suffix in the same block: the block id changes, the quote moves not.
        const cut = Math.min(text.length, 30 + 40 + Math.floor(where * 20));
        const edited = [text.slice(0, cut) + ' ' + inserted + text.slice(cut), ...texts.slice(1)];
        const anchor = anchorPassage(target, docOf(edited));
        expect(['anchored', 'moved']).toContain(anchor.kind);
        if (anchor.kind === 'moved') expect(anchor.start).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
