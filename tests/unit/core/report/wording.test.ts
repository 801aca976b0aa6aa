import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK } from '../../../../src/core/concepts/codebook';
import { REPORT_LABELS } from '../../../../src/core/report/labels';
import {
  commitmentFacts,
  commitmentRef,
  diffSaysNothing,
  evidenceText,
  indexReport,
  themeColumns,
  twinOf,
} from '../../../../src/core/report/wording';
import { fixtureReport } from './helpers';

describe('report wording shared by the formats', () => {
  it('names a commitment’s actor in the report’s language; the data keeps the canonical name', async () => {
    const { report } = await fixtureReport({ lang: 'fr' });
    const c = report.commitments.find((x) => x.actor === 'Benelux countries')!;
    expect(commitmentFacts(c, REPORT_LABELS.fr)).toContain('Acteur: pays du Benelux');
    expect(commitmentFacts(c, REPORT_LABELS.nl).join(' ')).toContain('Benelux-landen');
    expect(commitmentFacts(c, REPORT_LABELS.en).join(' ')).toContain('Benelux countries');
    // A name no rule gives (a user's correction, an older fixture) is shown as it is.
    const typed = report.commitments.find((x) => x.actor === 'Committee of Ministers')!;
    expect(commitmentFacts(typed, REPORT_LABELS.fr).join(' ')).toContain('Committee of Ministers');
  });

  it('says shared evidence in words: concept labels in the report’s language, words quoted', () => {
    const evidence = ['concept:digital-identity', 'concept:citizens', 'term:identités', 'anchor:ia', 'concept:unknown-thing', 'odd'];
    expect(evidenceText(evidence, REPORT_LABELS.en, DEFAULT_CODEBOOK, 'en')).toBe(
      'Digital identity, Citizens, “identités”, “ia”, unknown thing, odd',
    );
    expect(evidenceText(['concept:digital-identity'], REPORT_LABELS.nl, DEFAULT_CODEBOOK, 'nl')).toBe('Digitale identiteit');
    // A link that shares nothing specific says so, in the report's language.
    expect(evidenceText(['concept:citizens', 'penalty:generic'], REPORT_LABELS.fr, DEFAULT_CODEBOOK, 'fr')).toBe(
      'Citoyens, rien que des mots généraux (score abaissé)',
    );
  });

  it('knows when a diff has nothing to show: no word in common, or no diff at all', () => {
    expect(diffSaysNothing([])).toBe(true);
    expect(
      diffSaysNothing([
        { op: 'delete', text: 'a b' },
        { op: 'insert', text: 'c d' },
      ]),
    ).toBe(true);
    expect(
      diffSaysNothing([
        { op: 'equal', text: ' ' },
        { op: 'insert', text: 'c' },
      ]),
    ).toBe(true);
    expect(
      diffSaysNothing([
        { op: 'equal', text: 'La Belgique ' },
        { op: 'insert', text: 'lancera' },
      ]),
    ).toBe(false);
  });

  it('numbers commitments per source in reading order, the same under every theme', async () => {
    const { report } = await fixtureReport();
    const index = indexReport(report);
    const listed = report.commitments.filter((c) => index.refs.has(c.id));
    for (const s of report.sources) {
      const refs = listed.filter((c) => c.sourceId === s.id).map((c) => index.refs.get(c.id));
      expect(refs).toEqual(refs.map((_, i) => `${s.key}${i + 1}`));
    }
    const first = listed[0]!;
    expect(commitmentRef(first.id, index)).toBe(index.refs.get(first.id));
    expect(commitmentRef('not:in-the-report', index)).toBe('not:in-the-report');
  });

  it('shows a translation twin with its commitment only when the twin has no card of its own', async () => {
    const { report } = await fixtureReport();
    const index = indexReport(report);
    for (const c of report.commitments.filter((x) => x.translationOf)) {
      const twin = twinOf(c, index);
      if (index.refs.has(c.translationOf!)) expect(twin).toBeUndefined();
      else if (index.commitments.has(c.translationOf!)) expect(twin?.id).toBe(c.translationOf);
    }
  });

  it('gives a theme columns only for the sources that speak of it', async () => {
    const { report } = await fixtureReport();
    for (const theme of report.themes) {
      const { withCommitments, without } = themeColumns(theme, report);
      expect([...withCommitments, ...without].map((s) => s.id).sort()).toEqual(report.sources.map((s) => s.id).sort());
      for (const s of withCommitments) expect(theme.bySource[s.id]!.length).toBeGreaterThan(0);
      for (const s of without) expect(theme.bySource[s.id] ?? []).toEqual([]);
    }
  });
});
