import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, IndicatorEvidence } from '../../../shared/commitments';
import type { UiLocale } from '../../../shared/workspace';
import { CommitmentCard } from './commitment-card';
import { excerpt, keyIndicatorValues } from './format';
import { LinkRow } from './link-row';
import type { CompareSlots } from './slots';
import { StatusLabel } from './status-label';
import type { CompareController } from './use-compare';
import { ALL, indexComparison, linkedToSelection, selectionIds, themeDetail } from './view-model';

/**
 * One theme in detail: its status and description, the DESI indicators that measure it, the
 * commitments of each compared source side by side, and the links among them (those of the
 * selected commitment, when one is selected), with the links the user rejected at the end.
 */
export function ThemeDetail(props: {
  comparison: Comparison;
  controller: CompareController;
  locale: UiLocale;
  slots?: CompareSlots;
}): ReactNode {
  const { t } = useTranslation();
  const { comparison: cmp, controller: ctl } = props;
  const { names, filters } = ctl;
  const model = useMemo(() => themeDetail(cmp, filters.theme, filters, ctl.selected), [cmp, filters, ctl.selected]);
  const linked = useMemo(() => linkedToSelection(cmp, ctl.selected), [cmp, ctl.selected]);
  const index = indexComparison(cmp);
  if (!model) return <p className="hint">{t('compare.theme.unknown', { theme: filters.theme })}</p>;
  const row = index.rowOf.get(model.theme)!;
  const indicators = cmp.indicators.filter((i) => i.theme === model.theme);
  const selected = ctl.selected ? index.byId.get(ctl.selected) : undefined;
  const rejected = rejectedLinks(ctl, new Set(Object.values(row.bySource).flat()));
  const own = selectionIds(index, ctl.selected);
  return (
    <div className="theme-detail">
      <div className="theme-head">
        <button type="button" className="back-to-matrix" onClick={() => ctl.setFilters({ theme: ALL })}>
          <span aria-hidden="true">← </span>
          {t('compare.theme.back')}
        </button>
        <h3 id="compare-theme-title" tabIndex={-1}>
          {names.theme(model.theme)}
        </h3>
        <StatusLabel row={row} sources={cmp.sources} names={names} />
      </div>
      {names.themeDescription(model.theme) ? <p className="theme-description">{names.themeDescription(model.theme)}</p> : null}
      {indicators.length > 0 ? <Indicators indicators={indicators} controller={ctl} /> : null}
      {ctl.pendingLink ? (
        <div className="pending-link" role="status">
          <p>{t('compare.addLink.pending', { text: excerpt(ctl.pendingLink.text, 80), source: names.source(ctl.pendingLink.sourceId) })}</p>
          <button type="button" onClick={() => ctl.setPendingLink(undefined)}>
            {t('compare.addLink.cancel')}
          </button>
        </div>
      ) : null}
      <div className="theme-columns" style={{ ['--columns' as string]: model.columns.length }}>
        {model.columns.map((col) => (
          <section
            key={col.sourceId}
            className={`theme-column${names.isProgramme(col.sourceId) ? ' programme' : ''}`}
            aria-labelledby={`col-${col.sourceId}`}
          >
            <h4 id={`col-${col.sourceId}`} tabIndex={-1} className="column-title" title={names.sourceTitle(col.sourceId)}>
              {names.source(col.sourceId)}{' '}
              <span className="count">
                {col.commitments.length === col.total
                  ? t('compare.theme.count', { count: col.total })
                  : t('compare.theme.countFiltered', { count: col.commitments.length, total: col.total })}
              </span>
            </h4>
            {names.isProgramme(col.sourceId) ? <p className="column-note">{t('compare.sources.besideShort')}</p> : null}
            {col.commitments.length === 0 ? (
              <p className="hint">{t('compare.theme.noneHere')}</p>
            ) : (
              <ul className="cards">
                {col.commitments.map((c) => (
                  <li key={c.id}>
                    <CommitmentCard
                      commitment={c}
                      controller={ctl}
                      locale={props.locale}
                      links={linkCount(index.linksOf, c.id, c.translationOf)}
                      {...(linked.get(c.id) ? { linkedBy: linked.get(c.id)! } : {})}
                      {...(props.slots ? { slots: props.slots } : {})}
                    >
                      {ctl.selected === c.id ? (
                        <section className="card-links" aria-label={t('compare.links.ofCard')}>
                          {model.links.length === 0 ? (
                            <p className="hint">{t('compare.links.none')}</p>
                          ) : (
                            <ul className="link-list">
                              {model.links.map((v) => (
                                <LinkRow
                                  key={v.link.id}
                                  view={v}
                                  controller={ctl}
                                  locale={props.locale}
                                  own={own}
                                  {...(props.slots ? { slots: props.slots } : {})}
                                />
                              ))}
                            </ul>
                          )}
                        </section>
                      ) : null}
                    </CommitmentCard>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      <section className="theme-links" aria-labelledby="compare-links-title">
        <h4 id="compare-links-title">
          {selected
            ? t('compare.links.ofSelected', { count: model.links.length, text: excerpt(selected.text, 60) })
            : t('compare.links.all', { count: model.links.length })}
        </h4>
        {selected ? (
          <button type="button" onClick={() => ctl.select(undefined)}>
            {t('compare.links.showAll', { count: model.allLinks })}
          </button>
        ) : null}
        {model.links.length === 0 ? (
          <p className="hint">{t('compare.links.none')}</p>
        ) : (
          <ul className="link-list">
            {model.links.map((v) => (
              <LinkRow key={v.link.id} view={v} controller={ctl} locale={props.locale} {...(props.slots ? { slots: props.slots } : {})} />
            ))}
          </ul>
        )}
        {rejected.length > 0 ? (
          <details className="rejected-links">
            <summary>{t('compare.links.rejected', { count: rejected.length })}</summary>
            <ul>
              {rejected.map((r) => (
                <li key={r.id}>
                  <span className="origin-badge curated rejected">
                    <span aria-hidden="true">✗ </span>
                    {t('compare.origin.rejected')}
                  </span>{' '}
                  <q>{excerpt(r.from, 90)}</q> — <q>{excerpt(r.to, 90)}</q>{' '}
                  <button type="button" disabled={ctl.busy} onClick={() => void ctl.withdraw(r.id, t('compare.done.restored'))}>
                    {t('compare.links.restore')}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
    </div>
  );
}

const linkCount = (linksOf: ReadonlyMap<string, readonly unknown[]>, id: string, twin?: string): number =>
  (linksOf.get(id)?.length ?? 0) + (twin ? (linksOf.get(twin)?.length ?? 0) : 0);

/** Rejected links touching the theme's commitments: the decisions, to restore them. */
function rejectedLinks(ctl: CompareController, inTheme: ReadonlySet<string>): { id: string; from: string; to: string }[] {
  return (ctl.curations?.curations ?? []).flatMap((v) => {
    const a = v.decision.action;
    if (a.type !== 'reject-link' || (!inTheme.has(a.from.id) && !inTheme.has(a.to.id))) return [];
    return [{ id: v.decision.id, from: a.from.text, to: a.to.text }];
  });
}

/**
 * The DESI indicators of the theme at a glance — Belgium's latest value against the EU's, with the
 * unit — and every year in a table to unfold; each indicator's name leads to its table in the source.
 */
function Indicators({ indicators, controller }: { indicators: readonly IndicatorEvidence[]; controller: CompareController }): ReactNode {
  const { t } = useTranslation();
  const first = keyIndicatorValues(indicators[0]!.values);
  const columns = [...new Set(indicators.flatMap((i) => i.values.map((v) => v.label)))];
  const name = (i: IndicatorEvidence): ReactNode => (
    <button
      type="button"
      className="indicator-name"
      onClick={() => controller.showBlock(i.sourceId, i.blockId)}
      title={t('compare.indicators.showRow', { label: i.label })}
    >
      {i.code ? <span className="code">{i.code}</span> : null} {i.label}
    </button>
  );
  return (
    <section className="indicators" aria-labelledby="compare-indicators-title">
      <h4 id="compare-indicators-title">{t('compare.indicators.title')}</h4>
      <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="compare-indicators-title">
        <table className="indicator-glance">
          <thead>
            <tr>
              <th scope="col">{t('compare.indicators.indicator')}</th>
              <th scope="col">{first.own?.label ?? ''}</th>
              <th scope="col">{first.eu?.label ?? ''}</th>
              <th scope="col">{t('compare.indicators.unit')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((i, n) => {
              const k = keyIndicatorValues(i.values);
              return (
                <tr key={`${i.blockId}-${i.code ?? n}`}>
                  <th scope="row" lang="en">
                    {name(i)}
                  </th>
                  <td lang="en">{k.own?.value ?? ''}</td>
                  <td lang="en">{k.eu?.value ?? ''}</td>
                  <td lang="en" className="unit">
                    {k.unit ?? ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <details className="indicator-all">
        <summary>{t('compare.indicators.all')}</summary>
        <div className="table-scroll" tabIndex={0} role="group" aria-label={t('compare.indicators.all')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('compare.indicators.indicator')}</th>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {indicators.map((i, n) => (
                <tr key={`${i.blockId}-${i.code ?? n}`}>
                  <th scope="row" lang="en">
                    {i.code ? <span className="code">{i.code}</span> : null} {i.label}
                  </th>
                  {columns.map((c) => (
                    <td key={c} lang="en">
                      {i.values.find((v) => v.label === c)?.value ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
