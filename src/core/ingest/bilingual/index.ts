import type { LangCode } from '../../../shared/model';
import { classifyLanguage } from '../../language';
import type { DraftBlock } from '../draft';
import { segmentGeneric } from '../generic';
import { alignStreams, type AlignOptions } from './align';
import { fillLanguages, paragraphLanguage } from './languages';
import { rejoinCutParagraphs } from './rejoin';
import { shapeHeader, shapeRecommendation } from './shape';

/** A bilingual source split into its language streams, with paragraph pairs as draft indices. */
export interface BilingualSegmentation {
  readonly languages: readonly [LangCode, LangCode];
  /** Both streams' blocks, in reading order of the first stream then the second; each has `stream`. */
  readonly drafts: readonly DraftBlock[];
  /** Aligned groups: indices into `drafts` per language (1:1, 1:2, 2:1…). */
  readonly pairs: readonly Readonly<Partial<Record<LangCode, readonly number[]>>>[];
  /** Set when the streams were too long to align exactly (see `alignStreams`). */
  readonly warnings: readonly string[];
}

/** Paragraphs at least this long vote on which two languages the document holds. */
const VOTER_LENGTH = 120;
/** Each language must hold this share of the voters, and switch at least this often. */
const MIN_SHARE = 0.25;
const MIN_SWITCHES = 4;
/** At most this many voters are asked, spread evenly: enough to tell the pair in a file of any size. */
const MAX_VOTERS = 1000;

/**
 * Recognizes a source whose two language versions were extracted interleaved (a two-column
 * bilingual PDF read page by page: a run of Dutch, a run of French, and again) and splits it into
 * two streams, re-joining paragraphs that a page break cut, then aligns the streams. Returns
 * undefined for any other text, which then goes to the ordinary segmenters. `align` is for tests.
 */
export function segmentBilingual(text: string, align: AlignOptions = {}): BilingualSegmentation | undefined {
  const generic = segmentGeneric(text);
  const pair = languagePair(generic);
  if (!pair) return undefined;
  const headerEnd = Math.max(
    0,
    generic.findIndex((d) => d.kind === 'paragraph' && d.raw.length >= 80 && !d.raw.startsWith('**')),
  );
  const langs = fillLanguages(
    generic.map((d) => paragraphLanguage(d.raw, pair)),
    headerEnd,
  );
  let switches = 0;
  for (let i = headerEnd + 1; i < langs.length; i++) if (langs[i] !== langs[i - 1]) switches++;
  if (switches < MIN_SWITCHES) return undefined;

  const streams = pair.map((lang) => {
    const header = generic.slice(0, headerEnd).filter((_, i) => langs[i] === lang);
    const body = generic.map((d, i) => ({ draft: d, index: i })).filter(({ index }) => index >= headerEnd && langs[index] === lang);
    const shaped = [...shapeHeader(header), ...rejoinCutParagraphs(body).map(shapeRecommendation)];
    return shaped.map((d): DraftBlock => ({ ...d, stream: lang, lang }));
  }) as [DraftBlock[], DraftBlock[]];

  const { groups, warnings } = alignStreams(streams[0], streams[1], align);
  const offset = streams[0].length;
  const [first, second] = pair;
  return {
    languages: pair,
    drafts: [...streams[0], ...streams[1]],
    pairs: groups.map((g) => ({ [first]: g.a, [second]: g.b.map((k) => k + offset) })),
    warnings,
  };
}

/** The two languages of an interleaved document, first-seen first; undefined if it is not one. */
function languagePair(drafts: readonly DraftBlock[]): readonly [LangCode, LangCode] | undefined {
  const candidates = drafts.filter((d) => d.kind === 'paragraph' && !d.raw.startsWith('**') && d.raw.length >= VOTER_LENGTH);
  const stride = Math.max(1, Math.ceil(candidates.length / MAX_VOTERS));
  const voters = candidates.filter((_, k) => k % stride === 0).map((d) => classifyLanguage(d.raw));
  if (voters.length < 6) return undefined;
  const counts = new Map<LangCode, number>();
  for (const l of voters) if (l !== 'und') counts.set(l, (counts.get(l) ?? 0) + 1);
  const top = [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, 2);
  if (top.length < 2 || top.some(([, c]) => c < voters.length * MIN_SHARE)) return undefined;
  const firstSeen = voters.find((l) => l === top[0]![0] || l === top[1]![0])!;
  const other = firstSeen === top[0]![0] ? top[1]![0] : top[0]![0];
  return [firstSeen, other];
}
