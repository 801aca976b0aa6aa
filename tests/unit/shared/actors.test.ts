import { describe, expect, it } from 'vitest';
import { ACTORS } from '../../../src/core/commitments/actors';
import { ACTOR_LABELS, actorLabel } from '../../../src/shared/actors';

describe('actor names in the reader’s language', () => {
  it('has a French and a Dutch name for every actor the extractor recognises, and no name for an actor it does not', () => {
    expect(Object.keys(ACTOR_LABELS).sort()).toEqual(ACTORS.map((a) => a.name).sort());
    for (const a of ACTORS) {
      expect(actorLabel(a.name, 'en')).toBe(a.name);
      expect(actorLabel(a.name, 'fr').trim()).not.toBe('');
      expect(actorLabel(a.name, 'nl').trim()).not.toBe('');
    }
    expect(actorLabel('Benelux Committee of Ministers', 'fr')).toBe('Comité de Ministres Benelux');
    expect(actorLabel('Belgium', 'nl')).toBe('België');
  });

  it('shows a name typed by the user as it is, in every language, whatever it is called', () => {
    expect(actorLabel('Mon cabinet', 'fr')).toBe('Mon cabinet');
    expect(actorLabel('toString', 'nl')).toBe('toString');
    expect(actorLabel('__proto__', 'fr')).toBe('__proto__');
  });
});
