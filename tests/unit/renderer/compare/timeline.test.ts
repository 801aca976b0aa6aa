import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  comparableSources,
  defaultChoice,
  isPartyProgramme,
  shortNameParts,
  shortSourceNames,
  sourceKind,
  sourceYears,
  timelineOrder,
} from '../../../../src/renderer/src/compare/timeline';
import type { Source } from '../../../../src/shared/model';
import { source } from './fixture';

/** The bundled manifest's sources, as the host lists them. */
const seeds: Source[] = (
  JSON.parse(readFileSync(path.join(__dirname, '../../../../seeds/sources.json'), 'utf8')) as {
    sources: Omit<Source, 'integrity' | 'bytes' | 'encoding'>[];
  }
).sources.map((s) => source(s.id, s));

describe('the compared sources and their order', () => {
  it('compares the manifest’s three compared sources in the issue’s order: 2021 answer, 2025 meeting, party programme', () => {
    expect(defaultChoice(seeds)).toEqual(['benelux-answer-2021', 'benelux-dg-meeting-2025', 'engages-digital-plan']);
    // Date order alone would put the 2024 programme before the 2025 meeting; the programme stands beside the timeline.
    expect(timelineOrder(seeds, defaultChoice(seeds))).toEqual(['benelux-answer-2021', 'benelux-dg-meeting-2025', 'engages-digital-plan']);
  });

  it('puts the work programme 2021–2024, as a fourth, after the 2021 answer (which stays the baseline) and before the 2025 meeting', () => {
    const four = [...defaultChoice(seeds), 'benelux-work-programme-2021-2024'];
    expect(timelineOrder(seeds, four)).toEqual([
      'benelux-answer-2021',
      'benelux-work-programme-2021-2024',
      'benelux-dg-meeting-2025',
      'engages-digital-plan',
    ]);
    expect(timelineOrder(seeds, ['engages-digital-plan', 'benelux-dg-meeting-2025'])).toEqual([
      'benelux-dg-meeting-2025',
      'engages-digital-plan',
    ]);
  });

  it('offers every source but the evidence (the DESI profile is read for indicators)', () => {
    expect(comparableSources(seeds).map((s) => s.id)).not.toContain('desi-2021-belgium');
    expect(comparableSources(seeds)).toHaveLength(4);
  });

  it('names sources shortly by their kind and years', () => {
    const byId = new Map(seeds.map((s) => [s.id, s]));
    expect(sourceKind(byId.get('benelux-answer-2021')!)).toBe('answer');
    expect(sourceKind(byId.get('benelux-dg-meeting-2025')!)).toBe('meeting');
    expect(sourceKind(byId.get('engages-digital-plan')!)).toBe('partyProgramme');
    expect(sourceKind(byId.get('benelux-work-programme-2021-2024')!)).toBe('workProgramme');
    expect(sourceKind(byId.get('desi-2021-belgium')!)).toBe('profile');
    expect(sourceYears(byId.get('benelux-work-programme-2021-2024')!)).toBe('2021–2024');
    expect(sourceYears(byId.get('benelux-answer-2021')!)).toBe('2021');
    expect(isPartyProgramme(byId.get('benelux-work-programme-2021-2024')!)).toBe(false);
    expect(shortNameParts(source('x', { title: 'Some report', genre: 'report', date: '2019-05-01' }))).toEqual({
      years: '2019',
      title: 'Some report',
    });
  });
});

describe('short source names', () => {
  const t = (key: string, values?: Record<string, unknown>): string => `${key.split('.').pop()} ${String(values?.years)}`;

  it('names each bundled source by its kind and years, and keeps the title of a source of no known kind', () => {
    const names = shortSourceNames([...seeds, source('x', { title: 'Some report', genre: 'report', date: '2019-05-01' })], t);
    expect(names.get('benelux-answer-2021')).toBe('answer 2021');
    expect(names.get('benelux-dg-meeting-2025')).toBe('meeting 2025');
    expect(names.get('benelux-work-programme-2021-2024')).toBe('workProgramme 2021–2024');
    expect(names.get('x')).toBe('Some report');
  });

  it('keeps the titles of two sources that would share a short name', () => {
    const a = source('a', { title: 'Meeting of March', genre: 'meeting report', date: '2025-03-01' });
    const b = source('b', { title: 'Meeting of June', genre: 'meeting report', date: '2025-06-01' });
    const names = shortSourceNames([a, b, ...seeds.filter((s) => s.id === 'benelux-answer-2021')], t);
    expect(names.get('a')).toBe('Meeting of March');
    expect(names.get('b')).toBe('Meeting of June');
    expect(names.get('benelux-answer-2021')).toBe('answer 2021');
  });
});
