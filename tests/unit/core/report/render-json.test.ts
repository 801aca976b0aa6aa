import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../../../src/core/report';
import schema from '../../../../schemas/report-v1.schema.json';
import { fixtureReport } from './helpers';

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

function errors(): string {
  return JSON.stringify(validate.errors, null, 1);
}

describe('JSON report', () => {
  it('is valid against schemas/report-v1.schema.json, with the top-level keys archivists look for', async () => {
    const { report } = await fixtureReport();
    const json = JSON.parse(renderJson(report));
    expect(validate(json), errors()).toBe(true);
    for (const key of ['sources', 'method', 'themes', 'commitments', 'links', 'annotations']) expect(json).toHaveProperty(key);
    expect(json.sources[0]).toMatchObject({
      id: 'benelux-answer-2021',
      file: '000_fd0fc3ddeb706b51.txt',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('stays valid with every choice narrowed and in every language', async () => {
    for (const settings of [
      { annotations: false, curationNotes: false, lang: 'fr' as const },
      { themes: ['e-commerce'], lang: 'nl' as const },
      { sources: ['benelux-dg-meeting-2025', 'desi-2021-belgium'] },
    ]) {
      const { report } = await fixtureReport(settings);
      expect(validate(JSON.parse(renderJson(report))), errors()).toBe(true);
    }
  });

  it('is refused by the schema when a required field is missing or a value is off', async () => {
    const { report } = await fixtureReport();
    const json = JSON.parse(renderJson(report));
    expect(validate({ ...json, schemaVersion: 2 })).toBe(false);
    const { sha256: _drop, ...source } = json.sources[0];
    expect(validate({ ...json, sources: [source] })).toBe(false);
    expect(validate({ ...json, extra: true })).toBe(false);
  });

  it('ends with a newline and is indented, so it diffs well line by line', async () => {
    const { report } = await fixtureReport();
    const text = renderJson(report);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "synopsis-comparison-report",');
  });
});
