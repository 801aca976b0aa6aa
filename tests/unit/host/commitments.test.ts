import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCorpusDir } from '../../../src/host/locations';
import { createReaderHost, type ReaderHost } from '../../../src/host/reader-host';
import { sealJson } from '../../../src/host/versioned-json';
import { parseArg } from '../../../src/shared/contract';

const MEETING = 'benelux-dg-meeting-2025';
const ANSWER = 'benelux-answer-2021';
const PROGRAMME = 'engages-digital-plan';
const MEETING_FILE = '001_aec3841ec0ea2de1.txt';
const tmp = (prefix: string): string => mkdtempSync(path.join(os.tmpdir(), prefix));
const host = (dataDir: string, corpusDir = bundledCorpusDir()): ReaderHost => createReaderHost({ corpusDir, dataDir, version: 'test' });

function copyCorpus(): string {
  const dir = tmp('synopsis-corpus-');
  for (const f of readdirSync(bundledCorpusDir())) copyFileSync(path.join(bundledCorpusDir(), f), path.join(dir, f));
  return dir;
}

async function commitmentStarting(api: ReaderHost, sourceId: string, start: string) {
  const { commitments } = await api.listCommitments({ sourceId });
  const found = commitments.find((c) => c.text.startsWith(start));
  if (!found) throw new Error(`no commitment starting with ${start}`);
  return found;
}

describe('commitments through the ReaderApi host', () => {
  it('lists the commitments of a source, filtered by kind and theme, with the versions that made them', async () => {
    const api = host(tmp('synopsis-cm-'));
    const all = await api.listCommitments({ sourceId: MEETING });
    expect(all.commitments).toHaveLength(15);
    expect(all.extractorVersion).toBeGreaterThanOrEqual(1);
    expect((await api.listCommitments({ sourceId: MEETING, kind: 'pledge' })).commitments.every((c) => c.kind === 'pledge')).toBe(true);
    expect((await api.listCommitments({ sourceId: MEETING, theme: 'e-invoicing' })).commitments.length).toBeGreaterThan(0);
    await expect(api.listCommitments({ sourceId: 'nope' })).rejects.toMatchObject({ kind: 'not-found' });
    await expect(api.listCommitments({ theme: 'nope' })).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('compares the three compared sources, and caches the result until something it depends on changes', async () => {
    const api = host(tmp('synopsis-cm-'));
    const first = await api.compare();
    expect(first.sources).toEqual([ANSWER, PROGRAMME, MEETING]);
    expect(first.themes).toHaveLength(17);
    expect(first.links.length).toBeGreaterThan(50);
    // The DESI profile's rebuilt tables give indicators per theme: 5G readiness, Belgium against the EU.
    const readiness = first.indicators.find((i) => i.code === '2c2')!;
    expect(readiness).toMatchObject({ theme: 'connectivity', sourceId: 'desi-2021-belgium', label: '5G readiness' });
    expect(readiness.values).toEqual(expect.arrayContaining([{ label: 'EU DESI 2021', value: '51%' }]));
    expect(await api.compare()).toBe(first);
    const two = await api.compare({ sources: [MEETING, ANSWER] });
    expect(two.sources).toEqual([MEETING, ANSWER]);
    // One source is a matrix column with its commitments (a report of a single source).
    const one = await api.compare({ sources: [MEETING] });
    expect(one.links).toEqual([]);
    expect(one.themes.find((t) => t.theme === 'e-invoicing')?.status).toBe('in-all');
    await expect(api.compare({ sources: [MEETING, 'nope'] })).rejects.toMatchObject({ kind: 'not-found' });
    await expect(api.compare({ sources: [MEETING, MEETING] })).rejects.toMatchObject({ kind: 'bad-input' });
  });

  it('applies a corrected kind, keeps it across a restart, marks it curated, and undoes it', async () => {
    const dataDir = tmp('synopsis-cm-');
    const api = host(dataDir);
    const target = await commitmentStarting(api, MEETING, 'Des mesures seront préparées');
    const decision = await api.curate({ type: 'set-kind', commitment: target.id, kind: 'intention', note: 'vague' });
    expect(decision.action).toMatchObject({ type: 'set-kind', commitment: { id: target.id, sourceId: MEETING, text: target.text } });

    const again = host(dataDir);
    const after = await commitmentStarting(again, MEETING, 'Des mesures seront préparées');
    expect(after).toMatchObject({ id: target.id, kind: 'intention', force: 2, curated: true });
    expect(after.cues[0]).toEqual({ rule: 'curation.set-kind', text: 'intention' });
    expect((await again.listCurations()).curations).toEqual([{ decision, status: 'applied' }]);

    await again.removeCuration({ id: decision.id });
    const undone = await commitmentStarting(again, MEETING, 'Des mesures seront préparées');
    expect(undone.kind).toBe('pledge');
    expect(undone.curated).toBeUndefined();
    await expect(again.removeCuration({ id: decision.id })).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('marks a passage as a commitment and another as not one; the latest decision wins', async () => {
    const api = host(tmp('synopsis-cm-'));
    const doc = await api.getDocument({ sourceId: MEETING });
    const quote = 'Le Luxembourg a déjà établi ses propres directives à cet effet';
    const block = doc.blocks.find((b) => b.text.includes(quote))!;
    const at = block.text.indexOf(quote);
    await api.curate({ type: 'mark-commitment', sourceId: MEETING, blockId: block.id, start: at, end: at + quote.length, kind: 'ongoing' });
    const marked = await commitmentStarting(api, MEETING, quote);
    expect(marked).toMatchObject({ kind: 'ongoing', curated: true, actor: 'Luxembourg' });
    expect((await api.listCommitments({ sourceId: MEETING })).commitments).toHaveLength(16);

    const goal = await commitmentStarting(api, MEETING, 'Cela doit entraîner');
    await api.curate({ type: 'not-commitment', commitment: goal.id });
    const list = (await api.listCommitments({ sourceId: MEETING })).commitments;
    expect(list.some((c) => c.id === goal.id)).toBe(false);
    expect(list).toHaveLength(15);
    // The comparison sees the curated commitments.
    const cmp = await api.compare();
    expect(cmp.commitments.some((c) => c.id === goal.id)).toBe(false);
    expect(cmp.commitments.some((c) => c.id === marked.id && c.curated)).toBe(true);

    await expect(
      api.curate({ type: 'mark-commitment', sourceId: MEETING, blockId: block.id, start: 5, end: 100_000 }),
    ).rejects.toMatchObject({ kind: 'bad-input' });
    await expect(api.curate({ type: 'mark-commitment', sourceId: MEETING, blockId: 'nope', start: 0, end: 5 })).rejects.toMatchObject({
      kind: 'not-found',
    });
  });

  it('rejects, confirms and adds links; the comparison says which links are curated', async () => {
    const api = host(tmp('synopsis-cm-'));
    const cmp = await api.compare();
    const [rejected, confirmed] = cmp.links;
    await api.curate({ type: 'reject-link', from: rejected!.from, to: rejected!.to });
    await api.curate({ type: 'confirm-link', from: confirmed!.from, to: confirmed!.to });
    const roundTable = await commitmentStarting(api, MEETING, 'C’est pourquoi les pays Benelux organiseront');
    const refusal = await commitmentStarting(api, ANSWER, 'Le Comité de Ministres Benelux ne voit pas');
    // Named the other way round: the link still goes from the earlier source to the later one.
    await api.curate({ type: 'add-link', from: roundTable.id, to: refusal.id, relation: 'contradicts' });
    const after = await api.compare();
    expect(after).not.toBe(cmp);
    expect(after.links.some((l) => l.id === rejected!.id)).toBe(false);
    expect(after.links.find((l) => l.id === confirmed!.id)?.origin).toBe('confirmed');
    expect(after.links.find((l) => l.from === refusal.id && l.to === roundTable.id)).toMatchObject({
      origin: 'added',
      relation: 'contradicts',
    });

    await expect(api.curate({ type: 'add-link', from: roundTable.id, to: roundTable.id })).rejects.toMatchObject({ kind: 'bad-input' });
    const sameSource = await commitmentStarting(api, MEETING, 'Les pays Benelux souhaitent');
    await expect(api.curate({ type: 'add-link', from: roundTable.id, to: sameSource.id })).rejects.toMatchObject({ kind: 'bad-input' });
    await expect(api.curate({ type: 'confirm-link', from: 'benelux-dg-meeting-2025:nope/x', to: refusal.id })).rejects.toMatchObject({
      kind: 'not-found',
    });
  });

  it('refuses themes the codebook does not have, and accepts the user’s own theme once added', async () => {
    const api = host(tmp('synopsis-cm-'));
    const target = await commitmentStarting(api, MEETING, 'un positionnement commun');
    await expect(api.curate({ type: 'set-themes', commitment: target.id, themes: ['space'] })).rejects.toMatchObject({ kind: 'bad-input' });
    const view = await api.updateCodebook({
      op: 'add-theme',
      id: 'common-positions',
      labels: { en: 'Common positions', fr: 'Positions communes', nl: 'Gemeenschappelijke standpunten' },
      terms: { fr: ['positionnement commun'], nl: ['gemeenschappelijk standpunt'] },
    });
    expect(view.edited).toEqual(['common-positions']);
    expect(view.codebook.version).not.toBe(view.defaultVersion);
    // The new theme is found by the extractor and listed in the comparison.
    expect((await commitmentStarting(api, MEETING, 'un positionnement commun')).themes[0]).toBe('common-positions');
    expect((await api.compare()).themes.map((t) => t.theme)).toContain('common-positions');
    await api.curate({ type: 'set-themes', commitment: target.id, themes: ['common-positions', 'artificial-intelligence'] });
    expect((await commitmentStarting(api, MEETING, 'un positionnement commun')).themes).toEqual([
      'common-positions',
      'artificial-intelligence',
    ]);
  });

  it('edits the codebook: rename, add and remove terms, reset; default themes cannot be removed', async () => {
    const dataDir = tmp('synopsis-cm-');
    const api = host(dataDir);
    await api.updateCodebook({ op: 'rename', id: 'e-invoicing', lang: 'fr', label: 'Factures électroniques' });
    await api.updateCodebook({
      op: 'add-terms',
      id: 'green-digital',
      lang: 'fr',
      terms: ['Empreinte Écologique De La Numérisation', 'sobriété'],
    });
    let view = await host(dataDir).getCodebook();
    const green = view.codebook.concepts.find((c) => c.id === 'green-digital')!;
    expect(green.terms.fr).toContain('sobriété');
    expect(view.codebook.concepts.find((c) => c.id === 'e-invoicing')!.labels.fr).toBe('Factures électroniques');
    view = await api.updateCodebook({ op: 'remove-terms', id: 'green-digital', lang: 'fr', terms: ['sobriété', 'climat'] });
    expect(view.codebook.concepts.find((c) => c.id === 'green-digital')!.terms.fr).not.toContain('climat');
    await expect(api.updateCodebook({ op: 'remove-theme', id: 'e-invoicing' })).rejects.toMatchObject({ kind: 'bad-input' });
    await expect(api.updateCodebook({ op: 'rename', id: 'nope', lang: 'en', label: 'x' })).rejects.toMatchObject({ kind: 'not-found' });
    await expect(api.updateCodebook({ op: 'add-theme', id: 'connectivity', labels: { en: 'a', fr: 'b', nl: 'c' } })).rejects.toMatchObject({
      kind: 'conflict',
    });
    view = await api.updateCodebook({ op: 'reset' });
    expect(view.edited).toEqual([]);
    expect(view.codebook.version).toBe(view.defaultVersion);
  });

  it('reports a decision whose commitment changed in the source as orphaned, and keeps it', async () => {
    const corpus = copyCorpus();
    const dataDir = tmp('synopsis-cm-');
    const api = host(dataDir, corpus);
    const target = await commitmentStarting(api, MEETING, 'Les pays Benelux souhaitent changer cela');
    await api.curate({ type: 'set-actor', commitment: target.id, actor: 'Benelux Union' });
    const file = path.join(corpus, MEETING_FILE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('souhaitent changer cela', 'veulent changer cette situation'));
    const reopened = host(dataDir, corpus);
    const list = await reopened.listCurations();
    expect(list.curations).toHaveLength(1);
    expect(list.curations[0]!.status).toBe('orphaned');
    expect((await reopened.listCurations({ sourceId: ANSWER })).curations).toHaveLength(0);
  });

  it('opens a workspace of schema 2 with its annotations kept and no curation', async () => {
    const dataDir = tmp('synopsis-cm-');
    const v2 = {
      schemaVersion: 2,
      revision: 7,
      layout: { panes: [] },
      preferences: { theme: 'light', fontScale: 1 },
      annotations: [],
    };
    writeFileSync(path.join(dataDir, 'workspace.json'), sealJson('synopsis-workspace', 2, v2));
    const api = host(dataDir);
    const ws = await api.getWorkspace();
    expect(ws).toMatchObject({ schemaVersion: 3, revision: 7, curation: [], codebook: { overrides: {}, added: [] } });
    expect((await api.getAppInfo()).notices).toEqual([]);
    const target = await commitmentStarting(api, MEETING, 'Les pays Benelux souhaitent changer cela');
    await api.curate({ type: 'set-kind', commitment: target.id, kind: 'goal' });
    const saved = JSON.parse(readFileSync(path.join(dataDir, 'workspace.json'), 'utf8'));
    expect(saved.schemaVersion).toBe(3);
    expect(saved.data.curation).toHaveLength(1);
  });

  it('validates the new methods’ arguments at the contract', () => {
    expect(parseArg('curate', { type: 'set-kind', commitment: 'x', kind: 'promise' }).ok).toBe(false);
    expect(parseArg('curate', { type: 'set-kind', commitment: 'x', kind: 'pledge' }).ok).toBe(true);
    expect(parseArg('curate', { type: 'mark-commitment', sourceId: 's', blockId: 'b', start: -1, end: 3 }).ok).toBe(false);
    expect(parseArg('compare', { sources: [] }).ok).toBe(false);
    expect(parseArg('compare', { minSimilarity: 2 }).ok).toBe(false);
    expect(parseArg('compare', undefined).ok).toBe(true);
    expect(parseArg('updateCodebook', { op: 'add-theme', id: 'Bad Id', labels: { en: 'a', fr: 'b', nl: 'c' } }).ok).toBe(false);
    expect(parseArg('listCommitments', { kind: 'pledge', extra: 1 }).ok).toBe(false);
  });
});
