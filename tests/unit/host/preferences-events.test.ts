import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledCorpusDir } from '../../../src/host/locations';
import { createReaderHost } from '../../../src/host/reader-host';
import { apiMethods } from '../../../src/shared/contract';
import type { Preferences } from '../../../src/shared/workspace';

const dirs: string[] = [];
function host() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-prefs-'));
  dirs.push(dataDir);
  return createReaderHost({ corpusDir: bundledCorpusDir(), dataDir, version: 'test' });
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the host tells its owner when the preferences are written', () => {
  it('passes the preferences as written, merged with the ones kept', async () => {
    const api = host();
    const heard: Preferences[] = [];
    api.onPreferencesChanged((p) => heard.push(p));
    await api.updateWorkspace({ preferences: { theme: 'dark' } });
    await api.updateWorkspace({ preferences: { locale: 'nl' } });
    expect(heard).toEqual([
      { theme: 'dark', fontScale: 1 },
      { theme: 'dark', fontScale: 1, locale: 'nl' },
    ]);
  });

  it('says nothing for a layout save, nor after unsubscribing, nor when the write is refused', async () => {
    const api = host();
    const heard: Preferences[] = [];
    const stop = api.onPreferencesChanged((p) => heard.push(p));
    await api.updateWorkspace({ layout: { panes: [] } });
    const { revision } = await api.updateWorkspace({ layout: { panes: [] } });
    await expect(api.updateWorkspace({ preferences: { locale: 'fr' }, baseRevision: revision - 1 })).rejects.toMatchObject({
      kind: 'conflict',
    });
    expect(heard).toEqual([]);
    stop();
    await api.updateWorkspace({ preferences: { locale: 'fr' } });
    expect(heard).toEqual([]);
  });

  it('writes the preferences even when a listener fails', async () => {
    const api = host();
    api.onPreferencesChanged(() => {
      throw new Error('a broken listener');
    });
    const written = await api.updateWorkspace({ preferences: { locale: 'fr' } });
    expect(written.preferences.locale).toBe('fr');
    expect((await api.getWorkspace()).preferences.locale).toBe('fr');
  });

  it('is not part of the ReaderApi: no adapter exposes it', () => {
    expect(apiMethods).not.toContain('onPreferencesChanged');
  });
});
