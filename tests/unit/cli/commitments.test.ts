import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';

const tmp = (prefix: string): string => mkdtempSync(path.join(os.tmpdir(), prefix));
const MEETING = 'benelux-dg-meeting-2025';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('synopsis commitments', () => {
  it('--source S --json prints { commitments: [ … ] } with every field of a commitment', async () => {
    const { code, out, err } = await cli('commitments', '--source', MEETING, '--json', '--data-dir', tmp('synopsis-cli-cm-'));
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out) as { commitments: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['commitments']);
    expect(json.commitments).toHaveLength(15);
    const roundTable = json.commitments.find((c) => String(c.text).includes('table ronde'))!;
    expect(roundTable).toMatchObject({
      sourceId: MEETING,
      lang: 'fr',
      kind: 'pledge',
      themes: ['digital-inclusion'],
      actor: 'Benelux countries',
      deadline: { value: '2025-11', printed: 'en novembre 2025' },
      force: 3,
    });
    for (const key of ['id', 'blockId', 'range', 'specificity', 'cues']) expect(roundTable).toHaveProperty(key);
  });

  it('refuses an unknown kind (exit 2) and an unknown source (exit 2), one line each', async () => {
    const bad = await cli('commitments', '--kind', 'promise', '--data-dir', tmp('synopsis-cli-cm-'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--kind takes one of/);
    const missing = await cli('commitments', '--source', 'nope', '--data-dir', tmp('synopsis-cli-cm-'));
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('synopsis compare', () => {
  it('--json prints sources, themes with bySource and status, links with similarity, relation and diff', async () => {
    const { code, out, err } = await cli('compare', '--json', '--data-dir', tmp('synopsis-cli-cmp-'));
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.sources).toEqual(['benelux-answer-2021', 'engages-digital-plan', MEETING]);
    expect(json.themes).toHaveLength(17);
    for (const t of json.themes) {
      expect(Object.keys(t).sort()).toEqual(['bySource', 'status', 'theme']);
      expect(Object.keys(t.bySource)).toEqual(json.sources);
    }
    expect(json.links.length).toBeGreaterThan(0);
    for (const l of json.links.slice(0, 20)) {
      expect(l).toEqual(
        expect.objectContaining({
          from: expect.any(String),
          to: expect.any(String),
          similarity: expect.any(Number),
          relation: expect.any(String),
        }),
      );
      for (const op of l.diff) expect(['equal', 'insert', 'delete']).toContain(op.op);
    }
    // The word diff keeps meaningful shared runs: most links show what their texts share, in place.
    type Op = { op: string; text: string };
    const sharing = (json.links as { diff: Op[] }[]).filter((l) =>
      l.diff.some((o) => o.op === 'equal' && /[\p{L}\p{N}]{3,}/u.test(o.text)),
    );
    expect(sharing.length / json.links.length).toBeGreaterThanOrEqual(0.8);
    expect(json.method.linkThreshold).toBeGreaterThan(0);
  });

  it('--sources a,b keeps the order given; one source or a bad threshold is a usage error', async () => {
    const data = tmp('synopsis-cli-cmp-');
    const two = await cli('compare', '--sources', `${MEETING},benelux-answer-2021`, '--json', '--data-dir', data);
    expect(two.code).toBe(0);
    expect(JSON.parse(two.out).sources).toEqual([MEETING, 'benelux-answer-2021']);
    expect((await cli('compare', '--sources', MEETING, '--data-dir', data)).code).toBe(2);
    expect((await cli('compare', '--min-similarity', '3', '--data-dir', data)).code).toBe(2);
    const letters = await cli('compare', '--granularity', 'letters', '--data-dir', data);
    expect(letters.code).toBe(2);
    expect(letters.err).toMatch(/--granularity takes word, token, sentence or char/);
    // The raw token diff is still there: shared spaces and articles everywhere.
    const tokens = await cli('compare', '--granularity', 'token', '--json', '--data-dir', data);
    expect(tokens.code).toBe(0);
    expect(JSON.parse(tokens.out).links[0].diff.length).toBeGreaterThan(5);
  });

  it('prints a matrix for people without --json', async () => {
    const { code, out } = await cli('compare', '--data-dir', tmp('synopsis-cli-cmp-'));
    expect(code).toBe(0);
    expect(out).toMatch(/^S1 = benelux-answer-2021/);
    expect(out).toMatch(/e-invoicing +0 +0 +2 +new/);
  });
});

describe('synopsis curate', () => {
  it('records a decision, lists it, and withdraws it', async () => {
    const data = tmp('synopsis-cli-cur-');
    const listed = JSON.parse((await cli('commitments', '--source', MEETING, '--json', '--data-dir', data)).out) as {
      commitments: { id: string; text: string }[];
    };
    const target = listed.commitments.find((c) => c.text.startsWith('Des mesures seront préparées'))!;
    const made = await cli('curate', 'set-kind', target.id, 'intention', '--note', 'vague', '--json', '--data-dir', data);
    expect(made.code).toBe(0);
    const decision = JSON.parse(made.out).decision;
    expect(decision).toMatchObject({ note: 'vague', action: { type: 'set-kind', kind: 'intention' } });
    const after = JSON.parse((await cli('commitments', '--source', MEETING, '--json', '--data-dir', data)).out) as {
      commitments: { id: string; kind: string; curated?: boolean }[];
    };
    expect(after.commitments.find((c) => c.id === target.id)).toMatchObject({ kind: 'intention', curated: true });
    const list = JSON.parse((await cli('curate', 'list', '--json', '--data-dir', data)).out);
    expect(list.list.curations).toHaveLength(1);
    const undone = await cli('curate', 'undo', decision.id, '--json', '--data-dir', data);
    expect(undone.code).toBe(0);
    expect(JSON.parse(undone.out).list.curations).toHaveLength(0);
  });

  it('says how to use it when asked wrongly', async () => {
    const data = tmp('synopsis-cli-cur-');
    expect((await cli('curate', '--data-dir', data)).err).toMatch(/Say what to do/);
    expect((await cli('curate', 'set-kind', 'x', '--data-dir', data)).code).toBe(2);
    expect((await cli('curate', 'set-kind', 'x', 'promise', '--data-dir', data)).err).toMatch(/A kind is one of/);
    expect((await cli('curate', 'mark', MEETING, 'b', '-1', '3', '--data-dir', data)).code).toBe(2);
    expect((await cli('curate', 'add-link', 'a', 'b', '--relation', 'maybe', '--data-dir', data)).err).toMatch(/--relation takes/);
    expect((await cli('curate', 'not-commitment', `${MEETING}:nope/x`, '--data-dir', data)).code).toBe(2);
  });
});
