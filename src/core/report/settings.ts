import { ApiError } from '../../shared/errors';
import type { SourceRole } from '../../shared/model';
import type { ReportLang, ReportRequest } from '../../shared/report';
import type { ReportSettings } from './model';

/** What the choices are checked against: the open corpus and the codebook's themes. */
export interface SettingsContext {
  readonly sources: readonly { readonly id: string; readonly role: SourceRole }[];
  readonly themeIds: readonly string[];
  /** The app's locale, used when the request names no language. */
  readonly locale?: ReportLang;
}

/** The sources a report compares when the user has not chosen: the `compared` ones, else all. */
export function defaultReportSources(sources: SettingsContext['sources']): readonly string[] {
  const compared = sources.filter((s) => s.role === 'compared').map((s) => s.id);
  return compared.length > 0 ? compared : sources.map((s) => s.id);
}

/**
 * Applies the defaults and checks every id, so the report states exactly what it was made with.
 * Sources keep corpus order and themes codebook order whatever order they were asked in, so the
 * same choice always gives the same file. Unknown ids are refused with the list of known ones.
 */
export function normalizeSettings(request: Omit<ReportRequest, 'format'>, context: SettingsContext): ReportSettings {
  const known = new Set(context.sources.map((s) => s.id));
  const askedSources = request.sources ?? defaultReportSources(context.sources);
  const unknownSources = askedSources.filter((id) => !known.has(id));
  if (unknownSources.length > 0) {
    throw new ApiError(
      'bad-input',
      `No source ${unknownSources.map((s) => `"${s}"`).join(', ')} in the open corpus. Choose among: ${[...known].join(', ')}.`,
    );
  }
  const sources = context.sources.map((s) => s.id).filter((id) => askedSources.includes(id));
  if (sources.length === 0) throw new ApiError('bad-input', 'Choose at least one source for the report.');

  const themeSet = new Set(context.themeIds);
  const askedThemes = request.themes ?? context.themeIds;
  const unknownThemes = askedThemes.filter((t) => !themeSet.has(t));
  if (unknownThemes.length > 0) {
    throw new ApiError(
      'bad-input',
      `No theme ${unknownThemes.map((t) => `"${t}"`).join(', ')} in the codebook. Choose among: ${context.themeIds.join(', ')}.`,
    );
  }
  const themes = context.themeIds.filter((t) => askedThemes.includes(t));
  if (themes.length === 0) throw new ApiError('bad-input', 'Choose at least one theme for the report.');

  return {
    sources,
    themes,
    annotations: request.annotations ?? true,
    curationNotes: request.curationNotes ?? true,
    lang: request.lang ?? context.locale ?? 'en',
  };
}
