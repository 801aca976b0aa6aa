import type { UiLocale } from '../../../shared/workspace';
import type { Translate } from '../related/format-reason';

/**
 * How the Compare view words a commitment's facts in the interface language: normalized deadlines
 * ("2025-H2" → "second half of 2025"), force, the evidence of a link. Pure (the translate function
 * is passed in), so tests check the words without i18next.
 */

/**
 * A normalized deadline in words: `2025-11-15` a date, `2025-11` a month, `2025-H2` a half year,
 * `2026-Q1` a quarter, `2025` a year, `≤2028` "by 2028". Anything else is shown as written.
 */
export function deadlineWords(value: string, t: Translate, locale: UiLocale): string {
  const by = /^≤(.+)$/.exec(value);
  if (by) return t('compare.deadline.by', { when: deadlineWords(by[1]!, t, locale) });
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
  }
  const half = /^(\d{4})-H([12])$/.exec(value);
  if (half) return t(half[2] === '1' ? 'compare.deadline.firstHalf' : 'compare.deadline.secondHalf', { year: half[1] });
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return t('compare.deadline.quarter', { n: Number(quarter[2]), year: quarter[1] });
  if (/^\d{4}$/.test(value)) return value;
  return value;
}

/** Force 0–4 as the issue names it: description, exploration, intent, plan, obligation. */
export const FORCE_KEYS = ['description', 'exploration', 'intent', 'plan', 'obligation'] as const;

export function forceWord(force: number, t: Translate): string {
  return t(`compare.force.${FORCE_KEYS[Math.max(0, Math.min(4, force))]!}`);
}

/**
 * One piece of a link's evidence: a shared concept of the codebook, a shared term, a shared number
 * or acronym, or the note that none of them is specific (the score was lowered for it).
 */
export type Evidence =
  | { readonly kind: 'concept'; readonly id: string }
  | { readonly kind: 'term'; readonly text: string }
  | { readonly kind: 'anchor'; readonly text: string }
  | { readonly kind: 'generic' }
  | { readonly kind: 'other'; readonly text: string };

/** Reads the core's evidence strings (`concept:<id>`, `term:<word>`, `anchor:<token>`, `penalty:generic`). */
export function parseEvidence(evidence: string): Evidence {
  const at = evidence.indexOf(':');
  const kind = at > 0 ? evidence.slice(0, at) : '';
  const rest = evidence.slice(at + 1);
  if (kind === 'concept') return { kind: 'concept', id: rest };
  if (kind === 'term') return { kind: 'term', text: rest };
  if (kind === 'anchor') return { kind: 'anchor', text: rest };
  if (evidence === 'penalty:generic') return { kind: 'generic' };
  return { kind: 'other', text: evidence };
}

/** A similarity (0–1) as a percentage in the locale ("43 %" in French). */
export function similarityWords(similarity: number, locale: UiLocale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(similarity);
}

/** A text cut at a word boundary near `max` characters, with an ellipsis: for names, never for the text read. */
export function excerpt(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max * 0.6 ? cut : max).trimEnd()}…`;
}

export interface IndicatorValue {
  readonly label: string;
  readonly value: string;
}

/**
 * The values of a DESI indicator worth a glance: its unit, the latest value of the country (the
 * last column that is neither the unit, the EU nor the reference years: "Belgium DESI 2021") and
 * the EU's ("EU DESI 2021"). The rest stays in the full table.
 */
export function keyIndicatorValues(values: readonly IndicatorValue[]): {
  readonly unit?: string;
  readonly own?: IndicatorValue;
  readonly eu?: IndicatorValue;
} {
  const unit = values.find((v) => /^unit$/i.test(v.label.trim()))?.value;
  const isEu = (v: IndicatorValue): boolean => /\bEU\b/.test(v.label);
  const eu = [...values].reverse().find(isEu);
  const own = [...values].reverse().find((v) => !isEu(v) && !/^unit$/i.test(v.label.trim()) && !/reference/i.test(v.label));
  return { ...(unit ? { unit } : {}), ...(own ? { own } : {}), ...(eu ? { eu } : {}) };
}
