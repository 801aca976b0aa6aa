import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurationView } from '../../../shared/curation';
import type { UiLocale } from '../../../shared/workspace';
import { excerpt } from './format';
import { decisionTexts, decisionWords } from './decision-words';
import type { CompareController } from './use-compare';

/**
 * Every decision the user made, newest first: what it decided, about which texts, when, whether it
 * still finds its commitment (an orphaned decision is kept, never dropped), and Withdraw, which
 * brings back the automatic result.
 */
export function DecisionsList({ controller: ctl, locale }: { controller: CompareController; locale: UiLocale }): ReactNode {
  const { t } = useTranslation();
  const list = ctl.curations?.curations ?? [];
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  if (list.length === 0) return <p className="hint">{t('compare.decisions.none')}</p>;
  const sorted: CurationView[] = [...list].reverse();
  return (
    <div className="decisions">
      <p className="hint">{t('compare.decisions.intro')}</p>
      <ul className="decision-list">
        {sorted.map(({ decision, status }) => (
          <li key={decision.id} className={`decision ${status}`} data-decision-type={decision.action.type}>
            <p className="decision-head">
              <strong>{decisionWords(decision.action, t, ctl.names)}</strong>{' '}
              <time dateTime={decision.created}>{dates.format(new Date(decision.created))}</time>{' '}
              {status === 'orphaned' ? (
                <span className="warning">
                  <span aria-hidden="true">⚠ </span>
                  {t('compare.decisions.orphaned')}
                </span>
              ) : null}
            </p>
            <ul className="decision-texts">
              {decisionTexts(decision.action).map((x, i) => (
                <li key={i}>
                  <span className="link-source">{ctl.names.source(x.sourceId)}</span> <q>{excerpt(x.text, 140)}</q>
                </li>
              ))}
            </ul>
            {decision.note ? <p className="note">{decision.note}</p> : null}
            <button type="button" disabled={ctl.busy} onClick={() => void ctl.withdraw(decision.id, t('compare.done.withdrawn'))}>
              {t('compare.decisions.withdraw')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
