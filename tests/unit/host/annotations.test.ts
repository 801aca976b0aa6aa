import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCorpusDir } from '../../../src/host/locations';
import { createReaderHost, type ReaderHost } from '../../../src/host/reader-host';
import { sealJson } from '../../../src/host/versioned-json';
import type { CreateAnnotationArg } from '../../../src/shared/annotations';
import { parseArg } from '../../../src/shared/contract';

const MEETING = 'benelux-dg-meeting-2025';
const MEETING_FILE = '001_aec3841ec0ea2de1.txt';
const tmp = (prefix: string): string => mkdtempSync(path.join(os.tmpdir(), prefix));

function host(dataDir: string, corpusDir = bundledCorpusDir()): ReaderHost {
  return createReaderHost({ corpusDir, dataDir, version: 'test' });
}

/** Where a quote is in a source: what the UI sends when the user selects it. */
async function selection(api: ReaderHost, sourceId: string, quote: string): Promise<CreateAnnotationArg> {
  const doc = await api.getDocument({ sourceId });
  for (const b of doc.blocks) {
    const at = b.text.indexOf(quote);
    if (at >= 0) return { sourceId, blockId: b.id, start: at, end: at + quote.length };
  }
  throw new Error(`quote not found: ${quote}`);
}

function copyCorpus(): string {
  const dir = tmp('synopsis-corpus-');
  for (const f of readdirSync(bundledCorpusDir())) copyFileSync(path.join(bundledCorpusDir(), f), path.join(dir, f));
  return dir;
}

describe('annotations through the ReaderApi host', () => {
  it('creates, colours, notes and tags; every change is on disk when the call resolves (reload keeps it)', async () => {
    const dataDir = tmp('synopsis-ann-');
    const api = host(dataDir);
    const made = await api.createAnnotation({ ...(await selection(api, MEETING, 'table ronde sur l’inclusion numérique')), color: 'pink' });
    expect(made.anchor.kind).toBe('anchored');
    expect(made.annotation.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    const edited = await api.updateAnnotation({
      id: made.annotation.id,
      expectedModified: made.annotation.modified,
      note: 'Suivre la **table ronde**',
      tags: ['inclusion', 'Benelux'],
    });
    expect(edited.annotation.body).toEqual({ note: 'Suivre la **table ronde**', tags: ['inclusion', 'Benelux'], color: 'pink' });

    const reloaded = host(dataDir); // a new window, or the app restarted
    const list = await reloaded.listAnnotations();
    expect(list.annotations).toHaveLength(1);
    expect(list.annotations[0]!.annotation).toEqual(edited.annotation);
    expect(list.annotations[0]!.anchor.kind).toBe('anchored');
    expect(list.tags.map((t) => t.tag).sort()).toEqual(['Benelux', 'inclusion']);
    expect((await reloaded.getAppInfo()).notices).toEqual([]);
  });

  it('deletes softly and restores (undelete); filters by source, colour, tag and accent-free text', async () => {
    const api = host(tmp('synopsis-ann-'));
    const a = await api.createAnnotation({ ...(await selection(api, MEETING, 'facturation numérique')), tags: ['Économie'] });
    const b = await api.createAnnotation({ ...(await selection(api, 'desi-2021-belgium', 'Belgium')), color: 'blue', note: 'DESI' });
    expect((await api.listAnnotations({ text: 'FACTURATION numerique' })).annotations.map((v) => v.annotation.id)).toEqual([
      a.annotation.id,
    ]);
    expect((await api.listAnnotations({ tag: 'economie' })).annotations).toHaveLength(1);
    expect((await api.listAnnotations({ color: 'blue' })).annotations.map((v) => v.annotation.id)).toEqual([b.annotation.id]);
    expect((await api.listAnnotations({ sourceId: 'desi-2021-belgium' })).annotations).toHaveLength(1);
    // Reading order: corpus order of sources (the meeting report comes before DESI).
    expect((await api.listAnnotations()).annotations.map((v) => v.annotation.id)).toEqual([a.annotation.id, b.annotation.id]);

    const deleted = await api.deleteAnnotation({ id: a.annotation.id });
    expect(deleted.deleted).toBeDefined();
    expect((await api.listAnnotations()).annotations).toHaveLength(1);
    expect((await api.listAnnotations({ includeDeleted: true })).annotations).toHaveLength(2);
    const restored = await api.restoreAnnotation({ id: a.annotation.id });
    expect(restored.annotation.deleted).toBeUndefined();
    expect(restored.anchor.kind).toBe('anchored');
    expect((await api.listAnnotations()).annotations).toHaveLength(2);
  });

  it('two windows on one workspace merge their additions and refuse a stale edit with a conflict', async () => {
    const dataDir = tmp('synopsis-ann-');
    const w1 = host(dataDir);
    const w2 = host(dataDir);
    const one = await w1.createAnnotation(await selection(w1, MEETING, 'souveraineté numérique'));
    const seenBy2 = (await w2.listAnnotations()).annotations[0]!.annotation;
    const two = await w2.createAnnotation(await selection(w2, MEETING, 'fibre optique'));
    await w1.updateAnnotation({ id: one.annotation.id, expectedModified: one.annotation.modified, note: 'from window 1' });
    // Window 1's layout save does not drop window 2's annotation either.
    await w1.updateWorkspace({ preferences: { fontScale: 1.25 } });
    await expect(w2.updateAnnotation({ id: seenBy2.id, expectedModified: seenBy2.modified, note: 'from window 2' })).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringMatching(/changed elsewhere/),
    });
    const list = (await host(dataDir).listAnnotations()).annotations.map((v) => v.annotation);
    expect(list.map((a) => a.id).sort()).toEqual([one.annotation.id, two.annotation.id].sort());
    expect(list.find((a) => a.id === one.annotation.id)!.body.note).toBe('from window 1');
  });

  it('keeps every one of many concurrent changes from one window', async () => {
    const api = host(tmp('synopsis-ann-'));
    const sel = await selection(api, MEETING, 'intelligence artificielle');
    const made = await Promise.all(Array.from({ length: 20 }, (_, i) => api.createAnnotation({ ...sel, note: `n${i}` })));
    const list = await api.listAnnotations();
    expect(list.annotations).toHaveLength(20);
    expect(new Set(list.annotations.map((v) => v.annotation.id))).toEqual(new Set(made.map((m) => m.annotation.id)));
  });

  it('opens a workspace of schema 1 (before annotations) with its layout kept and no annotations', async () => {
    const dataDir = tmp('synopsis-ann-');
    const v1 = {
      schemaVersion: 1,
      revision: 3,
      layout: { panes: [{ id: 'p1', sourceId: MEETING, view: 'all', linked: true, collapsed: false, width: 1 }] },
      preferences: { theme: 'dark', fontScale: 1.1 },
    };
    writeFileSync(path.join(dataDir, 'workspace.json'), sealJson('synopsis-workspace', 1, v1));
    const api = host(dataDir);
    const ws = await api.getWorkspace();
    expect(ws).toMatchObject({ schemaVersion: 3, revision: 3, layout: v1.layout, preferences: v1.preferences, annotations: [] });
    expect((await api.getAppInfo()).notices).toEqual([]);
    await api.createAnnotation(await selection(api, MEETING, 'fibre optique'));
    const saved = JSON.parse(readFileSync(path.join(dataDir, 'workspace.json'), 'utf8'));
    expect(saved.schemaVersion).toBe(3);
    expect(saved.data.annotations).toHaveLength(1);
  });

  it('recovers annotations from the backup, with a notice, when the workspace file is damaged', async () => {
    const dataDir = tmp('synopsis-ann-');
    const api = host(dataDir);
    const first = await api.createAnnotation(await selection(api, MEETING, 'fibre optique'));
    await api.createAnnotation(await selection(api, MEETING, 'facturation numérique'));
    const file = path.join(dataDir, 'workspace.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('fibre optique', 'fibre 0ptique')); // checksum no longer matches
    const reopened = host(dataDir);
    const list = await reopened.listAnnotations();
    // The backup is the version before the last write: the first annotation is there.
    expect(list.annotations.map((v) => v.annotation.id)).toEqual([first.annotation.id]);
    expect((await reopened.getAppInfo()).notices.join(' ')).toMatch(/damaged.*backup was loaded/);
    expect(readdirSync(dataDir).some((f) => f.startsWith('workspace.corrupt-'))).toBe(true);
  });

  it('refuses bad selections and unknown ids with clear errors', async () => {
    const api = host(tmp('synopsis-ann-'));
    const sel = await selection(api, MEETING, 'fibre optique');
    await expect(api.createAnnotation({ ...sel, blockId: `${MEETING}:nope` })).rejects.toMatchObject({ kind: 'not-found' });
    await expect(api.createAnnotation({ ...sel, end: sel.start })).rejects.toMatchObject({ kind: 'bad-input' });
    await expect(api.createAnnotation({ ...sel, sourceId: 'nope' })).rejects.toMatchObject({ kind: 'not-found' });
    await expect(api.deleteAnnotation({ id: 'urn:uuid:missing' })).rejects.toMatchObject({ kind: 'not-found' });
    await expect(api.importAnnotations({ content: 'nope' })).rejects.toMatchObject({ kind: 'bad-input' });
  });

  it('annotates a whole commitment or a link (the Compare view): kept, listed unchecked, exported, undeletable', async () => {
    const api = host(tmp('synopsis-ann-'));
    const onCommitment = await api.createItemAnnotation({
      target: { kind: 'commitment', source: MEETING, commitmentId: 'c-1' },
      note: 'Deadline?',
      color: 'blue',
    });
    expect(onCommitment.anchor.kind).toBe('unchecked');
    const onLink = await api.createItemAnnotation({
      target: { kind: 'link', linkId: 'l-1', sources: [MEETING, 'benelux-answer-2021'], commitmentIds: ['c-1', 'c-2'] },
      tags: ['follow-up'],
    });
    const listed = await api.listAnnotations({ sourceId: 'benelux-answer-2021' });
    expect(listed.annotations.map((v) => v.annotation.id)).toEqual([onLink.annotation.id]);
    await api.deleteAnnotation({ id: onCommitment.annotation.id });
    await api.restoreAnnotation({ id: onCommitment.annotation.id });
    expect((await api.listAnnotations()).annotations).toHaveLength(2);
    await expect(api.createItemAnnotation({ target: { kind: 'commitment', source: 'nope', commitmentId: 'c' } })).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(parseArg('createItemAnnotation', { target: { kind: 'passage', source: MEETING } }).ok).toBe(false);
  });

  it('exports JSON-LD and re-imports it into an empty data folder: the same annotations, anchored', async () => {
    const api = host(tmp('synopsis-ann-'));
    await api.createAnnotation({
      ...(await selection(api, MEETING, 'facturation numérique')),
      note: 'À lire',
      tags: ['factures'],
      color: 'green',
    });
    await api.createAnnotation({ ...(await selection(api, 'benelux-answer-2021', 'Benelux')), tags: ['NL'] });
    const gone = await api.createAnnotation(await selection(api, MEETING, 'fibre optique'));
    await api.deleteAnnotation({ id: gone.annotation.id });
    const json = await api.exportAnnotations({ format: 'jsonld' });

    const fresh = host(tmp('synopsis-ann-'));
    const report = await fresh.importAnnotations({ content: json });
    expect(report).toMatchObject({ imported: 2, duplicates: 0, skipped: [] });
    const before = (await api.listAnnotations()).annotations;
    const after = (await fresh.listAnnotations()).annotations;
    expect(after.map((v) => v.anchor.kind)).toEqual(['anchored', 'anchored']);
    const strip = (v: (typeof after)[number]) => ({ id: v.annotation.id, body: v.annotation.body, target: v.annotation.target });
    expect(after.map(strip).sort((x, y) => x.id.localeCompare(y.id))).toEqual(before.map(strip).sort((x, y) => x.id.localeCompare(y.id)));
    expect(await fresh.importAnnotations({ content: json })).toMatchObject({ imported: 0, duplicates: 2 });

    const md = await api.exportAnnotations({ format: 'md' });
    expect(md).toContain('## Le Benelux unit ses forces');
    const csv = await api.exportAnnotations({ format: 'csv' });
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(3);
  });
});

describe('annotation methods in the contract', () => {
  it('validates arguments before they reach the host, as every shell does', () => {
    expect(parseArg('listAnnotations', undefined).ok).toBe(true);
    expect(parseArg('listAnnotations', { sourceId: MEETING, text: 'numérique', color: 'blue' }).ok).toBe(true);
    expect(parseArg('createAnnotation', { sourceId: MEETING, blockId: 'b', start: 0, end: 4, color: 'blue', tags: ['x'] }).ok).toBe(true);
    expect(parseArg('createAnnotation', { sourceId: MEETING, blockId: 'b', start: 0, end: 4, color: 'octarine' }).ok).toBe(false);
    expect(parseArg('createAnnotation', { sourceId: MEETING, blockId: 'b', start: -1, end: 4 }).ok).toBe(false);
    const stale = parseArg('updateAnnotation', { id: 'urn:uuid:x', note: 'no version given' });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.message).toMatch(/updateAnnotation at expectedModified/);
    expect(parseArg('exportAnnotations', { format: 'pdf' }).ok).toBe(false);
    expect(parseArg('importAnnotations', { content: '' }).ok).toBe(false);
    expect(parseArg('deleteAnnotation', { id: 'urn:uuid:x', extra: 1 }).ok).toBe(false);
  });
});

describe('re-ingesting an edited source', () => {
  it('keeps annotations elsewhere anchored; the edited passage becomes changed or orphaned, and can be accepted or re-attached', async () => {
    const corpusDir = copyCorpus();
    const dataDir = tmp('synopsis-ann-');
    const api = host(dataDir, corpusDir);
    const stays = await api.createAnnotation(await selection(api, MEETING, 'souveraineté numérique'));
    const alsoStays = await api.createAnnotation(await selection(api, MEETING, 'facturation numérique'));
    const lightly = await api.createAnnotation({
      ...(await selection(api, MEETING, 'organiseront en novembre 2025 une table ronde sur l’inclusion numérique')),
      note: 'date à vérifier',
    });
    const rewritten = await api.createAnnotation(
      await selection(api, MEETING, 'du déploiement des ambitions européennes en matière de fibre optique'),
    );

    const file = path.join(corpusDir, MEETING_FILE);
    const text = readFileSync(file, 'utf8');
    const edited = text
      .replace('organiseront en novembre 2025 une table ronde', 'organiseront en décembre 2025 une table ronde')
      .replace(
        'Pour soutenir la croissance numérique, les trois pays s’informent mutuellement du déploiement des ambitions européennes en matière de fibre optique et d’interopérabilité.',
        'Les trois gouvernements comptent investir conjointement dans les réseaux à très haut débit.',
      );
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);

    const reloaded = host(dataDir, corpusDir);
    const doc = await reloaded.getDocument({ sourceId: MEETING });
    expect(doc.source.integrity.kind).toBe('mismatch');
    const status = async () =>
      Object.fromEntries((await reloaded.listAnnotations()).annotations.map((v) => [v.annotation.id, v.anchor] as const));
    let anchors = await status();
    expect(anchors[stays.annotation.id]!.kind).toBe('anchored');
    expect(anchors[alsoStays.annotation.id]!.kind).toBe('anchored');
    expect(anchors[lightly.annotation.id]).toMatchObject({
      kind: 'changed',
      oldText: 'organiseront en novembre 2025 une table ronde sur l’inclusion numérique',
      newText: 'organiseront en décembre 2025 une table ronde sur l’inclusion numérique',
    });
    expect(anchors[rewritten.annotation.id]!.kind).toBe('orphaned');
    // Orphans are listed (their own tab), never dropped.
    expect((await reloaded.listAnnotations({ status: 'orphaned' })).annotations.map((v) => v.annotation.id)).toEqual([
      rewritten.annotation.id,
    ]);

    const accepted = await reloaded.acceptAnnotationChange({ id: lightly.annotation.id });
    expect(accepted.anchor.kind).toBe('anchored');
    expect(accepted.annotation.body.note).toBe('date à vérifier');
    const target = await selection(reloaded, MEETING, 'réseaux à très haut débit');
    const reattached = await reloaded.reattachAnnotation({
      id: rewritten.annotation.id,
      blockId: target.blockId,
      start: target.start,
      end: target.end,
    });
    expect(reattached.anchor.kind).toBe('anchored');
    anchors = await status();
    expect(Object.values(anchors).map((a) => a.kind)).toEqual(['anchored', 'anchored', 'anchored', 'anchored']);

    // Undo of both: the earlier targets come back, with the states they had; a stale version is refused.
    if (rewritten.annotation.target.kind !== 'passage' || lightly.annotation.target.kind !== 'passage') throw new Error('passages');
    await expect(
      reloaded.restoreAnnotationTarget({
        id: rewritten.annotation.id,
        target: rewritten.annotation.target,
        expectedModified: rewritten.annotation.modified,
      }),
    ).rejects.toMatchObject({ kind: 'conflict' });
    const undone = await reloaded.restoreAnnotationTarget({
      id: rewritten.annotation.id,
      target: rewritten.annotation.target,
      expectedModified: reattached.annotation.modified,
    });
    expect(undone.anchor.kind).toBe('orphaned');
    expect(undone.annotation.target).toEqual(rewritten.annotation.target);
    const unaccepted = await reloaded.restoreAnnotationTarget({
      id: lightly.annotation.id,
      target: lightly.annotation.target,
      expectedModified: accepted.annotation.modified,
    });
    expect(unaccepted.anchor.kind).toBe('changed');
    // The contract checks the target like any other input: a half target never reaches the store.
    expect(
      parseArg('restoreAnnotationTarget', {
        id: lightly.annotation.id,
        target: { kind: 'passage' },
        expectedModified: accepted.annotation.modified,
      }).ok,
    ).toBe(false);
    expect(
      parseArg('restoreAnnotationTarget', {
        id: lightly.annotation.id,
        target: lightly.annotation.target,
        expectedModified: accepted.annotation.modified,
      }).ok,
    ).toBe(true);
  });
});
