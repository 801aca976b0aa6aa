import { describe, expect, it } from 'vitest';
import { extractCommitments, extractInSteps } from '../../../../src/core/commitments';
import { documentDefaults, voiceOf } from '../../../../src/core/commitments/extract';
import type { CompareStep } from '../../../../src/core/compare';
import { bundledDocuments, defaultMatcher } from './corpus';

/**
 * The extraction in steps (what the host runs, with turns of its event loop between) gives what
 * the one-piece call gives, yields often on a long source, and says how far it is, never going back.
 */
describe('extractInSteps', () => {
  it('gives exactly extractCommitments for every bundled source, with progress that only moves on', async () => {
    for (const doc of (await bundledDocuments()).values()) {
      const voice = voiceOf(doc.source);
      const options = { matcher: defaultMatcher, ...(voice ? { defaultActor: voice } : {}), defaults: documentDefaults(doc.source) };
      const steps = extractInSteps(doc, options);
      const seen: CompareStep[] = [];
      let next = steps.next();
      while (!next.done) {
        seen.push(next.value);
        next = steps.next();
      }
      expect(JSON.stringify(next.value), doc.source.id).toBe(JSON.stringify(extractCommitments(doc, options)));
      for (const s of seen) {
        expect(s.phase).toBe('extracting');
        expect(s.done).toBeLessThanOrEqual(s.total);
      }
      for (let i = 1; i < seen.length; i++) expect(seen[i]!.done, doc.source.id).toBeGreaterThanOrEqual(seen[i - 1]!.done);
      // The long sources (hundreds of blocks) yield several times.
      if (doc.blocks.length > 400) expect(seen.length, doc.source.id).toBeGreaterThanOrEqual(3);
    }
  });
});
