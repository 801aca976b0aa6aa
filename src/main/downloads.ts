import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { shellStrings, type ShellStrings } from '../shared/shell-strings';

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

/** The extensions of each report type (its name is in the strings), so the save dialog offers the report's own type first. */
const EXTENSIONS = { pdf: ['pdf'], html: ['html', 'htm'], md: ['md'], csv: ['csv'], json: ['json'] } as const;

function reportType(ext: string): keyof typeof EXTENSIONS | undefined {
  return Object.hasOwn(EXTENSIONS, ext) ? (ext as keyof typeof EXTENSIONS) : undefined;
}

/**
 * The save dialog for a report: titled, in the user's Documents folder under the name the host
 * suggested (only its last path segment: a name is never a place), with its file type; worded in
 * the interface language (`strings`, English by default).
 */
export function reportSaveDialogOptions(
  suggestedName: string,
  documentsDir: string,
  strings: ShellStrings['saveReport'] = shellStrings.en.saveReport,
): SaveDialogOptions {
  const name = path.basename(suggestedName.replace(/\\/g, '/')).replace(/^\.+/, '') || 'synopsis-report';
  const ext = path.extname(name).slice(1).toLowerCase();
  const type = reportType(ext);
  return {
    title: strings.title,
    buttonLabel: strings.button,
    defaultPath: path.join(documentsDir, name),
    filters: [...(type ? [{ name: strings[type], extensions: [...EXTENSIONS[type]] }] : []), { name: strings.all, extensions: ['*'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}
