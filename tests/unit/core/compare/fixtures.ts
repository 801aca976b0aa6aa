import type { Commitment } from '../../../../src/shared/commitments';

let n = 0;
/** A commitment for tests: only what the test cares about needs saying. */
export function commitment(partial: Partial<Commitment> & Pick<Commitment, 'text'>): Commitment {
  n++;
  return {
    id: partial.id ?? `s${partial.sourceId ?? 'a'}:b${n}/c${n}`,
    sourceId: 'a',
    blockId: `a:b${n}`,
    range: { start: 0, end: partial.text.length },
    lang: 'fr',
    kind: 'pledge',
    themes: [],
    force: 3,
    specificity: 1,
    cues: [],
    ...partial,
  };
}
