import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffOp } from '../../../shared/commitments';
import type { LangCode } from '../../../shared/model';
import { diffSegments, diffStats, isWholeReplacement, sharedTermRanges, sideTexts } from './diff-view';

/**
 * A link's word diff: deleted words struck through, inserted words underlined, each run named for
 * screen readers ("deleted: …", "inserted: …"), with a legend naming the two sources and a count
 * of words. The core's word diff keeps only meaningful shared runs, so it reads as a few changes;
 * when the texts share no meaningful word the whole of each is marked, and the summary says so
 * (`LinkTexts` then shows them one after the other with their shared terms).
 */
export function DiffText(props: { ops: readonly DiffOp[]; lang: LangCode; before: string; after: string; note?: string }): ReactNode {
  const { t } = useTranslation();
  const segments = diffSegments(props.ops);
  if (segments.length === 0) return <p className="diff-empty">{t('compare.diff.none')}</p>;
  const stats = diffStats(segments);
  const lang = props.lang === 'und' ? undefined : props.lang;
  return (
    <div className="diff">
      <p className="diff-legend">
        <del aria-hidden="true">{t('compare.diff.struck')}</del> {t('compare.diff.onlyIn', { source: props.before })} ·{' '}
        <ins aria-hidden="true">{t('compare.diff.underlined')}</ins> {t('compare.diff.onlyIn', { source: props.after })}
        <span className="visually-hidden"> {t('compare.diff.srLegend', { before: props.before, after: props.after })}</span>
      </p>
      {props.note ? <p className="diff-note">{props.note}</p> : null}
      <p className="diff-text" lang={lang}>
        {segments.map((s, i) =>
          s.kind === 'equal' ? (
            <span key={i}>{s.text}</span>
          ) : s.kind === 'delete' ? (
            <del key={i}>
              <span className="visually-hidden">[{t('compare.diff.deleted')}: </span>
              {s.text}
              <span className="visually-hidden">]</span>
            </del>
          ) : (
            <ins key={i}>
              <span className="visually-hidden">[{t('compare.diff.inserted')}: </span>
              {s.text}
              <span className="visually-hidden">]</span>
            </ins>
          ),
        )}
      </p>
      <p className="diff-summary">
        {t('compare.diff.stats', { shared: stats.shared, deleted: stats.deleted, inserted: stats.inserted })}
        {isWholeReplacement(segments) ? ` ${t('compare.diff.nothingShared')}` : ''}
      </p>
    </div>
  );
}

/**
 * "Compare the texts": the two texts the diff was made from, the earlier then the later, with the
 * terms the link's evidence names marked in both (bold and dotted underline, not colour alone):
 * for reading two rewritten sentences whole, beside the word diff.
 */
export function LinkTexts(props: {
  ops: readonly DiffOp[];
  lang: LangCode;
  before: string;
  after: string;
  terms: readonly string[];
}): ReactNode {
  const { t } = useTranslation();
  const { before, after } = sideTexts(diffSegments(props.ops));
  const lang = props.lang === 'und' ? undefined : props.lang;
  return (
    <div className="diff whole">
      <p className="diff-summary">
        {t('compare.diff.textsIntro')}
        {props.terms.length > 0 ? ` ${t('compare.diff.sharedMarked')}` : ''}
      </p>
      <p className="diff-side" lang={lang}>
        <span className="diff-side-label">{props.before}: </span>
        <WithTerms text={before} terms={props.terms} />
      </p>
      <p className="diff-side" lang={lang}>
        <span className="diff-side-label">{props.after}: </span>
        <WithTerms text={after} terms={props.terms} />
      </p>
    </div>
  );
}

/** A text with the shared terms marked (bold and dotted underline, not colour alone). */
function WithTerms({ text, terms }: { text: string; terms: readonly string[] }): ReactNode {
  const ranges = sharedTermRanges(text, terms);
  if (ranges.length === 0) return text;
  const out: ReactNode[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) out.push(text.slice(at, r.start));
    out.push(
      <mark key={r.start} className="shared-term">
        {text.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
