import { beforeAll, describe, expect, it } from 'vitest';
import { extractCommitments, voiceOf } from '../../../../src/core/commitments';
import type { Commitment } from '../../../../src/shared/commitments';
import { bundledDocuments, defaultMatcher, SOURCE } from './corpus';

/**
 * The 2025 meeting report, read sentence by sentence (docs/commitments.md, "the 2025 meeting"):
 * every commitment it makes, in reading order, and nothing else. Descriptions of the meeting
 * ("se sont réunis", "a été fructueux"), problem statements ("leur application diffère"), the
 * titles run into the paragraphs and the tag line are not commitments.
 */
const EXPECTED: readonly { text: string; kind: Commitment['kind']; deadline?: string; actor?: string; theme?: string }[] = [
  {
    text: 'La Belgique, les Pays-Bas et le Luxembourg collaborent pour un avenir numérique meilleur et plus accessible.',
    kind: 'ongoing',
    actor: 'Benelux countries',
  },
  {
    text: 'L’ambition est claire\u00a0: le Benelux souhaite collaborer pour réaliser des économies d’échelle',
    kind: 'intention',
    actor: 'Benelux',
    theme: 'digital-sovereignty',
  },
  {
    text: 'Le groupe de travail sur l’IA va explorer comment l’intelligence artificielle peut être utilisée',
    kind: 'examination',
    actor: 'working group',
    theme: 'artificial-intelligence',
  },
  { text: 'Dans la seconde moitié de 2025, les pratiques existantes seront échangées', kind: 'pledge', deadline: '2025-H2' },
  { text: 'un positionnement commun sera élaboré.', kind: 'pledge', deadline: '2025-H2' },
  {
    text: 'Une attention particulière est portée à l’initiative européenne d’une carte d’identité numérique pour les entreprises',
    kind: 'ongoing',
    theme: 'digital-identity',
  },
  { text: 'Cela doit entraîner moins de paperasserie administrative et un service plus rapide.', kind: 'goal' },
  {
    text: 'C’est pourquoi les pays Benelux organiseront en novembre 2025 une table ronde sur l’inclusion numérique.',
    kind: 'pledge',
    deadline: '2025-11',
    actor: 'Benelux countries',
    theme: 'digital-inclusion',
  },
  {
    text: 'Des mesures seront préparées pour offrir un meilleur accès des services numériques aux personnes âgées',
    kind: 'pledge',
    theme: 'digital-inclusion',
  },
  {
    text: 'Pour soutenir la croissance numérique, les trois pays s’informent mutuellement du déploiement',
    kind: 'ongoing',
    actor: 'Benelux countries',
    theme: 'connectivity',
  },
  { text: 'Les pays Benelux souhaitent changer cela.', kind: 'intention', actor: 'Benelux countries', theme: 'single-market' },
  {
    text: 'En appliquant les règles de la même manière, plus de clarté sera apportée pour les citoyens et les entreprises.',
    kind: 'goal',
    theme: 'single-market',
  },
  {
    text: 'Entre administrations, les factures numériques pourront désormais être traitées de manière uniforme dans tout le Benelux.',
    kind: 'pledge',
    theme: 'e-invoicing',
  },
  { text: 'Cela rendra le travail plus efficace et moins coûteux.', kind: 'goal', theme: 'e-invoicing' },
  {
    text: 'En même temps, les pays examinent de manière critique l’empreinte écologique de la numérisation.',
    kind: 'examination',
    actor: 'Benelux countries',
    theme: 'green-digital',
  },
];

describe('commitments of the 2025 meeting', () => {
  let found: Commitment[];
  beforeAll(async () => {
    const doc = (await bundledDocuments()).get(SOURCE.meeting)!;
    found = extractCommitments(doc, { matcher: defaultMatcher, defaultActor: voiceOf(doc.source) });
  });

  it('finds every commitment and nothing else, in reading order', () => {
    expect(found.map((c) => c.text.slice(0, 40))).toEqual(EXPECTED.map((e) => e.text.slice(0, 40)));
    found.forEach((c, i) => expect(c.text.startsWith(EXPECTED[i]!.text) || EXPECTED[i]!.text.startsWith(c.text), c.text).toBe(true));
  });

  it('gives each its kind, deadline, actor and main theme', () => {
    found.forEach((c, i) => {
      const e = EXPECTED[i]!;
      expect(c.kind, c.text).toBe(e.kind);
      expect(c.deadline?.value, c.text).toBe(e.deadline);
      if (e.actor) expect(c.actor, c.text).toBe(e.actor);
      if (e.theme) expect(c.themes[0], c.text).toBe(e.theme);
    });
  });

  it('keeps ranges, cues and scores consistent with the text', async () => {
    const doc = (await bundledDocuments()).get(SOURCE.meeting)!;
    const blocks = new Map(doc.blocks.map((b) => [b.id, b]));
    for (const c of found) {
      expect(blocks.get(c.blockId)!.text.slice(c.range.start, c.range.end)).toBe(c.text);
      expect(c.cues.length).toBeGreaterThan(0);
      expect(c.force).toBeGreaterThanOrEqual(1);
      expect(c.testable).toBe(c.specificity >= 2);
      expect(c.lang).toBe('fr');
    }
    const roundTable = found[7]!;
    expect(roundTable.cues[0]).toEqual({ rule: 'fr.future', text: 'organiseront' });
    expect(roundTable.deadline).toEqual({ value: '2025-11', printed: 'en novembre 2025' });
    expect(roundTable.specificity).toBeGreaterThanOrEqual(3); // instrument, deadline, named actor
    expect(new Set(found.map((c) => c.id)).size).toBe(found.length);
  });
});
