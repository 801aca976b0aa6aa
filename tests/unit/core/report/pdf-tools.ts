import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** poppler-utils (pdffonts, pdftotext, pdftoppm, pdfinfo, pdfdetach): installed by .ci/run; tests skip without them. */
export const POPPLER = ['pdffonts', 'pdftotext', 'pdftoppm', 'pdfinfo', 'pdfdetach'].every(
  (tool) => spawnSync('which', [tool]).status === 0,
);
export const QPDF = spawnSync('which', ['qpdf']).status === 0;
export const POPPLER_MISSING =
  'poppler-utils is not installed (apt-get install poppler-utils): the PDF checks need pdffonts, pdftotext, pdftoppm, pdfinfo and pdfdetach';

export function tool(name: string, args: readonly string[]): string {
  const r = spawnSync(name, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${name} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

export function tempFile(name: string, bytes: Uint8Array | string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'synopsis-report-'));
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

export const words = (text: string): string => text.replace(/\s+/g, ' ');
