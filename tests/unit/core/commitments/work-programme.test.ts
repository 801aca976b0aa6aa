import { describe, expect, it } from 'vitest';
import { documentDefaults, extractCommitments, voiceOf } from '../../../../src/core/commitments';
import { bundledDocuments, defaultMatcher, SOURCE } from './corpus';

describe('commitments of the Benelux work programme 2021–2024 (optional fourth source)', () => {
  it('reads its bare list items as the Benelux Union’s goals, and its titles and links as nothing', async () => {
    const doc = (await bundledDocuments()).get(SOURCE.workProgramme)!;
    expect(documentDefaults(doc.source)).toEqual({ itemKind: 'goal' });
    const found = extractCommitments(doc, {
      matcher: defaultMatcher,
      defaultActor: voiceOf(doc.source),
      defaults: documentDefaults(doc.source),
    });
    const items = doc.blocks.filter((b) => b.kind === 'list-item');
    expect(found).toHaveLength(items.length);
    expect(found.every((c) => c.kind === 'goal' && c.cues[0]!.rule === 'document.goals')).toBe(true);
    expect(found.find((c) => c.text.startsWith('Combiner l'))?.themes[0]).toBe('artificial-intelligence');
    expect(found.filter((c) => c.actor === 'Benelux Union').length).toBeGreaterThan(items.length / 2);
  });

  it('leaves the other sources alone: they are not plans', async () => {
    const docs = await bundledDocuments();
    for (const id of [SOURCE.answer, SOURCE.meeting, SOURCE.programme, SOURCE.desi])
      expect(documentDefaults(docs.get(id)!.source)).toEqual({});
  });
});
