import { useState } from 'react';
import { HORIZONS, IMPROVEMENT_AREAS, type Horizon, type ImprovementArea } from '../../../shared/domain/actionPlan';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { useActionPlans } from './actionPlansStore';
import { useShortlists } from './useShortlists';

/** "Rencana kegiatan baru": from a short-listed theme of a workshop, or from scratch. */
export function NewPlanDialog({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const t = useT();
  const lists = useShortlists(projectId);
  const [mode, setMode] = useState<'shortlist' | 'scratch' | null>(null);
  const [itemId, setItemId] = useState('');
  const [title, setTitle] = useState<string | null>(null);
  const [area, setArea] = useState<ImprovementArea>('raw_material');
  const [horizon, setHorizon] = useState<Horizon>('short');
  const items = (lists ?? []).flatMap((l) => l.items.filter((i) => i.shortlisted).map((i) => ({ ...i, theme: l.theme })));
  const chosenMode = mode ?? (items.length ? 'shortlist' : 'scratch');
  const item = chosenMode === 'shortlist' ? items.find((i) => i.targetId === itemId) ?? items[0] : undefined;
  // The title follows the chosen theme until the facilitator types one of their own.
  const shownTitle = title ?? item?.label ?? '';

  const create = async () => {
    const out = await useActionPlans.getState().edit('actionPlans.create', {
      title: shownTitle.trim(), area, horizon, ...(item ? { shortlistItemId: item.targetId } : {}),
    });
    if (!out) return;
    useUi.getState().notify('actionPlans.newPlan.created', { title: out.title });
    onClose();
    useActionPlans.getState().open(out.id);
  };

  return (
    <Dialog title={t('actionPlans.newPlan.title')} onClose={onClose} wide testId="new-plan"
      footer={<>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="submit" form="new-plan-form" className="primary" disabled={!lists}>{t('actionPlans.newPlan.create')}</button>
      </>}>
      <form id="new-plan-form" className="plan-new-form" onSubmit={(e) => { e.preventDefault(); void create(); }}>
        <fieldset className="kind-choice">
          <label><input type="radio" name="plan-mode" checked={chosenMode === 'shortlist'} disabled={!items.length} onChange={() => setMode('shortlist')} /> <span>{t('actionPlans.newPlan.fromShortlist')}</span></label>
          <label><input type="radio" name="plan-mode" checked={chosenMode === 'scratch'} onChange={() => { setMode('scratch'); setTitle(title ?? ''); }} /> <span>{t('actionPlans.newPlan.fromScratch')}</span></label>
        </fieldset>
        {lists && !items.length && <p className="hint">{t('actionPlans.newPlan.noShortlist')}</p>}
        {chosenMode === 'shortlist' && item && (
          <div className="field wide">
            <label htmlFor="plan-item">{t('actionPlans.newPlan.item')}</label>
            <select id="plan-item" value={item.targetId} onChange={(e) => { setItemId(e.target.value); setTitle(null); }}>
              {(lists ?? []).map((l) => (
                <optgroup key={l.workshopId} label={l.theme}>
                  {l.items.filter((i) => i.shortlisted).map((i) => (
                    <option key={i.targetId} value={i.targetId}>{i.label} ({t('actionPlans.newPlan.rank', { rank: i.rank ?? '-' })})</option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
        )}
        <div className="field wide">
          <label htmlFor="plan-title">{t('actionPlans.fields.title')}</label>
          <input id="plan-title" required maxLength={300} value={shownTitle} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="plan-area">{t('actionPlans.fields.area')}</label>
          <select id="plan-area" value={area} onChange={(e) => setArea(e.target.value as ImprovementArea)}>
            {IMPROVEMENT_AREAS.map((a) => <option key={a} value={a}>{t(`actionPlans.areas.${a}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="plan-horizon">{t('actionPlans.fields.horizon')}</label>
          <select id="plan-horizon" value={horizon} onChange={(e) => setHorizon(e.target.value as Horizon)}>
            {HORIZONS.map((h) => <option key={h} value={h}>{t(`actionPlans.horizons.${h}`)}</option>)}
          </select>
        </div>
      </form>
    </Dialog>
  );
}
