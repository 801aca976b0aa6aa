import { z } from 'zod';

/** Version of the `sources.json` format this program reads and writes. */
export const MANIFEST_SCHEMA_VERSION = 1;

const lang = z.enum(['fr', 'nl', 'en', 'und']);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD');

const manifestSource = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids are lower-case letters, digits and dashes'),
  file: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: isoDate,
  dates: z.array(z.strictObject({ value: isoDate, printed: z.string(), lang: lang.optional() })).optional(),
  dateConflict: z.string().optional(),
  languages: z.array(lang).min(1),
  genre: z.string(),
  role: z.enum(['compared', 'context', 'evidence']),
  description: z.string().optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

export const manifestSchema = z.strictObject({
  schemaVersion: z.number().int(),
  corpus: z.string().optional(),
  sources: z.array(manifestSource),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestSource = z.infer<typeof manifestSource>;

/**
 * Parses a `sources.json`. A manifest from a newer Synopsis is refused rather than half-read;
 * the message says which field is wrong so the user can fix the file.
 */
export function parseManifest(json: string): { ok: true; manifest: Manifest } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    return { ok: false, reason: `sources.json is not valid JSON (${(err as Error).message}).` };
  }
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > MANIFEST_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `sources.json has schema version ${version}; this Synopsis reads version ${MANIFEST_SCHEMA_VERSION}. Update Synopsis.`,
    };
  }
  const result = manifestSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, reason: `sources.json is invalid at ${issue.path.join('.') || 'top level'}: ${issue.message}.` };
  }
  const ids = new Set<string>();
  for (const s of result.data.sources) {
    if (ids.has(s.id)) return { ok: false, reason: `sources.json lists the id "${s.id}" twice.` };
    ids.add(s.id);
  }
  return { ok: true, manifest: result.data };
}
