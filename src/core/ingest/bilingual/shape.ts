import type { DraftBlock } from '../draft';

const RECOMMENDATION = /^\*\*\s*([–—-]|\d+\.)\s+([\s\S]*?)\s*\*\*$/;
const LEAD_IN = /^\*\*([^*]+:)\*\*$/;
const DATE_LINE = /^\d{1,2}\s+\p{L}+\.?\s+\d{4}$/u;

/**
 * The Assembly's recommendations are the headings of the answers that follow them: bold items
 * introduced by a dash (level 2) or a number (level 3, under the bold lead-in that lists them).
 */
export function shapeRecommendation(d: DraftBlock): DraftBlock {
  const rec = RECOMMENDATION.exec(d.raw);
  if (rec) return { ...d, kind: 'heading', level: /\d/.test(rec[1]!) ? 3 : 2, marker: rec[1]!, raw: rec[2]! };
  const lead = LEAD_IN.exec(d.raw);
  if (lead) return { ...d, kind: 'heading', level: 2, raw: lead[1]! };
  return d;
}

/**
 * The title block of one language: the letterhead and the date are metadata; the title lines
 * ("ANTWOORD", "van het Benelux Comité…") become one top-level heading.
 */
export function shapeHeader(blocks: readonly DraftBlock[]): DraftBlock[] {
  const out: DraftBlock[] = [];
  const title: DraftBlock[] = [];
  blocks.forEach((d, i) => {
    const plain = d.raw.replace(/\*\*/g, '').trim();
    const nextIsDate = blocks[i + 1] !== undefined && DATE_LINE.test(blocks[i + 1]!.raw.trim());
    if (DATE_LINE.test(plain) || (nextIsDate && plain === plain.toUpperCase())) out.push({ ...d, kind: 'metadata', raw: d.raw });
    else title.push(d);
  });
  if (title.length > 0) {
    out.push({
      kind: 'heading',
      level: 1,
      raw: title.map((d) => d.raw.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim()).join(' — '),
      origin: title.flatMap((d) => d.origin),
    });
  }
  return out;
}
