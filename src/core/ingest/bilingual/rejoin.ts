import type { DraftBlock } from '../draft';
import { mergeRanges } from '../lines';

/** A paragraph ends a sentence when its last visible character is final punctuation. */
const SENTENCE_END = /[.!?:;…]["'”»’)\]]*$/;

/**
 * Re-joins the paragraphs of one language stream that a page break cut in two. In the extracted
 * file the second half sits after the other language's run for the same page, so a paragraph is
 * continued by the next one of its own language when it stops mid-sentence and the other language
 * came in between ("…Voor 29 voorstellen is inmiddels via de" + "gewone wetgevingsprocedure…").
 */
export function rejoinCutParagraphs(stream: readonly { draft: DraftBlock; index: number }[]): DraftBlock[] {
  const out: { draft: DraftBlock; index: number }[] = [];
  for (const item of stream) {
    const prev = out[out.length - 1];
    if (prev && item.index > prev.index + 1 && isCut(prev.draft) && continues(item.draft)) {
      out[out.length - 1] = {
        index: item.index,
        draft: {
          ...prev.draft,
          raw: `${prev.draft.raw} ${item.draft.raw}`,
          origin: mergeRanges([...prev.draft.origin, ...item.draft.origin]),
        },
      };
    } else out.push(item);
  }
  return out.map((o) => o.draft);
}

function isCut(d: DraftBlock): boolean {
  if (d.kind !== 'paragraph' && d.kind !== 'list-item') return false;
  const visible = d.raw.replace(/\*+\s*$/, '').trimEnd();
  return !SENTENCE_END.test(visible);
}

function continues(d: DraftBlock): boolean {
  return d.kind === 'paragraph' && !d.raw.startsWith('**');
}
