import { defineCommand } from '../command';

export const sourcesCommand = defineCommand({
  name: 'sources',
  usage: 'sources [--corpus DIR] [--json]',
  summary: 'List the corpus sources with their metadata and integrity, and the files that were rejected.',
  async run({ api }) {
    const list = await api.listSources();
    return { corpusDir: list.corpusDir, manifest: list.manifest, sources: list.sources, rejected: list.rejected };
  },
  human(result) {
    const lines = result.sources.map((s) => {
      const flags = [s.integrity.kind === 'mismatch' ? 'SHA-256 MISMATCH' : s.integrity.kind, s.dateConflict ? 'date conflict' : ''].filter(
        Boolean,
      );
      return `${s.id.padEnd(34)} ${s.date.padEnd(10)} ${s.languages.join('+').padEnd(5)} ${s.role.padEnd(8)} ${s.title}  [${flags.join(', ')}]`;
    });
    for (const r of result.rejected) lines.push(`rejected: ${r.file}: ${r.reason}`);
    return lines.join('\n');
  },
});
