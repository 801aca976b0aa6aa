import type { LangCode } from '../../shared/model';
import type { MatchedVia, SearchResponse, SearchSnippet } from '../../shared/search';
import { intOption, stringOption, UsageError } from '../args';
import { defineCommand } from '../command';

/** One hit as `search --json` prints it. */
export interface SearchRow {
  readonly sourceId: string;
  readonly blockId: string;
  readonly lang: LangCode;
  readonly score: number;
  readonly snippet: SearchSnippet;
  readonly text: string;
  readonly matchedVia: MatchedVia;
}

interface Result {
  readonly query: string;
  readonly total: number;
  readonly hits: readonly SearchRow[];
  readonly groups: SearchResponse['groups'];
  readonly notices: SearchResponse['notices'];
  readonly annotations?: SearchResponse['annotations'];
}

const LANGS: readonly LangCode[] = ['fr', 'nl', 'en', 'und'];

export const searchCommand = defineCommand<Result>({
  name: 'search',
  usage: 'search "<query>" [--source S] [--lang L] [--limit N] [--no-expand] [--json]',
  summary: 'Full-text search over every block (and annotation); see docs/search.md for the query language.',
  async run({ api, args }) {
    const query = args.positional.join(' ').trim();
    if (query.length === 0) throw new UsageError('Give a query: search "digitale vaardigheden" (see docs/search.md).');
    const source = stringOption(args, 'source');
    const lang = stringOption(args, 'lang');
    if (lang !== undefined && !LANGS.includes(lang as LangCode)) throw new UsageError(`--lang takes fr, nl, en or und, not "${lang}".`);
    const limit = intOption(args, 'limit', 1, 10_000);
    const response = await api.search({
      query,
      ...(source !== undefined ? { sources: [source] } : {}),
      ...(lang !== undefined ? { langs: [lang as LangCode] } : {}),
      ...(limit !== undefined ? { limit } : {}),
      ...(args.options['no-expand'] === true ? { expand: false } : {}),
    });
    return {
      query: response.query,
      total: response.total,
      hits: response.hits.map((h) => ({
        sourceId: h.sourceId,
        blockId: h.blockId,
        lang: h.lang,
        score: h.score,
        snippet: h.snippet,
        text: h.text,
        matchedVia: h.matchedVia,
      })),
      groups: response.groups,
      notices: response.notices,
      ...(response.annotations ? { annotations: response.annotations } : {}),
    };
  },
  human(result) {
    const lines: string[] = [];
    const groups = result.groups.map((g) => `${g.sourceId} ${g.count}`).join(', ');
    lines.push(`${result.total} ${result.total === 1 ? 'block' : 'blocks'} for ${result.query}${groups ? ` (${groups})` : ''}`);
    for (const n of result.notices) lines.push(`note: ${n}`);
    for (const h of result.hits) {
      const via = h.matchedVia === 'direct' ? '' : ` via ${h.matchedVia}`;
      lines.push('', `${h.sourceId} ${h.blockId} [${h.lang}]${via} ${h.score}`, `  ${marked(h.snippet)}`);
    }
    if (result.hits.length < result.total) lines.push('', `… ${result.total - result.hits.length} more (--limit N)`);
    if (result.annotations && result.annotations.total > 0) {
      lines.push('', `${result.annotations.total} annotation${result.annotations.total === 1 ? '' : 's'}:`);
      for (const a of result.annotations.hits) lines.push(`  ${a.annotationId} (${a.sourceId || 'no source'}) ${marked(a.snippet)}`);
    }
    return lines.join('\n');
  },
});

/** The snippet with its matched words between « ». */
function marked(snippet: SearchSnippet): string {
  let out = '';
  let at = 0;
  for (const h of snippet.highlights) {
    out += `${snippet.text.slice(at, h.start)}«${snippet.text.slice(h.start, h.end)}»`;
    at = h.end;
  }
  return (out + snippet.text.slice(at)).replace(/\s+/g, ' ');
}
