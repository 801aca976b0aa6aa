import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { PdfFonts } from '../core/report';
import { ApiError } from '../shared/errors';

/** The bundled fonts (DejaVu Sans Condensed, Bitstream Vera licence: resources/fonts/DejaVu-LICENSE.txt). */
export const REPORT_FONT_FILES = {
  regular: 'DejaVuSansCondensed.ttf',
  bold: 'DejaVuSansCondensed-Bold.ttf',
  italic: 'DejaVuSansCondensed-Oblique.ttf',
} as const;

/**
 * The folder of the bundled fonts: `resources/fonts` found by walking up from the running file
 * (sources, tests and built bundles under `out/` alike), or next to a packaged app's resources.
 */
export function fontsDir(from: string = __dirname): string {
  const candidates: string[] = [];
  let dir = from;
  for (let i = 0; i < 8; i++) {
    candidates.push(path.join(dir, 'resources', 'fonts'), path.join(dir, 'fonts'));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged) candidates.push(path.join(packaged, 'fonts'), path.join(packaged, 'resources', 'fonts'));
  return candidates.find((c) => existsSync(path.join(c, REPORT_FONT_FILES.regular))) ?? path.resolve('resources', 'fonts');
}

let cached: Promise<PdfFonts> | undefined;

/** Reads the three fonts once per process; a missing file is an install problem, said plainly. */
export function loadReportFonts(dir: string = fontsDir()): Promise<PdfFonts> {
  cached ??= (async () => {
    const read = async (file: string): Promise<Uint8Array> => {
      try {
        return new Uint8Array(await fs.readFile(path.join(dir, file)));
      } catch (err) {
        throw new ApiError(
          'internal',
          `The PDF font ${file} is missing from ${dir} (${(err as NodeJS.ErrnoException).code ?? 'unreadable'}). Reinstall Synopsis, or export HTML instead.`,
        );
      }
    };
    const [regular, bold, italic] = await Promise.all([
      read(REPORT_FONT_FILES.regular),
      read(REPORT_FONT_FILES.bold),
      read(REPORT_FONT_FILES.italic),
    ]);
    return { regular, bold, italic };
  })().catch((err: unknown) => {
    cached = undefined;
    throw err;
  });
  return cached;
}
