import type { IndicatorEvidence } from '../../shared/commitments';
import type { Block } from '../../shared/model';
import { rankConcepts, type ConceptMatcher } from '../concepts/matcher';

/**
 * The DESI indicators that measure each theme, from the tables the ingestion rebuilt (`table`
 * blocks with TableData). A row is one indicator: its label (with the DESI code, e.g. "2c2 5G
 * readiness") is matched against the codebook's English terms; a row the codebook says nothing
 * about falls back on the DESI dimension its code names (1 human capital, 2 connectivity,
 * 3 integration of digital technology, 4 digital public services), then on the table's caption.
 */

const CODE = /^\s*(\d[a-z]\d{0,2})\b\.?\s*/i;

/** DESI dimensions by the first digit of an indicator code. */
export const DESI_DIMENSIONS: Readonly<Record<string, string>> = {
  '1': 'digital-skills',
  '2': 'connectivity',
  '3': 'innovation-smes',
  '4': 'e-government',
};

export function indicatorsOf(blocks: readonly Block[], matcher: ConceptMatcher, themeIds: ReadonlySet<string>): IndicatorEvidence[] {
  const out: IndicatorEvidence[] = [];
  for (const block of blocks) {
    const table = block.table;
    if (block.kind !== 'table' || !table) continue;
    const caption = table.caption ?? '';
    // The rebuilt DESI tables name their columns ("Indicator | Label | Unit | Belgium DESI 2019 …");
    // a table without such headings has the code and the label in its first cell.
    const column = (re: RegExp): number => table.header.findIndex((h) => re.test(h.trim()));
    const codeCol = column(/^(?:indicator|indicateur|indicator code|code)$/i);
    const labelCol = column(/^(?:label|name|libellé|indicator name|naam)$/i);
    const named = codeCol >= 0 && labelCol >= 0;
    for (const row of table.rows) {
      const first = (row[named ? labelCol : 0] ?? '').trim();
      if (first === '') continue;
      const code = (named ? CODE.exec(`${row[codeCol] ?? ''} `)?.[1] : CODE.exec(first)?.[1])?.toLowerCase();
      const label = named ? first : first.replace(CODE, '').trim() || first;
      const ranked = rankConcepts(matcher.match(label, 'en').filter((h) => themeIds.has(h.conceptId)));
      const dimension = code ? DESI_DIMENSIONS[code[0]!] : undefined;
      const captionThemes = rankConcepts(matcher.match(caption, 'en').filter((h) => themeIds.has(h.conceptId)));
      // The label's own words first, then the dimension its code names, then the table's caption.
      const theme = ranked[0]?.conceptId ?? dimension ?? captionThemes[0]?.conceptId;
      if (!theme) continue;
      const skip = new Set(named ? [codeCol, labelCol] : [0]);
      const values = row
        .map((value, i) => ({ label: (table.header[i] ?? `#${i}`).trim(), value: value.trim(), i }))
        .filter((v) => !skip.has(v.i))
        .map(({ label: l, value }) => ({ label: l, value }));
      out.push({ theme, sourceId: block.sourceId, blockId: block.id, ...(code ? { code } : {}), label, values });
    }
  }
  return out;
}
