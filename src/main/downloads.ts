import path from 'node:path';
import type { SaveDialogOptions } from 'electron';

/**
 * Downloads in the Electron shell, as pure functions tested without Electron. The renderer saves
 * a report the way a web page does (a `blob:` URL and `<a download>`), so it needs no Node and no
 * extra IPC; main turns that download into a save dialog. Nothing else may download: the app's
 * only downloads are the reports it made itself, and a `blob:` URL can only come from a page.
 */

/** Whether a download may go ahead: only `blob:` URLs, which only the app's own page can make. */
export function isAllowedDownload(url: string): boolean {
  return url.startsWith('blob:');
}

/** File-type filters by extension, so the save dialog offers the report's own type first. */
const FILTERS: Readonly<Record<string, { name: string; extensions: string[] }>> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  html: { name: 'Web page (HTML)', extensions: ['html', 'htm'] },
  md: { name: 'Markdown', extensions: ['md'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
};

/**
 * The save dialog for a report: titled, in the user's Documents folder under the name the host
 * suggested (only its last path segment: a name is never a place), with its file type.
 */
export function reportSaveDialogOptions(suggestedName: string, documentsDir: string): SaveDialogOptions {
  const name = path.basename(suggestedName.replace(/\\/g, '/')).replace(/^\.+/, '') || 'synopsis-report';
  const ext = path.extname(name).slice(1).toLowerCase();
  const filter = FILTERS[ext];
  return {
    title: 'Save the report',
    buttonLabel: 'Save',
    defaultPath: path.join(documentsDir, name),
    filters: [...(filter ? [filter] : []), { name: 'All files', extensions: ['*'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}
