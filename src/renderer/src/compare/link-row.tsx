import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment, CommitmentLink, LinkRelation } from '../../../shared/commitments';
import type { UiLocale } from '../../../shared/workspace';
import type { CompareController } from './use-compare';
import { DiffText, LinkTexts } from './diff-text';
import { excerpt, parseEvidence, similarityWords } from './format';
import type { CompareSlots } from './slots';
import type { LinkView } from './view-model';

/** The relation's sign beside its word: never the only cue. */
export const RELATION_ICON: Readonly<Record<LinkRelation, string>> = {
  continues: '→',
  rewords: '≈',
  strengthens: '↑',
  weakens: '↓',
  contradicts: '≠',
};

/**
 * One link between two commitments: its relation, similarity and evidence, who made it (the
 * matcher, or the user), the two texts, the word diff on demand, the way to each passage, and the
 * decisions: confirm, reject, withdraw. `slots` adds actions (Annotate) at the end and a footer (the notes).
 */
export function LinkRow(props: {
  view: LinkView;
  controller: CompareController;
  locale: UiLocale;
  slots?: CompareSlots;
  /** Inside a commitment's card: its ids (and its twin's), so only the other end is shown. */
  own?: ReadonlySet<string>;
}): ReactNode {
  const { t } = useTranslation();
  const { link, from, to } = props.view;
  const showFrom = !props.own?.has(from.id);
  const showTo = !props.own?.has(to.id);
  const { names } = props.controller;
  // The word diff, and "Compare the texts" (both texts whole, their shared terms marked) as an extra.
  const [open, setOpen] = useState(false);
  const [textsOpen, setTextsOpen] = useState(false);
  const diffId = useId();
  const textsId = useId();
  const base = link.diffBase ? props.controller.comparison?.commitments.find((c) => c.id === link.diffBase) : undefined;
  const decision = decisionFor(props.controller, link);
  const terms = link.evidence.flatMap((e) => {
    const p = parseEvidence(e);
    return p.kind === 'term' ? [p.text] : [];
  });
  const end = (c: Commitment, role: 'from' | 'to'): ReactNode => (
    <div className={`link-end link-${role}`}>
      <span className="link-source">{names.source(c.sourceId)}</span>{' '}
      <span className="kind-badge" data-kind={c.kind}>
        {names.kind(c.kind)}
      </span>
      <q lang={c.lang === 'und' ? undefined : c.lang} title={c.text}>
        {excerpt(c.text, 160)}
      </q>
      <button
        type="button"
        className="link-go"
        onClick={() => props.controller.show(c, role === 'from' ? to : from)}
        aria-label={t('compare.link.showEnd', { source: names.source(c.sourceId) })}
      >
        {t('compare.link.go')}
      </button>
    </div>
  );
  return (
    <li className={`link-row origin-${link.origin}`} data-link-id={link.id} data-relation={link.relation}>
      <div className="link-head">
        <span className="relation-badge" data-relation={link.relation}>
          <span aria-hidden="true">{RELATION_ICON[link.relation]} </span>
          {names.relation(link.relation)}
        </span>
        <span className="similarity" title={t('compare.link.similarityHint')}>
          {t('compare.link.similarity', { value: similarityWords(link.similarity, props.locale) })}
        </span>
        <OriginBadge origin={link.origin} />
      </div>
      {showFrom && showTo ? (
        <div className="link-ends">
          {end(from, 'from')}
          <span className="link-arrow" aria-hidden="true">
            {RELATION_ICON[link.relation]}
          </span>
          {end(to, 'to')}
        </div>
      ) : (
        <div className="link-ends compact">{showFrom ? end(from, 'from') : end(to, 'to')}</div>
      )}
      {link.evidence.length > 0 ? (
        <p className="evidence">
          <span className="evidence-label">{t('compare.link.evidence')}</span>{' '}
          {link.evidence.map((e, i) => (
            <span key={i} className="chip">
              {evidenceText(e, names.theme, t)}
            </span>
          ))}
        </p>
      ) : null}
      <div className="link-actions">
        <button type="button" aria-expanded={open} aria-controls={diffId} onClick={() => setOpen((v) => !v)}>
          {open ? t('compare.link.hideDiff') : t('compare.link.showDiff')}
        </button>
        {link.diff.length > 0 ? (
          <button type="button" aria-expanded={textsOpen} aria-controls={textsId} onClick={() => setTextsOpen((v) => !v)}>
            {textsOpen ? t('compare.link.hideTexts') : t('compare.link.showTexts')}
          </button>
        ) : null}
        {link.origin === 'auto' ? (
          <button
            type="button"
            className="confirm"
            disabled={props.controller.busy}
            onClick={() =>
              void props.controller.curate({ type: 'confirm-link', from: link.from, to: link.to }, t('compare.done.confirmed'))
            }
          >
            <span aria-hidden="true">✓ </span>
            {t('compare.link.confirm')}
          </button>
        ) : null}
        <button
          type="button"
          className="reject"
          disabled={props.controller.busy}
          onClick={() => void props.controller.curate({ type: 'reject-link', from: link.from, to: link.to }, t('compare.done.rejected'))}
        >
          <span aria-hidden="true">✗ </span>
          {t('compare.link.reject')}
        </button>
        {decision ? (
          <button
            type="button"
            disabled={props.controller.busy}
            onClick={() => void props.controller.withdraw(decision, t('compare.done.withdrawn'))}
          >
            {t('compare.link.withdraw')}
          </button>
        ) : null}
        {props.slots?.linkActions?.(link, { from, to })}
      </div>
      {props.slots?.linkFooter?.(link, { from, to })}
      {open ? (
        <div id={diffId} className="link-diff">
          <DiffText
            ops={link.diff}
            lang={to.lang}
            before={names.source(from.sourceId)}
            after={names.source(to.sourceId)}
            {...(base && base.lang !== from.lang ? { note: t('compare.diff.base', { lang: t(`lang.${base.lang}`) }) } : {})}
          />
        </div>
      ) : null}
      {textsOpen ? (
        <div id={textsId} className="link-diff link-texts">
          <LinkTexts ops={link.diff} lang={to.lang} before={names.source(from.sourceId)} after={names.source(to.sourceId)} terms={terms} />
        </div>
      ) : null}
    </li>
  );
}

/** Who made a link: the matcher, or the user (confirmed, added); words beside the sign. */
export function OriginBadge({ origin }: { origin: CommitmentLink['origin'] }): ReactNode {
  const { t } = useTranslation();
  if (origin === 'auto') return <span className="origin-badge auto">{t('compare.origin.auto')}</span>;
  return (
    <span className={`origin-badge curated ${origin}`}>
      <span aria-hidden="true">✎ </span>
      {t(`compare.origin.${origin}`)}
    </span>
  );
}

/** The id of the latest decision that made this link what it is (confirmed or added), to withdraw it. */
function decisionFor(controller: CompareController, link: CommitmentLink): string | undefined {
  if (link.origin === 'auto') return undefined;
  const type = link.origin === 'confirmed' ? 'confirm-link' : 'add-link';
  const found = [...(controller.curations?.curations ?? [])]
    .reverse()
    .find(
      (v) =>
        v.decision.action.type === type &&
        'from' in v.decision.action &&
        ((v.decision.action.from.id === link.from && v.decision.action.to.id === link.to) ||
          (v.decision.action.from.id === link.to && v.decision.action.to.id === link.from)),
    );
  return found?.decision.id;
}

function evidenceText(
  evidence: string,
  theme: (id: string) => string,
  t: (key: string, values?: Record<string, unknown>) => string,
): string {
  const e = parseEvidence(evidence);
  switch (e.kind) {
    case 'concept':
      return t('compare.evidence.concept', { label: theme(e.id) });
    case 'term':
      return t('compare.evidence.term', { term: e.text });
    case 'anchor':
      return t('compare.evidence.anchor', { anchor: e.text });
    case 'generic':
      return t('compare.evidence.generic');
    default:
      return e.text;
  }
}
