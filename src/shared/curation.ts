import { z } from 'zod';
import { COMMITMENT_KINDS, type CommitmentKind, type LinkRelation } from './commitments';

/**
 * Curation: the user's decisions about commitments and links, kept in the workspace (schema v3)
 * and applied over every re-run of the extractor and the matcher. A decision names what it is
 * about by id *and* by source and text, so it still finds its commitment after a re-ingestion
 * changed the ids; one it cannot find again is reported `orphaned`, never dropped. The latest
 * decision about the same thing wins; removing a decision (undo) restores the automatic result.
 */

/** A commitment as a decision remembers it. */
export interface CommitmentRef {
  readonly id: string;
  readonly sourceId: string;
  /** The commitment's text when the decision was made. */
  readonly text: string;
}

export type CurationAction =
  | { readonly type: 'confirm-link'; readonly from: CommitmentRef; readonly to: CommitmentRef }
  | { readonly type: 'reject-link'; readonly from: CommitmentRef; readonly to: CommitmentRef }
  | { readonly type: 'add-link'; readonly from: CommitmentRef; readonly to: CommitmentRef; readonly relation?: LinkRelation }
  | { readonly type: 'set-kind'; readonly commitment: CommitmentRef; readonly kind: CommitmentKind }
  | { readonly type: 'set-themes'; readonly commitment: CommitmentRef; readonly themes: readonly string[] }
  | { readonly type: 'set-actor'; readonly commitment: CommitmentRef; readonly actor: string }
  | { readonly type: 'not-commitment'; readonly commitment: CommitmentRef }
  | {
      readonly type: 'mark-commitment';
      readonly sourceId: string;
      readonly blockId: string;
      readonly start: number;
      readonly end: number;
      /** The passage's text when marked. */
      readonly text: string;
      readonly kind?: CommitmentKind;
    };

export type CurationType = CurationAction['type'];

export interface CurationDecision {
  readonly id: string;
  /** ISO 8601 instant. */
  readonly created: string;
  readonly note?: string;
  readonly action: CurationAction;
}

/**
 * What a caller asks for: commitments by id only (the host looks up their source and text), a
 * passage by block and offsets.
 */
export type CurationRequest =
  | { readonly type: 'confirm-link' | 'reject-link'; readonly from: string; readonly to: string; readonly note?: string }
  | { readonly type: 'add-link'; readonly from: string; readonly to: string; readonly relation?: LinkRelation; readonly note?: string }
  | { readonly type: 'set-kind'; readonly commitment: string; readonly kind: CommitmentKind; readonly note?: string }
  | { readonly type: 'set-themes'; readonly commitment: string; readonly themes: readonly string[]; readonly note?: string }
  | { readonly type: 'set-actor'; readonly commitment: string; readonly actor: string; readonly note?: string }
  | { readonly type: 'not-commitment'; readonly commitment: string; readonly note?: string }
  | {
      readonly type: 'mark-commitment';
      readonly sourceId: string;
      readonly blockId: string;
      readonly start: number;
      readonly end: number;
      readonly kind?: CommitmentKind;
      readonly note?: string;
    };

/** A decision with whether it still applies to the current documents. */
export interface CurationView {
  readonly decision: CurationDecision;
  readonly status: 'applied' | 'orphaned';
}

export interface CurationList {
  readonly curations: readonly CurationView[];
  /** Bumped by every change; part of the comparison's cache key. */
  readonly revision: number;
}

const LINK_RELATIONS = ['continues', 'rewords', 'strengthens', 'weakens', 'contradicts'] as const;
const id = z.string().min(1).max(300);
const note = z.string().max(5000).optional();
const kindSchema = z.enum(COMMITMENT_KINDS as unknown as [CommitmentKind, ...CommitmentKind[]]);
const offset = z.number().int().min(0).max(100_000_000);
const themeId = z.string().min(1).max(80);
const actor = z.string().trim().min(1).max(200);

const refSchema = z.strictObject({ id, sourceId: id, text: z.string().max(20_000) });

export const curationActionSchema: z.ZodType<CurationAction> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('confirm-link'), from: refSchema, to: refSchema }),
  z.strictObject({ type: z.literal('reject-link'), from: refSchema, to: refSchema }),
  z.strictObject({ type: z.literal('add-link'), from: refSchema, to: refSchema, relation: z.enum(LINK_RELATIONS).optional() }),
  z.strictObject({ type: z.literal('set-kind'), commitment: refSchema, kind: kindSchema }),
  z.strictObject({ type: z.literal('set-themes'), commitment: refSchema, themes: z.array(themeId).max(20) }),
  z.strictObject({ type: z.literal('set-actor'), commitment: refSchema, actor }),
  z.strictObject({ type: z.literal('not-commitment'), commitment: refSchema }),
  z.strictObject({
    type: z.literal('mark-commitment'),
    sourceId: id,
    blockId: id,
    start: offset,
    end: offset,
    text: z.string().min(1).max(20_000),
    kind: kindSchema.optional(),
  }),
]);

export const curationDecisionSchema: z.ZodType<CurationDecision> = z.strictObject({
  id,
  created: z.string().min(10).max(40),
  note,
  action: curationActionSchema,
});

export const curationRequestSchema: z.ZodType<CurationRequest> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.enum(['confirm-link', 'reject-link']), from: id, to: id, note }),
  z.strictObject({ type: z.literal('add-link'), from: id, to: id, relation: z.enum(LINK_RELATIONS).optional(), note }),
  z.strictObject({ type: z.literal('set-kind'), commitment: id, kind: kindSchema, note }),
  z.strictObject({ type: z.literal('set-themes'), commitment: id, themes: z.array(themeId).max(20), note }),
  z.strictObject({ type: z.literal('set-actor'), commitment: id, actor, note }),
  z.strictObject({ type: z.literal('not-commitment'), commitment: id, note }),
  z.strictObject({
    type: z.literal('mark-commitment'),
    sourceId: id,
    blockId: id,
    start: offset,
    end: offset,
    kind: kindSchema.optional(),
    note,
  }),
]);

/** The commitments a decision is about (for filters and the UI). */
export function decisionTargets(action: CurationAction): readonly string[] {
  switch (action.type) {
    case 'confirm-link':
    case 'reject-link':
    case 'add-link':
      return [action.from.id, action.to.id];
    case 'mark-commitment':
      return [];
    default:
      return [action.commitment.id];
  }
}
