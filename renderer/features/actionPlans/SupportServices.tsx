import { useEffect, useState } from 'react';
import { BDS_SERVICES, type BdsService } from '../../../shared/domain/stakeholderProfile';
import type { ActionPlan } from '../../../shared/domain/actionPlan';
import { useT } from '../../i18n';
import { usePlanSave } from './usePlanSave';

/** Question 5, when outside support is needed: which kinds, so question 6 can suggest who offers them. */
export function SupportServices({ plan }: { plan: ActionPlan }) {
  const t = useT();
  const save = usePlanSave(plan.id);
  // Shown at once, then saved; a refused save (or an undo) brings back what the plan says.
  const [shown, setShown] = useState(plan.supportServices);
  useEffect(() => setShown(plan.supportServices), [plan.supportServices]);
  const toggle = (s: BdsService, on: boolean) => {
    const next = BDS_SERVICES.filter((x) => (x === s ? on : shown.includes(x)));
    setShown(next);
    void save({ supportServices: next });
  };
  return (
    <fieldset className="support-services">
      <legend>{t('actionPlans.support.services')}</legend>
      {BDS_SERVICES.map((s) => (
        <label key={s}>
          <input type="checkbox" checked={shown.includes(s)} onChange={(e) => toggle(s, e.target.checked)} /> {t(`profile.service.${s}`)}
        </label>
      ))}
    </fieldset>
  );
}
