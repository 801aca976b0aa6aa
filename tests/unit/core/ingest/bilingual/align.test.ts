import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../../../src/core/ingest';
import { readSeed } from '../helpers';

const here = path.dirname(new URL(import.meta.url).pathname);
/** The 93 pairs of the 2021 answer as INGEST_VERSION 2 gave them (ids and texts), checked by reading. */
const golden = JSON.parse(readFileSync(path.join(here, '000-alignment.golden.json'), 'utf8')) as {
  languages: string[];
  pairs: Record<string, { id: string; text: string }[]>[];
};

describe('the alignment of the 2021 answer', () => {
  it('is the recorded one, pair for pair, byte for byte', () => {
    const doc = ingestText('benelux-answer-2021', readSeed('000'));
    const byId = new Map(doc.blocks.map((b) => [b.id, b]));
    const actual = {
      languages: doc.alignment!.languages,
      pairs: doc.alignment!.pairs.map((p) =>
        Object.fromEntries(Object.entries(p).map(([lang, ids]) => [lang, ids!.map((id) => ({ id, text: byId.get(id)!.text }))])),
      ),
    };
    expect(golden.pairs).toHaveLength(93);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(golden));
    expect(doc.warnings).toEqual([]);
  });
});
