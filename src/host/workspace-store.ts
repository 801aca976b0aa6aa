import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { annotationSchema } from '../shared/annotations';
import { codebookOverlaySchema } from '../shared/codebook';
import { curationDecisionSchema } from '../shared/curation';
import { layoutSchema, preferencesSchema } from '../shared/contract';
import { ApiError } from '../shared/errors';
import { emptyWorkspace, WORKSPACE_SCHEMA_VERSION, type Workspace } from '../shared/workspace';
import { writeFileAtomic } from './atomic-file';
import { withFileLock } from './file-lock';
import { openJson, sealJson } from './versioned-json';

const FORMAT = 'synopsis-workspace';

const workspaceSchema = z.strictObject({
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  revision: z.number().int().min(0),
  layout: layoutSchema,
  preferences: preferencesSchema,
  annotations: z.array(annotationSchema),
  curation: z.array(curationDecisionSchema),
  codebook: codebookOverlaySchema,
});

/**
 * Migrations from older schema versions, keyed by the version they upgrade from. Each takes the
 * raw payload of version n and returns version n + 1.
 */
const MIGRATIONS: Readonly<Record<number, (data: unknown) => unknown>> = {
  // Version 2 adds annotations.
  1: (data) => ({ ...(data as object), schemaVersion: 2, annotations: [] }),
  // Version 3 adds curation decisions and the user's codebook edits.
  2: (data) => ({ ...(data as object), schemaVersion: 3, curation: [], codebook: { overrides: {}, added: [] } }),
};

export interface WorkspaceStore {
  /** The current workspace, read from disk (recovering from backup if it must). */
  load(): Promise<Workspace>;
  /**
   * Applies a change and writes it durably before resolving. With `baseRevision`, refuses if the
   * file changed since the caller read it (another window wrote in between).
   */
  update(change: (current: Workspace) => Workspace, baseRevision?: number): Promise<Workspace>;
  /** Messages for the user about recovery; each is returned once. */
  takeNotices(): string[];
}

/**
 * The workspace store: one JSON file in the data folder with a rolling backup of the previous
 * good version. Writes are serialized within the process and atomic on disk; a corrupt file is
 * set aside (never deleted) and the backup loaded, with a notice for the user.
 */
export function openWorkspaceStore(dataDir: string): WorkspaceStore {
  const file = path.join(dataDir, 'workspace.json');
  const backup = path.join(dataDir, 'workspace.backup.json');
  const lock = path.join(dataDir, 'workspace.lock');
  const notices: string[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  const serialize = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function readValid(
    target: string,
  ): Promise<
    { kind: 'ok'; workspace: Workspace } | { kind: 'missing' } | { kind: 'bad'; reason: string } | { kind: 'too-new'; version: number }
  > {
    let text: string;
    try {
      text = await fs.readFile(target, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
      throw new ApiError('io', `Cannot read ${target}: ${(err as Error).message}`);
    }
    const opened = openJson(FORMAT, WORKSPACE_SCHEMA_VERSION, text);
    if (opened.kind === 'too-new') return { kind: 'too-new', version: opened.schemaVersion };
    if (opened.kind !== 'ok') return { kind: 'bad', reason: opened.reason };
    let data = opened.data;
    for (let v = opened.schemaVersion; v < WORKSPACE_SCHEMA_VERSION; v++) {
      const migrate = MIGRATIONS[v];
      if (!migrate) return { kind: 'bad', reason: `no migration from schema version ${v}` };
      data = migrate(data);
    }
    const parsed = workspaceSchema.safeParse(data);
    if (!parsed.success) return { kind: 'bad', reason: `invalid content at ${parsed.error.issues[0]?.path.join('.')}` };
    return { kind: 'ok', workspace: parsed.data };
  }

  async function loadUnlocked(): Promise<Workspace> {
    const main = await readValid(file);
    if (main.kind === 'ok') return main.workspace;
    if (main.kind === 'too-new') {
      throw new ApiError(
        'corrupt',
        `The workspace in ${dataDir} was written by a newer Synopsis (schema ${main.version}). Update Synopsis, or choose another data folder with --data-dir.`,
      );
    }
    const fallback = await readValid(backup);
    if (main.kind === 'bad') {
      const aside = path.join(dataDir, `workspace.corrupt-${Date.now()}.json`);
      await fs.rename(file, aside).catch(() => undefined);
      notices.push(
        fallback.kind === 'ok'
          ? `The workspace file was damaged (${main.reason}); the last good backup was loaded. The damaged file was kept as ${path.basename(aside)}.`
          : `The workspace file was damaged (${main.reason}) and no backup could be read; starting with an empty workspace. The damaged file was kept as ${path.basename(aside)}.`,
      );
    } else if (fallback.kind === 'ok') {
      notices.push('The workspace file was missing; its backup was loaded.');
    }
    return fallback.kind === 'ok' ? fallback.workspace : emptyWorkspace();
  }

  return {
    load: () =>
      serialize(async () => {
        const quick = await readValid(file);
        if (quick.kind === 'ok') return quick.workspace;
        // Recovery moves files: do it under the lock, like a write.
        await fs.mkdir(dataDir, { recursive: true });
        return withFileLock(lock, loadUnlocked);
      }),
    update: (change, baseRevision) =>
      serialize(async () => {
        await fs.mkdir(dataDir, { recursive: true });
        return withFileLock(lock, () => writeUnlocked(change, baseRevision));
      }),
    takeNotices: () => notices.splice(0),
  };

  async function writeUnlocked(change: (current: Workspace) => Workspace, baseRevision: number | undefined): Promise<Workspace> {
    const current = await loadUnlocked();
    if (baseRevision !== undefined && baseRevision !== current.revision) {
      throw new ApiError(
        'conflict',
        `The workspace was changed elsewhere (revision ${current.revision}, you had ${baseRevision}). Reload to see the other change, then try again.`,
      );
    }
    const next: Workspace = { ...change(current), schemaVersion: WORKSPACE_SCHEMA_VERSION, revision: current.revision + 1 };
    const checked = workspaceSchema.safeParse(next);
    if (!checked.success) throw new ApiError('bad-input', `Refusing to save an invalid workspace: ${checked.error.issues[0]?.message}`);
    const sealed = sealJson(FORMAT, WORKSPACE_SCHEMA_VERSION, next);
    // The previous good version becomes the backup before the new one replaces it.
    try {
      await fs.access(file);
      await writeFileAtomic(backup, await fs.readFile(file));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    await writeFileAtomic(file, sealed);
    return next;
  }
}
