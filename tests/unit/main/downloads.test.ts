import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedDownload, reportSaveDialogOptions } from '../../../src/main/downloads';
import { shellStrings } from '../../../src/shared/shell-strings';

describe('downloads in the Electron shell', () => {
  it('lets only blob: URLs (the reports the page made) download', () => {
    expect(isAllowedDownload('blob:file:///5e1c7b9e-1111-2222-3333-444455556666')).toBe(true);
    expect(isAllowedDownload('blob:null/5e1c7b9e')).toBe(true);
    expect(isAllowedDownload('https://example.org/x.pdf')).toBe(false);
    expect(isAllowedDownload('file:///etc/passwd')).toBe(false);
    expect(isAllowedDownload('data:application/pdf;base64,JVBE')).toBe(false);
  });

  it('offers a save dialog in Documents under the suggested name, with its file type first', () => {
    const o = reportSaveDialogOptions('synopsis-report-2026-01-31.pdf', '/home/a/Documents');
    expect(o.defaultPath).toBe(path.join('/home/a/Documents', 'synopsis-report-2026-01-31.pdf'));
    expect(o.filters?.[0]).toEqual({ name: 'PDF document', extensions: ['pdf'] });
    expect(o.filters?.at(-1)?.extensions).toEqual(['*']);
    expect(reportSaveDialogOptions('r.csv', '/d').filters?.[0]?.extensions).toEqual(['csv']);
  });

  it('never lets a suggested name choose the folder', () => {
    expect(reportSaveDialogOptions('../../.bashrc', '/d').defaultPath).toBe(path.join('/d', 'bashrc'));
    expect(reportSaveDialogOptions('..\\..\\x.html', '/d').defaultPath).toBe(path.join('/d', 'x.html'));
    expect(reportSaveDialogOptions('', '/d').defaultPath).toBe(path.join('/d', 'synopsis-report'));
  });

  it('speaks the interface language', () => {
    const fr = reportSaveDialogOptions('rapport.pdf', '/d', shellStrings.fr.saveReport);
    expect(fr).toMatchObject({ title: 'Enregistrer le rapport', buttonLabel: 'Enregistrer' });
    expect(fr.filters).toEqual([
      { name: 'Document PDF', extensions: ['pdf'] },
      { name: 'Tous les fichiers', extensions: ['*'] },
    ]);
    const nl = reportSaveDialogOptions('rapport.html', '/d', shellStrings.nl.saveReport);
    expect(nl.title).toBe('Het rapport opslaan');
    expect(nl.filters?.[0]).toEqual({ name: 'Webpagina (HTML)', extensions: ['html', 'htm'] });
    expect(reportSaveDialogOptions('r.exe', '/d', shellStrings.nl.saveReport).filters).toEqual([
      { name: 'Alle bestanden', extensions: ['*'] },
    ]);
    expect(reportSaveDialogOptions('r.toString', '/d').filters).toHaveLength(1);
  });
});
