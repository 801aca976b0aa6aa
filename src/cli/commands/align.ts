import { ApiError } from '../../shared/errors';
import { UsageError } from '../args';
import { defineCommand } from '../command';

export const alignCommand = defineCommand({
  name: 'align',
  usage: 'align <source> [--corpus DIR] [--json]',
  summary: 'Print the paragraph alignment between the language streams of a bilingual source.',
  async run({ api, args }) {
    const sourceId = args.positional[0];
    if (!sourceId) throw new UsageError('Name the source: align <source>.');
    const doc = await api.getDocument({ sourceId });
    if (!doc.alignment) throw new ApiError('bad-input', `Source "${sourceId}" is not bilingual: there is nothing to align.`);
    const textOf = new Map(doc.blocks.map((b) => [b.id, b.text]));
    return { sourceId, languages: doc.alignment.languages, pairs: doc.alignment.pairs, _text: textOf };
  },
  human(result) {
    const [a, b] = result.languages;
    return result.pairs
      .map((p, i) => {
        const left = (p[a] ?? []).map((id) => result._text.get(id)?.slice(0, 70)).join(' + ');
        const right = (p[b] ?? []).map((id) => result._text.get(id)?.slice(0, 70)).join(' + ');
        return `${String(i + 1).padStart(3)}  ${a}: ${left}\n     ${b}: ${right}`;
      })
      .join('\n');
  },
});
