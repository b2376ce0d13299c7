import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n';
import { useRegistry } from './stakeholderStore';

const SCALE = [1, 2, 3, 4, 5];

/** The classic interest/influence grid: who to manage closely, keep satisfied, keep informed. */
export function InfluenceGrid({ onOpen }: { onOpen: (s: Stakeholder) => void }) {
  const t = useT();
  const stakeholders = useRegistry((s) => s.stakeholders);
  const unscored = stakeholders.filter((s) => s.interest === null || s.influence === null);
  const at = (interest: number, influence: number) => stakeholders.filter((s) => s.interest === interest && s.influence === influence);
  return (
    <section aria-label={t('stakeholders.tabGrid')}>
      <p className="hint">{t('stakeholders.gridIntro')}</p>
      <div className="grid-wrap">
        <div className="grid-axis-y">{t('stakeholders.gridInfluence')}</div>
        <table className="influence-grid">
          <caption className="sr-only">{t('stakeholders.gridIntro')}</caption>
          <tbody>
            {[...SCALE].reverse().map((influence) => (
              <tr key={influence}>
                <th scope="row" aria-label={t('stakeholders.gridRow', { influence })}>{influence}</th>
                {SCALE.map((interest) => (
                  <td key={interest} className={interest >= 3 && influence >= 3 ? 'hot' : undefined}
                    aria-label={t('stakeholders.gridCell', { interest, influence })}>
                    {at(interest, influence).map((s) => (
                      <button key={s.id} type="button" className={`chip kind-${s.kind}`} onClick={() => onOpen(s)}>{s.name}</button>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th />
              {SCALE.map((n) => <th key={n} scope="col">{n}</th>)}
            </tr>
          </tbody>
        </table>
      </div>
      <div className="grid-axis-x">{t('stakeholders.gridInterest')}</div>
      {unscored.length > 0 && <p className="hint facilitator-only">{t('stakeholders.gridUnscored', { names: unscored.map((s) => s.name).join(', ') })}</p>}
    </section>
  );
}
