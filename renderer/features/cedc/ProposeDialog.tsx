import { useMemo, useState } from 'react';
import type { CedcMember } from '../../../shared/domain/cedc';
import { KIND_FAMILY, type Stakeholder } from '../../../shared/domain/stakeholder';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { filterStakeholders, type StakeholderFilter } from '../stakeholders/filterStakeholders';
import { StakeholderFilterBar } from '../stakeholders/StakeholderFilterBar';
import { useRegistry } from '../stakeholders/stakeholderStore';
import { useRegistryLoaded } from '../stakeholders/useRegistryLoaded';
import { useUi } from '../shell/uiStore';
import { useCedc } from './cedcStore';

type Family = (typeof KIND_FAMILY)[keyof typeof KIND_FAMILY];

/** "Usulkan dari daftar": offices, BDS providers and cluster representatives; one undo step for all. */
export function ProposeDialog({ members, onClose }: { members: CedcMember[]; onClose: () => void }) {
  const t = useT();
  const loaded = useRegistryLoaded();
  const { stakeholders } = useRegistry();
  const edit = useCedc((s) => s.edit);
  const [filter, setFilter] = useState<StakeholderFilter>({ query: '', kind: '', groupId: '' });
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const proposed = useMemo(() => new Set(members.map((m) => m.stakeholderId).filter(Boolean)), [members]);
  const shown = useMemo(() => filterStakeholders(stakeholders, filter), [stakeholders, filter]);
  const add = (list: Stakeholder[]) => setPicked(new Set([...picked, ...list.filter((s) => !proposed.has(s.id)).map((s) => s.id)]));
  const family = (f: Family) => add(stakeholders.filter((s) => KIND_FAMILY[s.kind] === f));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };
  const propose = async () => {
    const out = await edit('cedc.addFromRegistry', { stakeholderIds: [...picked] });
    if (!out) return;
    useUi.getState().notify('cedc.propose.added', { count: out.added });
    onClose();
  };

  return (
    <Dialog title={t('cedc.propose.title')} onClose={onClose} wide testId="cedc-propose"
      footer={<>
        <span className="hint push-left" role="status">{t('cedc.propose.picked', { count: picked.size })}</span>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="button" className="primary" disabled={picked.size === 0} onClick={() => void propose()}>
          {t('cedc.propose.proposeN', { count: picked.size })}
        </button>
      </>}>
      <div className="toolbar">
        <StakeholderFilterBar filter={filter} onChange={setFilter} autoFocus />
      </div>
      {/* Picking by family before the registry has arrived would silently pick nobody. */}
      <fieldset className="toolbar cedc-pick" disabled={!loaded}>
        <button type="button" onClick={() => family('government')}>{t('cedc.propose.pickGovernment')}</button>
        <button type="button" onClick={() => family('bds')}>{t('cedc.propose.pickBds')}</button>
        <button type="button" onClick={() => family('forum')}>{t('cedc.propose.pickForum')}</button>
        {/* The cluster speaks through its small-group leaders (internal firms), as in FGD-1. */}
        <button type="button" onClick={() => add(stakeholders.filter((s) => KIND_FAMILY[s.kind] === 'internal' && s.groupLeader))}>
          {t('cedc.propose.pickLeaders')}
        </button>
        <button type="button" onClick={() => setPicked(new Set())} disabled={picked.size === 0}>{t('cedc.propose.pickNone')}</button>
      </fieldset>
      {!loaded ? <p>{t('common.loading')}</p> : shown.length === 0 ? <p className="empty">{t('stakeholders.noMatch')}</p> : (
        <ul className="pick-list" aria-label={t('cedc.propose.registry')}>
          {shown.map((s) => {
            const already = proposed.has(s.id);
            return (
              <li key={s.id}>
                <label>
                  <input type="checkbox" checked={already || picked.has(s.id)} disabled={already} onChange={(e) => toggle(s.id, e.target.checked)} />
                  <span className="pick-name">{s.name}</span>
                  <span className="hint">
                    {[s.role, s.organisation, t(`kinds.${s.kind}`)].filter(Boolean).join(' · ')}
                    {already && ` · ${t('cedc.propose.already')}`}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}
