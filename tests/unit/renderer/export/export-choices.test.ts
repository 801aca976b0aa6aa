import { describe, expect, it } from 'vitest';
import {
  choiceProblem,
  errorKind,
  formatSize,
  hex,
  initialChoices,
  previewKey,
  reportBytes,
  reportRequest,
  toggleId,
} from '../../../../src/renderer/src/export/export-choices';
import type { ReportOptions } from '../../../../src/shared/report';

const options: ReportOptions = {
  formats: ['html', 'pdf', 'md', 'csv', 'json'],
  langs: ['en', 'fr', 'nl'],
  sources: [
    { id: 'b', title: 'B', date: '2024', role: 'compared', selected: true },
    { id: 'a', title: 'A', date: '2021', role: 'context', selected: false },
    { id: 'c', title: 'C', date: '2025', role: 'compared', selected: true },
  ],
  themes: [
    { id: 't1', labels: { en: 'One', fr: 'Un', nl: 'Een' }, description: '' },
    { id: 't2', labels: { en: 'Two', fr: 'Deux', nl: 'Twee' }, description: '' },
  ],
  defaults: { sources: ['c', 'b'], themes: ['t1', 't2'], annotations: true, curationNotes: true, lang: 'en' },
};

describe('export choices', () => {
  it('start from the host’s defaults, in the host’s order, PDF, headings in the interface language', () => {
    expect(initialChoices(options, 'nl')).toEqual({
      format: 'pdf',
      sources: ['b', 'c'],
      themes: ['t1', 't2'],
      annotations: true,
      curationNotes: true,
      lang: 'nl',
    });
    expect(initialChoices({ ...options, langs: ['en'] }, 'fr').lang).toBe('en');
    expect(initialChoices({ ...options, formats: ['html', 'json'] }, 'en').format).toBe('html');
  });

  it('toggle ids and keep them in the listed order, without duplicates', () => {
    const all = ['b', 'a', 'c'];
    expect(toggleId(['c'], 'b', true, all)).toEqual(['b', 'c']);
    expect(toggleId(['b', 'c'], 'b', true, all)).toEqual(['b', 'c']);
    expect(toggleId(['b', 'c'], 'b', false, all)).toEqual(['c']);
    expect(toggleId([], 'zz', true, all)).toEqual([]);
  });

  it('refuse an empty choice before asking the host', () => {
    const c = initialChoices(options, 'en');
    expect(choiceProblem(c)).toBeUndefined();
    expect(choiceProblem({ ...c, sources: [] })).toBe('no-source');
    expect(choiceProblem({ ...c, themes: [] })).toBe('no-theme');
  });

  it('ask for exactly what was chosen; the preview does not depend on the format', () => {
    const c = initialChoices(options, 'fr');
    expect(reportRequest(c)).toEqual({
      format: 'pdf',
      sources: ['b', 'c'],
      themes: ['t1', 't2'],
      annotations: true,
      curationNotes: true,
      lang: 'fr',
    });
    expect(reportRequest(c, 'html').format).toBe('html');
    expect(previewKey({ ...c, format: 'csv' })).toBe(previewKey(c));
    expect(previewKey({ ...c, lang: 'en' })).not.toBe(previewKey(c));
    expect(previewKey({ ...c, annotations: false })).not.toBe(previewKey(c));
  });
});

describe('report files in the renderer', () => {
  it('give back the host’s bytes: UTF-8 text and base64', () => {
    expect([...reportBytes({ encoding: 'utf-8', content: 'é€' })]).toEqual([0xc3, 0xa9, 0xe2, 0x82, 0xac]);
    const bytes = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x80]);
    expect([...reportBytes({ encoding: 'base64', content: Buffer.from(bytes).toString('base64') })]).toEqual([...bytes]);
  });

  it('hash as sha256sum prints it', async () => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('abc'));
    expect(hex(digest)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(Uint8Array.from([0, 15, 255]))).toBe('000fff');
  });

  it('state sizes for people, the language’s way', () => {
    expect(formatSize(999, 'en')).toBe('999 bytes');
    expect(formatSize(1_085_915, 'en')).toBe('1.1 MB');
    expect(formatSize(1_085_915, 'fr')).toBe('1,1\u202fMo');
    expect(formatSize(619_705, 'nl')).toBe('620 kB');
  });

  it('read the kind of an error from either shell', () => {
    expect(errorKind(Object.assign(new Error('x'), { kind: 'conflict' }))).toBe('conflict');
    expect(errorKind(new Error('x'))).toBe('internal');
    expect(errorKind(null)).toBe('internal');
  });
});
