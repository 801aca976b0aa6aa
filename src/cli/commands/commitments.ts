import { COMMITMENT_KINDS, type Commitment, type CommitmentKind } from '../../shared/commitments';
import { stringOption, UsageError } from '../args';
import { defineCommand } from '../command';

/** `commitments [--source S] [--kind K] [--theme T] [--json]`: `{ "commitments": [ … ] }`. */
export const commitmentsCommand = defineCommand<{ readonly commitments: readonly Commitment[] }>({
  name: 'commitments',
  usage: 'commitments [--source S] [--kind K] [--theme T]',
  summary: 'List the commitments a source makes (kind, themes, actor, deadline, force, cues).',
  async run({ api, args }) {
    const sourceId = stringOption(args, 'source');
    const kind = stringOption(args, 'kind');
    const theme = stringOption(args, 'theme');
    if (kind !== undefined && !(COMMITMENT_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`--kind takes one of ${COMMITMENT_KINDS.join(', ')} (not "${kind}").`);
    }
    const list = await api.listCommitments({
      ...(sourceId ? { sourceId } : {}),
      ...(kind ? { kind: kind as CommitmentKind } : {}),
      ...(theme ? { theme } : {}),
    });
    return { commitments: list.commitments };
  },
  human(result) {
    if (result.commitments.length === 0) return 'No commitments.';
    return result.commitments
      .map((c) => {
        const deadline = c.deadline ? ` ⏱ ${c.deadline.value}` : '';
        const themes = c.themes.length > 0 ? ` [${c.themes.join(', ')}]` : '';
        const curated = c.curated ? ' ✎' : '';
        return `${c.kind.padEnd(14)} f${c.force} s${c.specificity}${deadline}${curated} ${c.actor ?? '—'}${themes}\n    ${c.text}\n    ${c.id}`;
      })
      .join('\n');
  },
});
