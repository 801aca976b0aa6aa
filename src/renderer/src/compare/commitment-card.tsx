import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMMITMENT_KINDS,
  type Commitment,
  type CommitmentKind,
  type CommitmentLink,
  type LinkRelation,
} from '../../../shared/commitments';
import type { UiLocale } from '../../../shared/workspace';
import { deadlineWords, forceWord } from './format';
import { RELATION_ICON } from './link-row';
import type { CompareSlots } from './slots';
import type { CompareController } from './use-compare';

const RELATIONS: readonly LinkRelation[] = ['continues', 'rewords', 'strengthens', 'weakens', 'contradicts'];

/**
 * One commitment as the Compare view shows it: kind, force, deadline, actor, specificity (and
 * whether it is testable), themes, whether a user decision touched it, and its text; the way to
 * its passage in the reading panes; its links; corrections (kind, themes, actor, not a
 * commitment); and "link with…" to add a link by hand. `slots` adds actions and a footer (the annotations).
 */
export function CommitmentCard(props: {
  commitment: Commitment;
  controller: CompareController;
  locale: UiLocale;
  links: number;
  /** The link to the selected commitment, when this card is linked to it. */
  linkedBy?: CommitmentLink;
  slots?: CompareSlots;
  /** The card's own links, shown in it while it is selected. */
  children?: ReactNode;
}): ReactNode {
  const { t } = useTranslation();
  const c = props.commitment;
  const ctl = props.controller;
  const { names } = ctl;
  const titleId = useId();
  const [correcting, setCorrecting] = useState(false);
  const selected = ctl.selected === c.id;
  const pending = ctl.pendingLink;
  const canLinkHere = pending !== undefined && pending.sourceId !== c.sourceId;
  const lang = c.lang === 'und' ? undefined : c.lang;
  return (
    <article
      className={`commitment-card${selected ? ' selected' : ''}${props.linkedBy ? ' linked' : ''}${c.curated ? ' curated' : ''}`}
      aria-labelledby={titleId}
      data-commitment-id={c.id}
      data-kind={c.kind}
    >
      <header className="card-head">
        <h4 id={titleId} className="card-title">
          <span className="kind-badge" data-kind={c.kind}>
            {names.kind(c.kind)}
          </span>
          <span className="visually-hidden"> {t('compare.card.in', { source: names.source(c.sourceId) })}</span>
        </h4>
        <span className="force" title={t('compare.card.forceHint')}>
          <span className="force-dots" aria-hidden="true">
            {[1, 2, 3, 4].map((n) => (
              <span key={n} className={n <= c.force ? 'dot on' : 'dot'} />
            ))}
          </span>
          {t('compare.card.force', { word: forceWord(c.force, t), n: c.force })}
        </span>
        {c.curated ? (
          <span className="curated-badge">
            <span aria-hidden="true">✎ </span>
            {t('compare.card.curated')}
          </span>
        ) : null}
        {props.linkedBy ? (
          <span className="linked-badge">
            <span aria-hidden="true">{RELATION_ICON[props.linkedBy.relation]} </span>
            {t('compare.card.linkedBy', { relation: names.relation(props.linkedBy.relation) })}
          </span>
        ) : null}
      </header>
      <blockquote className="card-text" lang={lang} onClick={() => ctl.show(c)}>
        {c.text}
      </blockquote>
      <dl className="card-facts">
        <div>
          <dt>{t('compare.card.actor')}</dt>
          <dd>{c.actor !== undefined ? names.actor(c.actor) : t('compare.card.none')}</dd>
        </div>
        <div>
          <dt>{t('compare.card.deadline')}</dt>
          <dd>
            {c.deadline ? (
              <>
                {deadlineWords(c.deadline.value, t, props.locale)}{' '}
                <span className="printed" lang={lang}>
                  («{c.deadline.printed}»)
                </span>
              </>
            ) : (
              t('compare.card.none')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('compare.card.specificity')}</dt>
          <dd>
            {t('compare.card.specificityValue', { n: c.specificity })} ·{' '}
            {c.testable ? (
              <span className="testable yes">
                <span aria-hidden="true">✓ </span>
                {t('compare.card.testable')}
              </span>
            ) : (
              <span className="testable no">{t('compare.card.notTestable')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('compare.card.themes')}</dt>
          <dd>{c.themes.length > 0 ? c.themes.map((id) => names.theme(id)).join(' · ') : t('compare.card.none')}</dd>
        </div>
      </dl>
      <div className="card-actions">
        <button type="button" className="primary" onClick={() => ctl.show(c)} aria-describedby={titleId}>
          {t('compare.card.show')}
        </button>
        <button type="button" aria-pressed={selected} onClick={() => ctl.select(selected ? undefined : c.id)}>
          {t('compare.card.links', { count: props.links })}
        </button>
        <button type="button" aria-expanded={correcting} onClick={() => setCorrecting((v) => !v)}>
          {t('compare.card.correct')}
        </button>
        {canLinkHere ? (
          <AddLinkHere from={pending} to={c} controller={ctl} />
        ) : (
          <button
            type="button"
            onClick={() => ctl.setPendingLink(pending?.id === c.id ? undefined : c)}
            aria-pressed={pending?.id === c.id}
          >
            {t('compare.card.linkWith')}
          </button>
        )}
        {props.slots?.commitmentActions?.(c)}
      </div>
      {props.slots?.commitmentFooter?.(c)}
      {correcting ? <Corrections commitment={c} controller={ctl} onDone={() => setCorrecting(false)} /> : null}
      {selected ? props.children : null}
    </article>
  );
}

/** The second end of a link being added: choose the relation (or let the matcher say), then add. */
function AddLinkHere({ from, to, controller }: { from: Commitment; to: Commitment; controller: CompareController }): ReactNode {
  const { t } = useTranslation();
  const [relation, setRelation] = useState<LinkRelation | ''>('');
  const id = useId();
  return (
    <span className="add-link-here">
      <label htmlFor={id} className="visually-hidden">
        {t('compare.addLink.relation')}
      </label>
      <select id={id} value={relation} onChange={(e) => setRelation(e.target.value as LinkRelation | '')}>
        <option value="">{t('compare.addLink.automatic')}</option>
        {RELATIONS.map((r) => (
          <option key={r} value={r}>
            {controller.names.relation(r)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="primary"
        disabled={controller.busy}
        onClick={() => {
          void controller
            .curate({ type: 'add-link', from: from.id, to: to.id, ...(relation ? { relation } : {}) }, t('compare.done.added'))
            .then((ok) => {
              if (ok) controller.setPendingLink(undefined);
            });
        }}
      >
        {t('compare.addLink.here')}
      </button>
    </span>
  );
}

/** Corrections of one commitment: kind, themes, actor, or not a commitment at all. */
function Corrections({
  commitment: c,
  controller,
  onDone,
}: {
  commitment: Commitment;
  controller: CompareController;
  onDone: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const { names } = controller;
  const [kind, setKind] = useState<CommitmentKind>(c.kind);
  const [actor, setActor] = useState(c.actor ?? '');
  const [themes, setThemes] = useState<readonly string[]>(c.themes);
  const ids = { kind: useId(), actor: useId(), themes: useId() };
  const themeIds = (controller.codebook?.codebook.concepts ?? []).filter((x) => x.theme).map((x) => x.id);
  const run = (p: Promise<boolean>): void => {
    void p.then((ok) => {
      if (ok) onDone();
    });
  };
  return (
    <div className="corrections" role="group" aria-label={t('compare.correct.label')}>
      <div className="correct-row">
        <label htmlFor={ids.kind}>{t('compare.correct.kind')}</label>
        <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as CommitmentKind)}>
          {COMMITMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {names.kind(k)}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={kind === c.kind || controller.busy}
          onClick={() =>
            run(controller.curate({ type: 'set-kind', commitment: c.id, kind }, t('compare.done.kind', { kind: names.kind(kind) })))
          }
        >
          {t('compare.correct.applyKind')}
        </button>
      </div>
      <div className="correct-row">
        <label htmlFor={ids.actor}>{t('compare.correct.actor')}</label>
        <input id={ids.actor} value={actor} onChange={(e) => setActor(e.target.value)} />
        <button
          type="button"
          disabled={actor.trim() === '' || actor.trim() === (c.actor ?? '') || controller.busy}
          onClick={() => run(controller.curate({ type: 'set-actor', commitment: c.id, actor: actor.trim() }, t('compare.done.actor')))}
        >
          {t('compare.correct.applyActor')}
        </button>
      </div>
      <fieldset className="correct-themes">
        <legend id={ids.themes}>{t('compare.correct.themes')}</legend>
        <div className="theme-checks">
          {themeIds.map((id) => (
            <label key={id}>
              <input
                type="checkbox"
                checked={themes.includes(id)}
                onChange={(e) => setThemes((prev) => (e.target.checked ? [...prev, id] : prev.filter((x) => x !== id)))}
              />{' '}
              {names.theme(id)}
            </label>
          ))}
        </div>
        <button
          type="button"
          disabled={themes.join() === c.themes.join() || controller.busy}
          onClick={() => run(controller.curate({ type: 'set-themes', commitment: c.id, themes: [...themes] }, t('compare.done.themes')))}
        >
          {t('compare.correct.applyThemes')}
        </button>
      </fieldset>
      <div className="correct-row">
        <button
          type="button"
          className="reject"
          disabled={controller.busy}
          onClick={() => run(controller.curate({ type: 'not-commitment', commitment: c.id }, t('compare.done.notCommitment')))}
        >
          {t('compare.correct.notCommitment')}
        </button>
        <button type="button" onClick={onDone}>
          {t('compare.correct.close')}
        </button>
      </div>
    </div>
  );
}
