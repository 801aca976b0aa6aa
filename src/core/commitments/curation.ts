import type { Commitment, Cue } from '../../shared/commitments';
import type { CommitmentRef, CurationDecision } from '../../shared/curation';
import type { IngestedDocument } from '../../shared/model';
import { assertNever } from '../../shared/errors';
import { commitmentForPassage, type ExtractOptions } from './extract';
import { KIND_FORCE } from './kinds';

/**
 * The user's decisions about commitments, applied over the extractor's result: a passage marked
 * as a commitment is added, one marked as not is removed, a kind, themes or actor corrected.
 * Decisions apply in the order they were made, so the latest about the same commitment wins; the
 * commitments they touch carry `curated: true` and a `curation.*` cue that says what changed.
 */

const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Finds a remembered commitment again: by id, else by its text in the same source. */
export function resolveRef(ref: CommitmentRef, commitments: readonly Commitment[]): Commitment | undefined {
  const byId = commitments.find((c) => c.id === ref.id);
  if (byId) return byId;
  const text = squash(ref.text);
  return commitments.find((c) => c.sourceId === ref.sourceId && squash(c.text) === text);
}

/** Decisions in the order they apply: by creation time, then id (stable). */
export function inOrder(decisions: readonly CurationDecision[]): CurationDecision[] {
  return [...decisions].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
}

export interface CuratedCommitments {
  readonly commitments: readonly Commitment[];
  /** Ids of decisions that could not be applied: their commitment or passage is gone. */
  readonly orphaned: ReadonlySet<string>;
}

function withCue(c: Commitment, cue: Cue): Commitment {
  return { ...c, curated: true, cues: [cue, ...c.cues.filter((x) => x.rule !== cue.rule)] };
}

/**
 * Applies the commitment decisions (link decisions are left to the comparison) to the
 * commitments of the given documents. `options` is the extraction's (a marked passage gets the
 * same fields the extractor would give it).
 */
export function applyCommitmentCurations(
  commitments: readonly Commitment[],
  decisions: readonly CurationDecision[],
  documents: ReadonlyMap<string, IngestedDocument>,
  options: (sourceId: string) => ExtractOptions,
): CuratedCommitments {
  let list = [...commitments];
  const orphaned = new Set<string>();
  const replace = (target: Commitment, next: Commitment): void => {
    list = list.map((c) => (c.id === target.id ? next : c));
  };
  for (const d of inOrder(decisions)) {
    const a = d.action;
    switch (a.type) {
      case 'confirm-link':
      case 'reject-link':
      case 'add-link':
        break;
      case 'mark-commitment': {
        const doc = documents.get(a.sourceId);
        // Not in this run (a source not asked for): neither applied nor lost.
        if (!doc) break;
        const passage = locatePassage(doc, a);
        if (!passage) {
          orphaned.add(d.id);
          break;
        }
        const marked = commitmentForPassage(doc, { ...passage, ...(a.kind ? { kind: a.kind } : {}) }, options(a.sourceId));
        const existing = list.find((c) => c.id === marked.id);
        if (existing)
          replace(
            existing,
            withCue(a.kind ? { ...existing, kind: a.kind, force: KIND_FORCE[a.kind] } : existing, { rule: 'curation.mark-commitment' }),
          );
        else list.push(marked);
        break;
      }
      case 'not-commitment':
      case 'set-kind':
      case 'set-themes':
      case 'set-actor': {
        if (!documents.has(a.commitment.sourceId)) break;
        const target = resolveRef(a.commitment, list);
        if (!target) {
          orphaned.add(d.id);
          break;
        }
        if (a.type === 'not-commitment') list = list.filter((c) => c.id !== target.id);
        else if (a.type === 'set-kind')
          replace(target, withCue({ ...target, kind: a.kind, force: KIND_FORCE[a.kind] }, { rule: 'curation.set-kind', text: a.kind }));
        else if (a.type === 'set-themes')
          replace(target, withCue({ ...target, themes: [...a.themes] }, { rule: 'curation.set-themes', text: a.themes.join(', ') }));
        else replace(target, withCue({ ...target, actor: a.actor }, { rule: 'curation.set-actor', text: a.actor }));
        break;
      }
      default:
        assertNever(a);
    }
  }
  return { commitments: list, orphaned };
}

/** The passage of a mark decision in the current text: its block and offsets, else its text. */
function locatePassage(
  doc: IngestedDocument,
  a: { readonly blockId: string; readonly start: number; readonly end: number; readonly text: string },
): { blockId: string; start: number; end: number } | undefined {
  const block = doc.blocks.find((b) => b.id === a.blockId);
  if (block && block.text.slice(a.start, a.end) === a.text) return { blockId: block.id, start: a.start, end: a.end };
  for (const b of block ? [block, ...doc.blocks] : doc.blocks) {
    const at = b.text.indexOf(a.text);
    if (at >= 0) return { blockId: b.id, start: at, end: at + a.text.length };
  }
  return undefined;
}
