import { z } from 'zod';
import type { ThemeInfo } from './commitments';
import type { SourceRole } from './model';

/**
 * Comparison reports as the contract speaks of them: what to put in a report, the job that
 * makes it (with progress and cancel, so a long report never blocks a window), and the file it
 * gives. The report itself is assembled and rendered in `src/core/report`.
 */

export const REPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Languages of the report's own headings (the quoted excerpts stay in their own language). */
export const REPORT_LANGS = ['en', 'fr', 'nl'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

/** What the user chose to put in a report. Everything but the format has a default. */
export interface ReportRequest {
  readonly format: ReportFormat;
  /** Source ids to compare; default: the sources whose role is `compared` (else all). */
  readonly sources?: readonly string[];
  /** Theme ids of the codebook; default: every theme. */
  readonly themes?: readonly string[];
  /** Include the user's annotations (default true). */
  readonly annotations?: boolean;
  /** Include the list of curation decisions (default true); curated items are marked either way. */
  readonly curationNotes?: boolean;
  /** Language of the headings; default: the app's locale, else English. */
  readonly lang?: ReportLang;
}

/** What the export dialog offers, with the defaults the host would apply. */
export interface ReportOptions {
  readonly formats: readonly ReportFormat[];
  readonly langs: readonly ReportLang[];
  readonly sources: readonly {
    readonly id: string;
    readonly title: string;
    readonly date: string;
    readonly role: SourceRole;
    readonly selected: boolean;
  }[];
  readonly themes: readonly ThemeInfo[];
  readonly defaults: {
    readonly sources: readonly string[];
    readonly themes: readonly string[];
    readonly annotations: boolean;
    readonly curationNotes: boolean;
    readonly lang: ReportLang;
  };
}

/** Where a report job is; `fraction` runs from 0 to 1 over all stages. */
export type ReportStage = 'loading' | 'comparing' | 'assembling' | 'rendering' | 'done';
export type ReportJobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface ReportJob {
  readonly jobId: string;
  readonly format: ReportFormat;
  readonly state: ReportJobState;
  readonly stage: ReportStage;
  /** 0–1, never decreasing. */
  readonly fraction: number;
  /** A short, human description of the current step ("Rendering theme 4 of 17"). */
  readonly message: string;
  readonly error?: { readonly kind: string; readonly message: string };
  /** Set when the job is done: what `getReportFile` will return. */
  readonly file?: ReportFileInfo;
}

export interface ReportFileInfo {
  /** A suggested file name, e.g. `synopsis-report-2026-11-25.pdf`. */
  readonly fileName: string;
  readonly mediaType: string;
  readonly bytes: number;
  /** SHA-256 (hex) of the file's bytes, for the user to note or check. */
  readonly sha256: string;
}

/** A finished report. Text formats travel as UTF-8 text, the PDF as base64. */
export interface ReportFile extends ReportFileInfo {
  readonly encoding: 'utf-8' | 'base64';
  readonly content: string;
}

const id = z.string().min(1).max(200);

/** Validator of `startReport`'s argument (shared by every shell and the CLI). */
export const reportRequestSchema = z.strictObject({
  format: z.enum(REPORT_FORMATS),
  sources: z.array(id).min(1).max(100).optional(),
  themes: z.array(id).min(1).max(200).optional(),
  annotations: z.boolean().optional(),
  curationNotes: z.boolean().optional(),
  lang: z.enum(REPORT_LANGS).optional(),
});

export const reportJobArgSchema = z.strictObject({ jobId: z.string().min(1).max(100) });
