import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeRow, ThemeStatus } from '../../../shared/commitments';
import type { Names } from './names';
import { statusWords } from './view-model';

/** Each status's sign, always beside its words. */
export const STATUS_ICON: Readonly<Record<ThemeStatus, string>> = {
  'in-all': '●',
  carried: '→',
  new: '+',
  dropped: '−',
  'only-programme': '◇',
  absent: '∅',
};

/** Where a theme stands, in words that name the timeline ("carried from 2021 answer to 2025 meeting"), with its sign. */
export function StatusLabel(props: { row: Pick<ThemeRow, 'status' | 'bySource'>; sources: readonly string[]; names: Names }): ReactNode {
  const { t } = useTranslation();
  const words = statusWords(props.row, props.sources, props.names.source, props.names.isProgramme);
  return (
    <span className="status-label" data-status={props.row.status}>
      <span className="status-icon" aria-hidden="true">
        {STATUS_ICON[props.row.status]}
      </span>{' '}
      {t(words.key, words.values)}
      {words.alsoProgramme ? <span className="also"> · {t('compare.statusWords.alsoProgramme')}</span> : null}
    </span>
  );
}
