import { useState } from 'react';
import type { ActionPlan } from '../../../shared/domain/actionPlan';
import { KIND_FAMILY, type Stakeholder } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n';
import { usePlanSave } from './usePlanSave';
import { InlineField } from './InlineField';

// Supporters are usually BDS providers: they come first in the list.
const rank = (s: Stakeholder) => (KIND_FAMILY[s.kind] === 'bds' ? 0 : KIND_FAMILY[s.kind] === 'government' ? 1 : 2);

/** Question 6: supporters from the registry, added and removed one at a time. */
export function SupportersPicker({ plan, stakeholders }: { plan: ActionPlan; stakeholders: Stakeholder[] }) {
  const t = useT();
  const save = usePlanSave(plan.id);
  const chosen = new Set(plan.supporters.map((s) => s.stakeholderId));
  const offer = stakeholders.filter((s) => !chosen.has(s.id)).sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'id'));
  const [pick, setPick] = useState('');
  const picked = offer.find((s) => s.id === pick)?.id ?? offer[0]?.id ?? '';
  const ids = plan.supporters.flatMap((s) => (s.stakeholderId ? [s.stakeholderId] : []));
  return (
    <div className="supporters">
      {plan.supporters.length === 0 ? <p className="empty">{t('actionPlans.supporters.none')}</p> : (
        <ul className="chips" aria-label={t('actionPlans.supporters.label')}>
          {plan.supporters.map((s, i) => (
            <li key={`${s.stakeholderId ?? ''}${i}`} className="chip-item">
              {s.name}{s.organisation && s.organisation !== s.name ? ` (${s.organisation})` : ''}
              <button type="button" className="link danger facilitator-only" aria-label={t('actionPlans.supporters.remove', { name: s.name })}
                onClick={() => void save({ supporterIds: ids.filter((x) => x !== s.stakeholderId) })}>×</button>
            </li>
          ))}
        </ul>
      )}
      <div className="toolbar facilitator-only">
        <InlineField label={t('actionPlans.supporters.pick')}>
          {(id) => (
            <select id={id} value={picked} onChange={(e) => setPick(e.target.value)}>
              {offer.map((s) => <option key={s.id} value={s.id}>{s.organisation && s.organisation !== s.name ? `${s.name} (${s.organisation})` : s.name}</option>)}
            </select>
          )}
        </InlineField>
        <button type="button" disabled={!picked} onClick={() => void save({ supporterIds: [...ids, picked] })}>{t('actionPlans.supporters.add')}</button>
      </div>
    </div>
  );
}
