import type { ReportFile, ReportFormat, ReportLang, ReportOptions, ReportRequest } from '../../../shared/report';
import type { UiLocale } from '../../../shared/workspace';

/**
 * What the Export report dialog holds, as plain data with pure updates, so the rules (defaults,
 * order, what counts as a complete choice) are tested without a DOM.
 */

export interface ExportChoices {
  readonly format: ReportFormat;
  /** Source ids, in the order the host listed them. */
  readonly sources: readonly string[];
  /** Theme ids, in codebook order. */
  readonly themes: readonly string[];
  readonly annotations: boolean;
  readonly curationNotes: boolean;
  readonly lang: ReportLang;
}

/** A choice the dialog cannot export, explained in place before anything is asked of the host. */
export type ChoiceProblem = 'no-source' | 'no-theme';

/**
 * The host's defaults, with the headings in the interface language (someone working in Dutch
 * expects a Dutch report) unless the host's languages do not include it. PDF first: the format
 * archivists keep.
 */
export function initialChoices(options: ReportOptions, uiLocale: UiLocale): ExportChoices {
  return {
    format: options.formats.includes('pdf') ? 'pdf' : options.formats[0]!,
    sources: options.sources.filter((s) => options.defaults.sources.includes(s.id)).map((s) => s.id),
    themes: options.themes.filter((t) => options.defaults.themes.includes(t.id)).map((t) => t.id),
    annotations: options.defaults.annotations,
    curationNotes: options.defaults.curationNotes,
    lang: (options.langs as readonly string[]).includes(uiLocale) ? uiLocale : options.defaults.lang,
  };
}

/** `ids` with `id` added or removed, kept in the order of `all` (the host's order). */
export function toggleId(ids: readonly string[], id: string, on: boolean, all: readonly string[]): string[] {
  const set = new Set(ids);
  if (on) set.add(id);
  else set.delete(id);
  return all.filter((x) => set.has(x));
}

export function choiceProblem(choices: ExportChoices): ChoiceProblem | undefined {
  if (choices.sources.length === 0) return 'no-source';
  if (choices.themes.length === 0) return 'no-theme';
  return undefined;
}

/** The request for the host: every choice explicit, so the report records exactly what was asked. */
export function reportRequest(choices: ExportChoices, format: ReportFormat = choices.format): ReportRequest {
  return {
    format,
    sources: choices.sources,
    themes: choices.themes,
    annotations: choices.annotations,
    curationNotes: choices.curationNotes,
    lang: choices.lang,
  };
}

/** What the preview depends on (the format aside: the preview is always the HTML report). */
export function previewKey(choices: ExportChoices): string {
  const { format: _format, ...rest } = choices;
  return JSON.stringify(rest);
}

/** The file's bytes as the host made them: UTF-8 text encoded back, or the PDF's base64 decoded. */
export function reportBytes(file: Pick<ReportFile, 'encoding' | 'content'>): Uint8Array<ArrayBuffer> {
  if (file.encoding === 'utf-8') return new TextEncoder().encode(file.content);
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Lower-case hex, as `sha256sum` prints it. */
export function hex(buffer: ArrayBuffer | Uint8Array): string {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** A size for people (`1.1 MB`, `980 kB`, in the interface language's numbers); the exact bytes are shown beside it. */
export function formatSize(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  }).format(value);
}

/** The kind of an error from either shell (both carry `kind`), for choosing what to tell the user. */
export function errorKind(err: unknown): string {
  const kind = (err as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' ? kind : 'internal';
}
