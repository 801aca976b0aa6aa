import { describe, expect, it } from 'vitest';
import {
  addAnnotation,
  annotationSearchDocuments,
  editAnnotation,
  filterAnnotations,
  newAnnotation,
  nextStamp,
  normalizeTags,
  passageTargetAt,
  restore,
  softDelete,
  suggestTags,
  tagCounts,
} from '../../../../src/core/annotations';
import type { Annotation, AnnotationView } from '../../../../src/shared/annotations';
import { docOf } from './helpers';

const doc = docOf(['La Commission européenne évalue l’économie numérique de la Belgique.', 'Une stratégie pour l’œuvre commune.']);
const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n));

function make(id: string, block: number, note = '', tags: string[] = [], color?: 'yellow' | 'blue'): Annotation {
  const target = passageTargetAt(doc, doc.blocks[block]!.id, 3, 13);
  return newAnnotation(id, target, { note, tags, ...(color ? { color } : {}) }, at(0));
}

describe('one-annotation changes', () => {
  it('adds, edits, deletes softly and restores, each stamping a newer modified', () => {
    let list: readonly Annotation[] = [];
    list = addAnnotation(list, make('a', 0)).annotations;
    expect(list[0]!.motivation).toBe('highlighting');
    const edited = editAnnotation(list, 'a', list[0]!.modified, { note: 'À vérifier', tags: ['budget'] }, at(0));
    expect(edited.annotation.motivation).toBe('commenting');
    expect(edited.annotation.modified > list[0]!.modified).toBe(true); // same clock: still a new stamp
    const deleted = softDelete(edited.annotations, 'a', at(5));
    expect(deleted.annotations).toHaveLength(1);
    expect(deleted.annotation.deleted).toBeDefined();
    const restored = restore(deleted.annotations, 'a', at(6));
    expect(restored.annotation.deleted).toBeUndefined();
    expect(restored.annotation.body.note).toBe('À vérifier');
  });

  it('refuses an edit made on a stale version with a conflict that says what to do', () => {
    let list = addAnnotation([], make('a', 0)).annotations;
    const seen = list[0]!.modified;
    list = editAnnotation(list, 'a', seen, { color: 'blue' }, at(1)).annotations; // another window
    expect(() => editAnnotation(list, 'a', seen, { note: 'mine' }, at(2))).toThrow(/changed elsewhere.*Reload/);
    try {
      editAnnotation(list, 'a', seen, { note: 'mine' }, at(2));
    } catch (err) {
      expect((err as { kind: string }).kind).toBe('conflict');
    }
    expect(() => editAnnotation(list, 'zzz', seen, {}, at(2))).toThrow(/No annotation zzz/);
    expect(() => addAnnotation(list, make('a', 1))).toThrow(/already exists/);
  });

  it('stamps strictly increase even when the clock goes back', () => {
    expect(nextStamp('2026-01-01T00:00:10.000Z', at(5))).toBe('2026-01-01T00:00:10.001Z');
    expect(nextStamp(undefined, at(5))).toBe(at(5).toISOString());
  });

  it('normalizes tags: trimmed, no leading #, one per spelling regardless of case and accents', () => {
    expect(normalizeTags([' #Numérique ', 'numerique', 'NUMÉRIQUE', 'Belgique  fédérale', ''])).toEqual(['Numérique', 'Belgique fédérale']);
    expect(() => normalizeTags(['x'.repeat(65)])).toThrow(/longer than 64/);
  });
});

describe('filters, tags and search documents', () => {
  const list: Annotation[] = [
    make('a', 0, 'Voir l’ÉCONOMIE numérique', ['Économie', 'Belgique'], 'yellow'),
    make('b', 1, 'oeuvre à suivre', ['economie'], 'blue'),
    make('c', 1, 'supprimée', ['économie'], 'blue'),
  ];
  list[2] = { ...list[2]!, deleted: at(9).toISOString() };
  const views: AnnotationView[] = list.map((annotation) => ({ annotation, anchor: { kind: 'anchored', blockId: 'x', start: 0, end: 1 } }));

  it('filters by text ignoring case and accents, by tag, colour and source; leaves deleted ones out', () => {
    const ids = (q: Parameters<typeof filterAnnotations>[1]) => filterAnnotations(views, q).map((v) => v.annotation.id);
    expect(ids({ text: 'economie NUMERIQUE' })).toEqual(['a']);
    expect(ids({ text: 'œuvre' })).toEqual(['b']);
    expect(ids({ tag: '#economie' })).toEqual(['a', 'b']);
    expect(ids({ color: 'blue' })).toEqual(['b']);
    expect(ids({ color: 'blue', includeDeleted: true })).toEqual(['b', 'c']);
    expect(ids({ sourceId: 'src' })).toEqual(['a', 'b']);
    expect(ids({ sourceId: 'other' })).toEqual([]);
    expect(ids({ text: 'Commission' })).toEqual(['a']); // the quote counts too
  });

  it('counts tags by frequency under their most used spelling, for autocomplete', () => {
    expect(tagCounts(list)).toEqual([
      { tag: 'economie', count: 2 },
      { tag: 'Belgique', count: 1 },
    ]);
    expect(suggestTags(list, 'éco')).toEqual(['economie']);
    expect(suggestTags(list, '')).toEqual(['economie', 'Belgique']);
    expect(suggestTags(list, 'b', 8, ['belgique'])).toEqual([]);
  });

  it('gives the indexer one document per live annotation: note, tags and quote', () => {
    const docs = annotationSearchDocuments(list);
    expect(docs.map((d) => d.id)).toEqual(['a', 'b']);
    expect(docs[0]).toMatchObject({ sourceId: 'src' });
    expect(docs[0]!.text).toContain('Voir l’ÉCONOMIE numérique');
    expect(docs[0]!.text).toContain('Belgique');
    expect(docs[0]!.text).toContain(list[0]!.target.kind === 'passage' ? list[0]!.target.selector[0].exact : '?');
  });
});
