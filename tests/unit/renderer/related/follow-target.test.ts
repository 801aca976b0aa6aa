import { describe, expect, it } from 'vitest';
import { followTargetFor } from '../../../../src/renderer/src/related/follow-target';
import type { Passage, RelatedResult } from '../../../../src/renderer/src/related/related-passages';
import { answer2021, block, doc } from '../fixtures/docs';

const NONE: RelatedResult = { bySource: new Map(), failures: [] };

describe('where a following pane goes', () => {
  const answer = answer2021();
  const pair = answer.alignment!.pairs.find((p) => p.nl?.length === 1 && p.fr?.length === 1)!;
  const nl = pair.nl![0]!;
  const fr = pair.fr![0]!;
  const passage: Passage = { sourceId: answer.source.id, blockId: nl, lang: 'nl', text: '', translations: [] };

  it('a pane of the same bilingual source goes to the translation it shows, or the same passage', () => {
    expect(followTargetFor({ sourceId: answer.source.id, view: 'fr' }, passage, NONE, answer)).toEqual({
      blockId: fr,
      reasons: [{ kind: 'translation' }],
    });
    expect(followTargetFor({ sourceId: answer.source.id, view: 'parallel' }, passage, NONE, answer)).toEqual({
      blockId: fr,
      reasons: [{ kind: 'translation' }],
    });
    expect(followTargetFor({ sourceId: answer.source.id, view: 'nl' }, passage, NONE, answer)).toEqual({
      blockId: nl,
      reasons: [{ kind: 'same-passage' }],
    });
  });

  it('a pane of another source goes to the best candidate it shows, or under its heading when the heading is a candidate too', () => {
    const other = doc('other', [
      block('h1', 'Identité numérique', { kind: 'heading', level: 2, sourceId: 'other' }),
      block('p1', 'Une carte d’identité numérique pour les entreprises.', { sourceId: 'other' }),
      block('p2', 'Autre chose.', { sourceId: 'other' }),
    ]);
    const theme = { kind: 'theme', themeId: 'digital-identity', label: 'Digital identity' } as const;
    const result = (candidates: { blockId: string; kind: 'theme' | 'search' }[]): RelatedResult => ({
      bySource: new Map([
        [
          'other',
          candidates.map((c, i) => ({
            sourceId: 'other',
            blockId: c.blockId,
            score: 10 - i,
            reasons: [c.kind === 'theme' ? theme : { kind: 'search', query: 'eid' }],
          })),
        ],
      ]),
      failures: [],
    });
    const pane = { sourceId: 'other', view: 'all' } as const;
    expect(followTargetFor(pane, passage, result([{ blockId: 'p1', kind: 'theme' }]), other)).toEqual({ blockId: 'p1', reasons: [theme] });
    expect(
      followTargetFor(
        pane,
        passage,
        result([
          { blockId: 'p1', kind: 'theme' },
          { blockId: 'h1', kind: 'theme' },
        ]),
        other,
      ),
    ).toEqual({ blockId: 'h1', reasons: [theme] });
    // A search hit is shown itself, never its heading.
    expect(
      followTargetFor(
        pane,
        passage,
        result([
          { blockId: 'p1', kind: 'search' },
          { blockId: 'h1', kind: 'theme' },
        ]),
        other,
      )?.blockId,
    ).toBe('p1');
    expect(followTargetFor(pane, passage, NONE, other)).toBeUndefined();
  });
});
