import { COMMITMENT_KINDS, type CommitmentKind, type LinkRelation } from '../../shared/commitments';
import type { CurationDecision, CurationList, CurationRequest } from '../../shared/curation';
import { stringOption, UsageError, type ParsedArgs } from '../args';
import { defineCommand } from '../command';

type Result =
  { readonly action: 'list' | 'undo'; readonly list: CurationList } | { readonly action: 'decide'; readonly decision: CurationDecision };

const RELATIONS: readonly LinkRelation[] = ['continues', 'rewords', 'strengthens', 'weakens', 'contradicts'];

const USAGE = [
  'curate list [--source S]',
  'curate undo DECISION',
  'curate confirm-link|reject-link FROM TO',
  'curate add-link FROM TO [--relation R]',
  'curate set-kind COMMITMENT KIND',
  'curate set-themes COMMITMENT THEME[,THEME…]',
  'curate set-actor COMMITMENT ACTOR',
  'curate not-commitment COMMITMENT',
  'curate mark SOURCE BLOCK START END [--kind K]',
].join(' | ');

/** `curate …`: record, list or withdraw decisions about commitments and links (`--note` on any). */
export const curateCommand = defineCommand<Result>({
  name: 'curate',
  usage: 'curate list|undo|confirm-link|reject-link|add-link|set-kind|set-themes|set-actor|not-commitment|mark …',
  summary: 'Correct commitments and links; decisions are kept and win over later runs.',
  async run({ api, args }) {
    const [action, ...rest] = args.positional;
    if (action === 'list') {
      const sourceId = stringOption(args, 'source');
      return { action: 'list', list: await api.listCurations(sourceId ? { sourceId } : {}) };
    }
    if (action === 'undo') {
      const id = rest[0];
      if (!id) throw new UsageError('Name the decision to withdraw: curate undo DECISION (ids from "curate list").');
      return { action: 'undo', list: await api.removeCuration({ id }) };
    }
    return { action: 'decide', decision: await api.curate(requestFor(action, rest, args)) };
  },
  human(result) {
    if (result.action === 'decide') return `Recorded ${result.decision.action.type} (${result.decision.id}).`;
    if (result.list.curations.length === 0) return 'No curation decisions.';
    return result.list.curations.map((v) => `[${v.status}] ${v.decision.action.type} ${v.decision.id} ${v.decision.created}`).join('\n');
  },
});

function need(values: readonly string[], count: number, form: string): string[] {
  if (values.length < count) throw new UsageError(`Usage: ${form}`);
  return values.slice(0, count);
}

function kindOf(value: string | undefined): CommitmentKind | undefined {
  if (value === undefined) return undefined;
  if (!(COMMITMENT_KINDS as readonly string[]).includes(value))
    throw new UsageError(`A kind is one of ${COMMITMENT_KINDS.join(', ')} (not "${value}").`);
  return value as CommitmentKind;
}

function offset(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} is a whole number of UTF-16 units from 0 (not "${value}").`);
  return n;
}

function requestFor(action: string | undefined, rest: readonly string[], args: ParsedArgs): CurationRequest {
  const note = stringOption(args, 'note');
  const withNote = note ? { note } : {};
  switch (action) {
    case 'confirm-link':
    case 'reject-link': {
      const [from, to] = need(rest, 2, `curate ${action} FROM TO`);
      return { type: action, from: from!, to: to!, ...withNote };
    }
    case 'add-link': {
      const [from, to] = need(rest, 2, 'curate add-link FROM TO [--relation R]');
      const relation = stringOption(args, 'relation');
      if (relation !== undefined && !(RELATIONS as readonly string[]).includes(relation)) {
        throw new UsageError(`--relation takes one of ${RELATIONS.join(', ')} (not "${relation}").`);
      }
      return { type: 'add-link', from: from!, to: to!, ...(relation ? { relation: relation as LinkRelation } : {}), ...withNote };
    }
    case 'set-kind': {
      const [commitment, kind] = need(rest, 2, 'curate set-kind COMMITMENT KIND');
      return { type: 'set-kind', commitment: commitment!, kind: kindOf(kind)!, ...withNote };
    }
    case 'set-themes': {
      const [commitment, themes] = need(rest, 2, 'curate set-themes COMMITMENT THEME[,THEME…]');
      return {
        type: 'set-themes',
        commitment: commitment!,
        themes: themes!
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
        ...withNote,
      };
    }
    case 'set-actor': {
      const [commitment, actor] = need(rest, 2, 'curate set-actor COMMITMENT ACTOR');
      return { type: 'set-actor', commitment: commitment!, actor: actor!, ...withNote };
    }
    case 'not-commitment': {
      const [commitment] = need(rest, 1, 'curate not-commitment COMMITMENT');
      return { type: 'not-commitment', commitment: commitment!, ...withNote };
    }
    case 'mark': {
      const [sourceId, blockId, start, end] = need(rest, 4, 'curate mark SOURCE BLOCK START END [--kind K]');
      const kind = kindOf(stringOption(args, 'kind'));
      return {
        type: 'mark-commitment',
        sourceId: sourceId!,
        blockId: blockId!,
        start: offset(start!, 'START'),
        end: offset(end!, 'END'),
        ...(kind ? { kind } : {}),
        ...withNote,
      };
    }
    default:
      throw new UsageError(action === undefined ? `Say what to do: ${USAGE}.` : `Unknown action "${action}". Usage: ${USAGE}.`);
  }
}
