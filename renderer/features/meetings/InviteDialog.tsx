import { useMemo, useState } from 'react';
import type { MeetingRecord } from '../../../shared/domain/meeting';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { filterStakeholders, type StakeholderFilter } from '../stakeholders/filterStakeholders';
import { useRegistry } from '../stakeholders/stakeholderStore';
import { useRegistryLoaded } from '../stakeholders/useRegistryLoaded';
import { StakeholderFilterBar } from '../stakeholders/StakeholderFilterBar';
import { useUi } from '../shell/uiStore';
import { useMeetings } from './meetingsStore';

/** "Undang dari daftar": pick people from the stakeholder registry, one undo step for all. */
export function InviteDialog({ record, onClose }: { record: MeetingRecord; onClose: () => void }) {
  const t = useT();
  const loaded = useRegistryLoaded();
  const { stakeholders, groups } = useRegistry();
  const edit = useMeetings((s) => s.edit);
  const [filter, setFilter] = useState<StakeholderFilter>({ query: '', kind: '', groupId: '' });
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const onList = useMemo(() => new Set(record.attendees.map((a) => a.stakeholderId).filter(Boolean)), [record.attendees]);
  const shown = useMemo(() => filterStakeholders(stakeholders, filter), [stakeholders, filter]);
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const pickable = (ids: string[]) => ids.filter((id) => !onList.has(id));
  const add = (ids: string[]) => setPicked(new Set([...picked, ...pickable(ids)]));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };
  const invite = async () => {
    const out = await edit('attendees.invite', { meetingId: record.id, stakeholderIds: [...picked] });
    if (!out) return;
    useUi.getState().notify('meetings.attendance.invited', { count: out.invited });
    onClose();
  };

  return (
    <Dialog title={t('meetings.attendance.inviteTitle')} onClose={onClose} wide testId="invite-dialog"
      footer={<>
        <span className="hint push-left" role="status">{t('meetings.attendance.picked', { count: picked.size })}</span>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="button" className="primary" disabled={picked.size === 0} onClick={() => void invite()}>
          {t('meetings.attendance.inviteN', { count: picked.size })}
        </button>
      </>}>
      <div className="toolbar">
        <StakeholderFilterBar filter={filter} onChange={setFilter} autoFocus />
      </div>
      <div className="toolbar">
        <button type="button" onClick={() => add(stakeholders.filter((s) => s.groupLeader).map((s) => s.id))}>{t('meetings.attendance.pickLeaders')}</button>
        <button type="button" onClick={() => add(shown.map((s) => s.id))}>{t('meetings.attendance.pickShown', { count: pickable(shown.map((s) => s.id)).length })}</button>
        <button type="button" onClick={() => setPicked(new Set())} disabled={picked.size === 0}>{t('meetings.attendance.pickNone')}</button>
      </div>
      {!loaded ? <p>{t('common.loading')}</p> : shown.length === 0 ? <p className="empty">{t('stakeholders.noMatch')}</p> : (
        <ul className="pick-list" aria-label={t('meetings.attendance.registry')}>
          {shown.map((s) => {
            const already = onList.has(s.id);
            return (
              <li key={s.id}>
                <label>
                  <input type="checkbox" checked={already || picked.has(s.id)} disabled={already} onChange={(e) => toggle(s.id, e.target.checked)} />
                  <span className="pick-name">{s.name}{s.groupLeader && <span className="badge">{t('stakeholders.leader')}</span>}</span>
                  <span className="hint">
                    {[s.organisation, t(`kinds.${s.kind}`), s.smallGroupId ? groupName.get(s.smallGroupId) : '', s.clusterMember ? t('stakeholders.memberBadge') : ''].filter(Boolean).join(' · ')}
                    {already && ` · ${t('meetings.attendance.alreadyInvited')}`}
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
