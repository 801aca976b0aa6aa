import { describe, expect, it } from 'vitest';
import { relationOf } from '../../../../src/core/compare';
import { commitment } from './fixtures';

const sim = (terms: number) => ({ terms });

describe('relations between linked commitments', () => {
  it('reads an examination becoming a pledge as strengthening, and the reverse as weakening', () => {
    const exam = commitment({ text: 'Il est examiné si une table ronde peut être organisée.', kind: 'examination', force: 1 });
    const pledge = commitment({ text: 'Les pays organiseront une table ronde.', kind: 'pledge', force: 3 });
    expect(relationOf(exam, pledge, sim(0.2))).toBe('strengthens');
    expect(relationOf(pledge, exam, sim(0.2))).toBe('weakens');
  });

  it('reads a deadline added at equal force as strengthening, one dropped as weakening', () => {
    const undated = commitment({ text: 'Les pays organiseront une table ronde.', force: 3 });
    const dated = commitment({
      text: 'Les pays organiseront en novembre 2025 une table ronde.',
      force: 3,
      deadline: { value: '2025-11', printed: 'en novembre 2025' },
    });
    expect(relationOf(undated, dated, sim(0.8))).toBe('strengthens');
    expect(relationOf(dated, undated, sim(0.8))).toBe('weakens');
  });

  it('reads a refusal against a pledge as a contradiction, whichever comes first', () => {
    const refusal = commitment({ text: 'Le Comité ne voit pas de nécessité d’établir une liste d’actions.', kind: 'refusal', force: 3 });
    const pledge = commitment({ text: 'Établir une liste d’actions.', kind: 'proposal', force: 2 });
    expect(relationOf(refusal, pledge, sim(0.5))).toBe('contradicts');
    expect(relationOf(pledge, refusal, sim(0.5))).toBe('contradicts');
  });

  it('tells rewording (most words shared) from continuing, at equal force', () => {
    const a = commitment({ text: 'Les trois pays échangent leurs bonnes pratiques.', kind: 'ongoing', force: 3 });
    const b = commitment({ text: 'Les pays échangeront leurs pratiques existantes.', kind: 'pledge', force: 3 });
    expect(relationOf(a, b, sim(0.6))).toBe('rewords');
    expect(relationOf(a, b, sim(0.2))).toBe('continues');
  });

  it('counts a clear gain in specificity as strengthening', () => {
    const vague = commitment({ text: 'Soutenir la fibre.', force: 2, specificity: 0 });
    const precise = commitment({ text: 'Connecter 500 000 foyers à la fibre via le plan X.', force: 2, specificity: 2 });
    expect(relationOf(vague, precise, sim(0.1))).toBe('strengthens');
  });
});
