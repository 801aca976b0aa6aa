import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../../../src/core/concepts/codebook';
import { assembleReport, type Citation, type Report } from '../../../../src/core/report';
import { FIXTURE_SOURCES } from '../../../fixtures/report-comparison';
import { fixtureInput } from '../../../fixtures/report-input';
import { fixtureReport, seedBytes } from './helpers';

/** Words of a text without markup, spacing or hyphenated line ends: what a `loose` match promises. */
const words = (text: string) =>
  text
    .replace(/-\r?\n[ \t]*/g, '')
    .replace(/[*_]/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');

/** Checks a citation the way an archivist would, from the file's bytes alone. */
function verify(report: Report, citation: Citation, excerpt: string): void {
  const source = report.sources.find((s) => s.id === citation.sourceId)!;
  const bytes = seedBytes(source.file);
  expect(citation.file, `${citation.blockId} is found in the file`).not.toBeNull();
  const f = citation.file!;
  const byBytes = new TextDecoder('utf-8').decode(bytes.subarray(f.byteStart, f.byteEnd));
  const text = new TextDecoder('utf-8').decode(bytes);
  const byCodePoints = [...text].slice(f.start, f.end).join('');
  expect(byBytes).toBe(byCodePoints);
  const line = text.split(/\r\n|\r|\n/)[f.line - 1]!;
  expect(
    [...line]
      .slice(f.column - 1)
      .join('')
      .startsWith(byBytes.split(/\r\n|\r|\n/)[0]!),
  ).toBe(true);
  if (citation.match === 'exact') expect(byBytes).toBe(excerpt);
  else expect(words(byBytes)).toBe(words(excerpt));
}

describe('assembleReport', () => {
  it('orders the sources in the comparison’s time order and gives them keys', async () => {
    const { report } = await fixtureReport();
    expect(report.sources.map((s) => [s.key, s.id])).toEqual([
      ['A', 'benelux-answer-2021'],
      ['B', 'engages-digital-plan'],
      ['C', 'benelux-dg-meeting-2025'],
    ]);
    expect(report.sources[0]).toMatchObject({
      integrity: 'verified',
      encoding: 'utf-8',
      dateConflict: expect.stringContaining('19 juin 2021'),
    });
    expect(report.sources[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cites every commitment and annotation so that the file’s bytes give back the excerpt', async () => {
    const { report } = await fixtureReport();
    expect(report.commitments.length).toBeGreaterThan(20);
    for (const c of report.commitments) verify(report, c.citation, c.text);
    const passages = report.annotations.filter((a) => a.target.kind === 'passage');
    expect(passages.length).toBeGreaterThan(0);
    for (const a of passages) if (a.target.kind === 'passage') verify(report, a.target.citation!, a.target.quote);
    // One excerpt in the fixture sits in `*markup*` in the file: found, and said to be loose.
    expect(report.commitments.some((c) => c.citation.match === 'loose')).toBe(true);
  });

  it('keeps every theme of the codebook in codebook order, with the report language’s labels', async () => {
    const { report } = await fixtureReport({ lang: 'nl' });
    expect(report.themes.map((t) => t.id)).toEqual([...THEME_IDS]);
    expect(report.themes.find((t) => t.id === 'digital-inclusion')).toMatchObject({ label: 'Digitale inclusie', status: 'new' });
    // The description too is the report language's.
    expect(report.themes.find((t) => t.id === 'connectivity')?.description).toMatch(/^Netwerken: glasvezel, 5G/);
    const { report: en } = await fixtureReport({ lang: 'en' });
    expect(en.themes.find((t) => t.id === 'connectivity')?.description).toMatch(/^Networks: fibre, 5G/);
  });

  it('narrows commitments and links to the chosen themes and sources', async () => {
    const { report } = await fixtureReport({ themes: ['digital-inclusion'] });
    expect(report.themes.map((t) => t.id)).toEqual(['digital-inclusion']);
    expect(report.commitments.every((c) => c.themes.includes('digital-inclusion'))).toBe(true);
    const ids = new Set(report.commitments.map((c) => c.id));
    expect(report.links.length).toBeGreaterThan(0);
    for (const l of report.links) expect(ids.has(l.from) && ids.has(l.to)).toBe(true);

    const two = await fixtureReport({ sources: ['benelux-answer-2021', 'benelux-dg-meeting-2025'] });
    expect(two.report.sources.map((s) => s.id)).toEqual(['benelux-answer-2021', 'benelux-dg-meeting-2025']);
    expect(two.report.commitments.every((c) => c.sourceId !== 'engages-digital-plan')).toBe(true);
    expect(two.report.annotations.every((a) => a.target.kind !== 'link')).toBe(true);
  });

  it('marks curated decisions and lists them with their notes', async () => {
    const { report } = await fixtureReport();
    expect(report.commitments.filter((c) => c.curated)).toHaveLength(1);
    expect(
      report.links
        .filter((l) => l.curated)
        .map((l) => l.origin)
        .sort(),
    ).toEqual(['added', 'confirmed', 'confirmed']);
    expect(report.curation.map((d) => d.decision)).toEqual(['curated', 'confirmed', 'added', 'confirmed']);
    expect(report.curation[0]!.notes).toEqual(['Deadline confirmed against the Benelux press release of 25 June 2025.']);
  });

  it('leaves out annotations and the curation list when not chosen, and says so in the settings', async () => {
    const { report } = await fixtureReport({ annotations: false, curationNotes: false });
    expect(report.annotations).toEqual([]);
    expect(report.curation).toEqual([]);
    expect(report.settings).toMatchObject({ annotations: false, curationNotes: false });
    expect(report.commitments.some((c) => c.curated)).toBe(true);
  });

  it('never guesses a place for a commitment whose block is gone', async () => {
    const input = await fixtureInput();
    const [first, ...rest] = input.comparison.commitments;
    const stale = { ...first!, blockId: 'benelux-answer-2021:gone' };
    const gen = assembleReport({ ...input, comparison: { ...input.comparison, commitments: [stale, ...rest] } });
    let step = gen.next();
    while (!step.done) step = gen.next();
    const c = step.value.commitments.find((x) => x.id === stale.id)!;
    expect(c.citation).toMatchObject({ match: 'none', file: null, blockOrigin: [] });
  });

  it('reports progress while citing', async () => {
    const input = await fixtureInput();
    const steps = [];
    const gen = assembleReport(input);
    for (let s = gen.next(); !s.done; s = gen.next()) steps.push(s.value);
    expect(steps.at(-1)).toMatchObject({ stage: 'assembling', done: steps.at(-1)!.total });
    expect(FIXTURE_SOURCES).toHaveLength(3);
  });
});
