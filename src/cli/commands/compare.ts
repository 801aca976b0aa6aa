import type { CommitmentLink, Comparison, IndicatorEvidence, ThemeRow } from '../../shared/commitments';
import { stringOption, UsageError } from '../args';
import { defineCommand } from '../command';

/** What `compare --json` prints: the matrix, the links with their diffs, indicators and method. */
export interface CompareResult {
  readonly sources: readonly string[];
  readonly themes: readonly ThemeRow[];
  readonly links: readonly CommitmentLink[];
  readonly indicators: readonly IndicatorEvidence[];
  readonly method: Comparison['method'];
}

const GRANULARITIES = ['word', 'token', 'sentence', 'char'] as const;

/** `compare [--sources a,b,c] [--min-similarity X] [--granularity word|token|sentence|char] [--json]`. */
export const compareCommand = defineCommand<CompareResult>({
  name: 'compare',
  usage: 'compare [--sources a,b,c] [--min-similarity 0.2] [--granularity word]',
  summary: 'Compare commitments across sources: themes × sources, links, relations, word diffs.',
  async run({ api, args }) {
    const sources = stringOption(args, 'sources')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const min = stringOption(args, 'min-similarity');
    const minSimilarity = min === undefined ? undefined : Number(min);
    if (minSimilarity !== undefined && !(minSimilarity >= 0 && minSimilarity <= 1)) {
      throw new UsageError(`--min-similarity takes a number from 0 to 1 (not "${min}").`);
    }
    const granularity = stringOption(args, 'granularity');
    if (granularity !== undefined && !(GRANULARITIES as readonly string[]).includes(granularity)) {
      throw new UsageError(`--granularity takes word, token, sentence or char (not "${granularity}").`);
    }
    if (sources && sources.length < 2) throw new UsageError('--sources needs at least two source ids, separated by commas.');
    const cmp = await api.compare({
      ...(sources ? { sources } : {}),
      ...(minSimilarity !== undefined ? { minSimilarity } : {}),
      ...(granularity ? { granularity: granularity as (typeof GRANULARITIES)[number] } : {}),
    });
    return { sources: cmp.sources, themes: cmp.themes, links: cmp.links, indicators: cmp.indicators, method: cmp.method };
  },
  human(result) {
    const width = Math.max(...result.themes.map((t) => t.theme.length), 5);
    const header = `${'theme'.padEnd(width)}  ${result.sources.map((_s, i) => `S${i + 1}`.padStart(4)).join('')}  status`;
    const rows = result.themes.map(
      (t) => `${t.theme.padEnd(width)}  ${result.sources.map((s) => String(t.bySource[s]?.length ?? 0).padStart(4)).join('')}  ${t.status}`,
    );
    const legend = result.sources.map((s, i) => `S${i + 1} = ${s}`);
    const relations = new Map<string, number>();
    for (const l of result.links) relations.set(l.relation, (relations.get(l.relation) ?? 0) + 1);
    const summary = `${result.links.length} links: ${[...relations].map(([r, n]) => `${n} ${r}`).join(', ') || 'none'}`;
    return [...legend, '', header, ...rows, '', summary].join('\n');
  },
});
