import { matchProviders, unmetServices } from '../../../shared/actionPlans/bdsMatch';
import type { ActionPlan } from '../../../shared/domain/actionPlan';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n';
import { usePlanSave } from './usePlanSave';

/** Question 6's suggestions: BDS providers offering what question 5 says is needed, each added in one click. */
export function ProviderSuggestions({ plan, stakeholders }: { plan: ActionPlan; stakeholders: Stakeholder[] }) {
  const t = useT();
  const save = usePlanSave(plan.id);
  if (plan.externalSupport === false || plan.supportServices.length === 0) return null;
  const ids = plan.supporters.flatMap((s) => (s.stakeholderId ? [s.stakeholderId] : []));
  const matches = matchProviders(plan.supportServices, stakeholders, new Set(ids));
  const unmet = unmetServices(plan.supportServices, stakeholders);
  const label = (list: readonly string[]) => list.map((s) => t(`profile.service.${s}`)).join(', ');
  return (
    <div className="provider-suggestions facilitator-only">
      <p className="question-sub">{t('actionPlans.support.suggested')}</p>
      {matches.length === 0 ? <p className="empty">{t('actionPlans.support.noMatch')}</p> : (
        <ul className="suggestion-list" aria-label={t('actionPlans.support.suggested')}>
          {matches.map(({ provider: p, services }) => (
            <li key={p.id}>
              <span className="suggestion-name">{p.name}</span>
              <span className="meta">{label(services)}{p.bdsReachable === true ? ` · ${t('actionPlans.support.reachable')}` : ''}</span>
              <button type="button" aria-label={t('actionPlans.support.addOf', { name: p.name })}
                onClick={() => void save({ supporterIds: [...ids, p.id] })}>{t('actionPlans.supporters.add')}</button>
            </li>
          ))}
        </ul>
      )}
      {unmet.length > 0 && <p className="hint">{t('actionPlans.support.unmet', { services: label(unmet) })}</p>}
    </div>
  );
}
