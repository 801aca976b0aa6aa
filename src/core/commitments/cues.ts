import type { CommitmentKind, Force } from '../../shared/commitments';
import { governmentInClause } from './actors';
import { BLOCKER_OVERRIDE_PRIORITY, type CompiledCue, type CompiledGrammar } from './grammar';
import { plainForMatching } from './plain';

export { plainForMatching } from './plain';

/**
 * Applies a compiled cue grammar to one sentence: which cues fired, where, and which of them a
 * relative clause or a blocker takes back. Pure and small so that every grammar rule can be
 * tested on its own sentence (tests/unit/core/commitments/grammar.test.ts).
 */

export interface CueHit {
  readonly rule: string;
  readonly kind: CommitmentKind;
  readonly force: Force;
  readonly priority: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface BlockerHit {
  readonly rule: string;
  readonly strength: 'veto' | 'weak';
  readonly text: string;
}

export interface CueReading {
  /** Refusal cues that fired (checked first). */
  readonly refusals: readonly CueHit[];
  /** Positive cues that count, best first (priority, then position). */
  readonly cues: readonly CueHit[];
  /** Cues taken back: inside a relative or subordinate clause. */
  readonly suppressed: readonly CueHit[];
  readonly blockers: readonly BlockerHit[];
  /** The cue that decides, if the statement is a commitment on its own words. */
  readonly decisive?: CueHit;
}

const CLAUSE_BREAK = /[,;:()\u2013\u2014[\]"]/;
const QUE_NOT_RELATIVE = new Set(['ainsi', 'plus', 'moins', 'autant', 'même', 'tant', 'aussi', 'bien', 'alors', 'parce', 'tandis']);

/** Whether a relative or subordinating word opens the clause before `at`. */
function inSubordinateClause(plain: string, at: number, g: CompiledGrammar): boolean {
  let start = at;
  while (start > 0 && !CLAUSE_BREAK.test(plain[start - 1]!)) start--;
  const all: string[] = plain.slice(start, at).match(/[\p{L}\p{N}]+'?/gu) ?? [];
  // A coordination ends the relative clause: "… qui renforcent X et organise Y" — organise is main.
  const lastAnd = Math.max(
    all.lastIndexOf('et'),
    all.lastIndexOf('en'),
    all.lastIndexOf('and'),
    all.lastIndexOf('mais'),
    all.lastIndexOf('maar'),
  );
  const words = all.slice(lastAnd + 1);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!g.relativeMarkers.has(w) && !g.relativeMarkers.has(w.replace(/'$/, ''))) continue;
    if ((w === 'que' || w === "qu'") && i > 0 && QUE_NOT_RELATIVE.has(words[i - 1]!)) continue;
    if (w === 'si' && words[i + 1] === 'possible') continue;
    return true;
  }
  return false;
}

function hitsOf(rules: readonly CompiledCue[], text: string, plain: string, g: CompiledGrammar): { kept: CueHit[]; suppressed: CueHit[] } {
  const kept: CueHit[] = [];
  const suppressed: CueHit[] = [];
  for (const r of rules) {
    r.re.lastIndex = 0;
    for (const m of plain.matchAll(r.re)) {
      const word = m[0].trim();
      if (g.falseFriends.has(word)) continue;
      const hit: CueHit = {
        rule: r.rule,
        kind: r.kind,
        force: r.force,
        priority: r.priority,
        start: m.index,
        end: m.index + m[0].length,
        text: text.slice(m.index, m.index + m[0].length).trim(),
      };
      if (r.mainClauseOnly && inSubordinateClause(plain, m.index, g)) suppressed.push(hit);
      else if (r.governmentSubject && !governmentInClause(text, hit.start, hit.end)) suppressed.push(hit);
      else kept.push(hit);
    }
  }
  return { kept, suppressed };
}

/** Best first: higher priority, then earlier in the sentence. */
export function byStrength(a: CueHit, b: CueHit): number {
  return b.priority - a.priority || a.start - b.start;
}

let memo = new WeakMap<CompiledGrammar, Map<string, CueReading>>();

/** Forgets memoized readings (benchmarks measure a first reading, not a lookup). */
export function clearCueMemo(): void {
  memo = new WeakMap();
}

/** Reads one sentence (or list item) with a grammar (memoized: units and classification both ask). */
export function readCues(text: string, g: CompiledGrammar): CueReading {
  let cache = memo.get(g);
  if (!cache) {
    cache = new Map();
    memo.set(g, cache);
  }
  const cached = cache.get(text);
  if (cached) return cached;
  const reading = scanCues(text, g);
  if (cache.size > 5000) cache.clear();
  cache.set(text, reading);
  return reading;
}

function scanCues(text: string, g: CompiledGrammar): CueReading {
  const plain = plainForMatching(text);
  const refusals = hitsOf(g.refusals, text, plain, g);
  const positives = hitsOf(g.cues, text, plain, g);
  const blockers: BlockerHit[] = [];
  for (const b of g.blockers) {
    b.re.lastIndex = 0;
    const m = b.re.exec(plain);
    if (m) blockers.push({ rule: b.rule, strength: b.strength, text: text.slice(m.index, m.index + m[0].length).trim() });
  }
  const cues = dedupe(positives.kept).sort(byStrength);
  const refusalHits = dedupe(refusals.kept).sort(byStrength);
  const veto = blockers.some((b) => b.strength === 'veto');
  const weak = blockers.some((b) => b.strength === 'weak');
  let decisive: CueHit | undefined;
  if (!veto) {
    decisive = refusalHits[0] ?? cues.find((c) => !weak || c.priority >= BLOCKER_OVERRIDE_PRIORITY);
  }
  return {
    refusals: refusalHits,
    cues,
    suppressed: positives.suppressed.concat(refusals.suppressed),
    blockers,
    ...(decisive ? { decisive } : {}),
  };
}

/** One hit per place: where two rules matched overlapping words, the stronger one stays. */
function dedupe(hits: readonly CueHit[]): CueHit[] {
  const sorted = [...hits].sort(byStrength);
  const out: CueHit[] = [];
  for (const h of sorted) {
    if (out.some((o) => h.start < o.end && o.start < h.end)) continue;
    out.push(h);
  }
  return out;
}
