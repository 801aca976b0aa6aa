import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../shared/commitments';
import type { Source } from '../../../shared/model';
import type { UiLocale } from '../../../shared/workspace';
import { formatIsoDate } from '../i18n';
import { StatusLabel } from './status-label';
import type { CompareController } from './use-compare';
import { indexComparison, matrixModel } from './view-model';

/**
 * The theme × source matrix as a heat map that is a real table: each cell prints its count (the
 * colour only repeats it), each row says the theme's status in words and a sign, and every theme
 * and cell is a button that opens the theme. The party programme's column stands apart, beside the
 * governments' timeline.
 */
export function MatrixTable(props: {
  comparison: Comparison;
  controller: CompareController;
  sources: readonly Source[];
  locale: UiLocale;
}): ReactNode {
  const { t } = useTranslation();
  const { comparison: cmp, controller: ctl } = props;
  const { names } = ctl;
  const model = useMemo(() => matrixModel(cmp, ctl.filters), [cmp, ctl.filters]);
  const index = indexComparison(cmp);
  const nf = new Intl.NumberFormat(props.locale);
  const dateOf = (id: string): string => {
    const s = props.sources.find((x) => x.id === id);
    return s ? formatIsoDate(s.date, props.locale) : '';
  };
  const open = (theme: string, sourceId?: string): void => {
    ctl.setFilters({ theme });
    // The theme's title (or the clicked source's column) takes the focus, so the keyboard goes on from there.
    requestAnimationFrame(() => document.getElementById(sourceId ? `col-${sourceId}` : 'compare-theme-title')?.focus());
  };
  if (model.rows.length === 0) return <p className="hint">{t('compare.matrix.empty')}</p>;
  return (
    <div className="matrix-wrap table-scroll" tabIndex={-1}>
      <table className="matrix">
        <caption>
          {t('compare.matrix.caption')}
          <span className="heat-legend" aria-hidden="true">
            {[0, 1, 2, 3, 4].map((l) => (
              <span key={l} className={`heat-swatch heat-${l}`} />
            ))}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="theme-col">
              {t('compare.matrix.theme')}
            </th>
            {model.sources.map((id) => (
              <th key={id} scope="col" className={`source-col${names.isProgramme(id) ? ' programme' : ''}`} title={names.sourceTitle(id)}>
                <span className="source-name">{names.source(id)}</span>
                <span className="source-date">{dateOf(id)}</span>
                {names.isProgramme(id) ? <span className="source-beside">{t('compare.sources.besideShort')}</span> : null}
              </th>
            ))}
            <th scope="col">{t('compare.matrix.links')}</th>
            <th scope="col">{t('compare.matrix.status')}</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => {
            const label = names.theme(row.theme);
            return (
              <tr key={row.theme} data-theme={row.theme} data-status={row.status}>
                <th scope="row" className="theme-col">
                  <button type="button" className="theme-button" onClick={() => open(row.theme)}>
                    {label}
                  </button>
                  {row.curated ? (
                    <span className="curated-mark" title={t('compare.matrix.curatedHint')}>
                      <span aria-hidden="true"> ✎</span>
                      <span className="visually-hidden">{t('compare.matrix.curatedHint')}</span>
                    </span>
                  ) : null}
                  {ctl.codebook?.edited.includes(row.theme) ? (
                    <span className="edited-mark" title={t('compare.codebook.edited')}>
                      <span aria-hidden="true"> *</span>
                      <span className="visually-hidden">{t('compare.codebook.edited')}</span>
                    </span>
                  ) : null}
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.sourceId} className={`heat heat-${cell.level}${names.isProgramme(cell.sourceId) ? ' programme' : ''}`}>
                    <button
                      type="button"
                      className="cell-button"
                      onClick={() => open(row.theme, cell.sourceId)}
                      aria-label={t('compare.matrix.cellLabel', {
                        count: cell.count,
                        formatted: nf.format(cell.count),
                        theme: label,
                        source: names.source(cell.sourceId),
                      })}
                    >
                      {nf.format(cell.count)}
                      {cell.count !== cell.total ? <span className="of-total"> / {nf.format(cell.total)}</span> : null}
                    </button>
                  </td>
                ))}
                <td className="links-count">{nf.format(row.links)}</td>
                <td className="status-cell">
                  <StatusLabel row={index.rowOf.get(row.theme)!} sources={cmp.sources} names={names} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('compare.matrix.total')}</th>
            {model.totals.map((c) => (
              <td key={c.sourceId}>{nf.format(c.count)}</td>
            ))}
            <td>{nf.format(model.links)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
