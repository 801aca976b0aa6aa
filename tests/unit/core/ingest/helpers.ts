import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Block } from '../../../../src/shared/model';
import type { IngestResult } from '../../../../src/core/ingest';

/** The seed files by number ("002" → the party programme). */
export function readSeed(prefix: string): string {
  const dir = path.resolve('seeds');
  const file = [
    '000_fd0fc3ddeb706b51.txt',
    '001_aec3841ec0ea2de1.txt',
    '002_7f76d4edf5b7c3e8.txt',
    '003_79442407aceeb27f.txt',
    '004_8fb8aae5865e09b1.txt',
  ].find((f) => f.startsWith(prefix))!;
  return readFileSync(path.join(dir, file), 'utf8');
}

/**
 * Positions of non-white-space characters that are not covered exactly once by the blocks'
 * origins and the furniture ranges together (empty when nothing is lost or duplicated).
 */
export function coverageFaults(text: string, result: IngestResult): { at: number; count: number; context: string }[] {
  const owner = new Uint16Array(text.length);
  for (const b of result.blocks) for (const r of b.origin) for (let i = r.start; i < r.end; i++) owner[i]!++;
  for (const r of result.furniture) for (let i = r.start; i < r.end; i++) owner[i]!++;
  const faults: { at: number; count: number; context: string }[] = [];
  for (let i = 0; i < text.length && faults.length < 5; i++) {
    if (/\s/.test(text[i]!) || owner[i] === 1) continue;
    faults.push({ at: i, count: owner[i]!, context: text.slice(Math.max(0, i - 20), i + 20) });
  }
  return faults;
}

/** Every footnote-ref mark resolves to a footnote block carrying the same number. */
export function unresolvedMarkers(blocks: readonly Block[]): string[] {
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const out: string[] = [];
  for (const b of blocks)
    for (const m of b.marks) {
      if (m.kind !== 'footnote-ref') continue;
      const target = m.target ? byId.get(m.target) : undefined;
      if (!target || target.kind !== 'footnote' || target.marker !== m.label) out.push(`${m.label} in ${b.text.slice(0, 40)}`);
    }
  return out;
}

/** Superscript numbers left in body text without a footnote-ref mark over them. */
export function unmarkedSuperscripts(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'footnote') continue;
    for (const m of b.text.matchAll(/⁽?[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾?/g)) {
      const marked = b.marks.some((mk) => mk.kind === 'footnote-ref' && mk.start === m.index && mk.end === m.index + m[0].length);
      if (!marked) out.push(`${m[0]} in ${b.text.slice(0, 40)}`);
    }
  }
  return out;
}
