import type { Commitment, CommitmentKind, CommitmentLink, Comparison, ThemeRow } from '../../../../src/shared/commitments';
import type { Source } from '../../../../src/shared/model';

/** A commitment with only what the view logic reads. */
export function commitment(
  id: string,
  sourceId: string,
  kind: CommitmentKind,
  themes: string[],
  extra: Partial<Commitment> = {},
): Commitment {
  return {
    id,
    sourceId,
    blockId: `${sourceId}:b-${id}`,
    range: { start: 0, end: 10 },
    lang: 'fr',
    text: `texte ${id}`,
    kind,
    themes,
    force: 3,
    specificity: 1,
    cues: [],
    ...extra,
  };
}

export function link(from: string, to: string, extra: Partial<CommitmentLink> = {}): CommitmentLink {
  return { id: `link:${from}>${to}`, from, to, similarity: 0.3, relation: 'continues', evidence: [], diff: [], origin: 'auto', ...extra };
}

export const A = 'answer';
export const M = 'meeting';
export const P = 'programme';

/**
 * Three sources: the answer (a1 pledge on identity, a2 goal on identity and skills, a2nl its Dutch
 * twin), the meeting (m1 pledge on identity, curated; m2 examination on inclusion), the programme
 * (p1 proposal on identity, p2 proposal on skills). Links: a2→m1, m1→p1 (confirmed), a1→p2.
 */
export function comparison(): Comparison {
  const commitments = [
    commitment('a1', A, 'pledge', ['digital-identity']),
    commitment('a2', A, 'goal', ['digital-identity', 'digital-skills'], { translationOf: 'a2nl' }),
    commitment('a2nl', A, 'goal', ['digital-identity'], { lang: 'nl', translationOf: 'a2' }),
    commitment('m1', M, 'pledge', ['digital-identity'], { curated: true }),
    commitment('m2', M, 'examination', ['digital-inclusion']),
    commitment('p1', P, 'proposal', ['digital-identity']),
    commitment('p2', P, 'proposal', ['digital-skills']),
  ];
  const rows: ThemeRow[] = [
    { theme: 'digital-identity', bySource: { [A]: ['a1', 'a2'], [M]: ['m1'], [P]: ['p1'] }, status: 'in-all' },
    { theme: 'digital-inclusion', bySource: { [A]: [], [M]: ['m2'], [P]: [] }, status: 'new' },
    { theme: 'digital-skills', bySource: { [A]: ['a2'], [M]: [], [P]: ['p2'] }, status: 'dropped' },
    { theme: 'e-invoicing', bySource: { [A]: [], [M]: [], [P]: [] }, status: 'absent' },
  ];
  return {
    sources: [A, M, P],
    themes: rows,
    links: [link('a2', 'm1'), link('m1', 'p1', { origin: 'confirmed', relation: 'weakens' }), link('a1', 'p2')],
    commitments,
    indicators: [],
    method: { codebookVersion: 'v', extractorVersion: 1, linkThreshold: 0.2, ingestVersion: 2 },
  };
}

export function source(id: string, extra: Partial<Source> = {}): Source {
  return {
    id,
    file: `${id}.txt`,
    title: id,
    publisher: 'p',
    date: '2021',
    languages: ['fr'],
    genre: 'g',
    role: 'compared',
    sha256: '0'.repeat(64),
    integrity: { kind: 'verified' },
    bytes: 1,
    encoding: 'utf-8',
    ...extra,
  };
}
