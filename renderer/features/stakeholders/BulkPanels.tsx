import { useMemo, useState } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { filterStakeholders, type StakeholderFilter } from './filterStakeholders';
import { StakeholderFilterBar } from './StakeholderFilterBar';
import { useRegistry } from './stakeholderStore';

type Area = { field: 'village' | 'district'; name: string };
const areaKey = (a: Area) => `${a.field}:${a.name}`;

/** The distinct non-empty values of one field, with how many stakeholders carry each. */
function areaCounts(list: Stakeholder[], field: Area['field']): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of list) {
    const v = s[field].trim();
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0].localeCompare(b[0], 'id'));
}

/** "Tetapkan menurut desa": everyone of one village or district into one group, one undo step. */
export function AssignByArea() {
  const t = useT();
  const { stakeholders, groups, edit } = useRegistry();
  const [area, setArea] = useState('');
  const [groupId, setGroupId] = useState('');
  const villages = useMemo(() => areaCounts(stakeholders, 'village'), [stakeholders]);
  const districts = useMemo(() => areaCounts(stakeholders, 'district'), [stakeholders]);
  const [field, name] = area ? [area.slice(0, area.indexOf(':')) as Area['field'], area.slice(area.indexOf(':') + 1)] : ['village' as const, ''];
  const ids = area ? stakeholders.filter((s) => s[field].trim() === name).map((s) => s.id) : [];
  const group = groups.find((g) => g.id === groupId);
  if (groups.length === 0 || (villages.length === 0 && districts.length === 0)) return null;

  const assign = async () => {
    if (!group || ids.length === 0) return;
    const out = await edit('smallGroups.assign', { groupId: group.id, stakeholderIds: ids });
    if (!out) return;
    useUi.getState().notify('stakeholders.areaAssigned', { count: ids.length, group: group.name });
    setArea('');
  };
  return (
    <form className="toolbar facilitator-only" aria-label={t('stakeholders.assignByArea')} onSubmit={(e) => { e.preventDefault(); void assign(); }}>
      <strong>{t('stakeholders.assignByArea')}</strong>
      <select aria-label={t('stakeholders.areaPick')} value={area} onChange={(e) => setArea(e.target.value)}>
        <option value="">{t('stakeholders.areaChoose')}</option>
        {villages.length > 0 && (
          <optgroup label={t('stakeholders.areaVillages')}>
            {villages.map(([v, n]) => <option key={v} value={areaKey({ field: 'village', name: v })}>{v} ({n})</option>)}
          </optgroup>
        )}
        {districts.length > 0 && (
          <optgroup label={t('stakeholders.areaDistricts')}>
            {districts.map(([d, n]) => <option key={d} value={areaKey({ field: 'district', name: d })}>{d} ({n})</option>)}
          </optgroup>
        )}
      </select>
      {area && <span className="hint" role="status">{t('stakeholders.areaCount', { count: ids.length })}</span>}
      <select aria-label={t('stakeholders.toGroup')} value={groupId} onChange={(e) => setGroupId(e.target.value)}>
        <option value="">{t('stakeholders.groupChoose')}</option>
        {groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
      </select>
      <button type="submit" className="primary" disabled={!group || ids.length === 0}>{t('stakeholders.assignArea')}</button>
    </form>
  );
}

/** Select many rows, then mark or unmark them as cluster members in one undo step. */
export function MemberMarking() {
  const t = useT();
  const { stakeholders, groups, edit } = useRegistry();
  const [filter, setFilter] = useState<StakeholderFilter>({ query: '', kind: '', groupId: '' });
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const shown = useMemo(() => filterStakeholders(stakeholders, filter), [stakeholders, filter]);
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  // A pick stays only while its stakeholder exists (an undo may remove one).
  const live = [...picked].filter((id) => stakeholders.some((s) => s.id === id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };
  const mark = async (member: boolean) => {
    const out = await edit('stakeholders.setMembers', { stakeholderIds: live, member });
    if (!out) return;
    useUi.getState().notify(member ? 'stakeholders.membersMarked' : 'stakeholders.membersUnmarked', { count: out.changed });
    setPicked(new Set());
  };
  if (stakeholders.length === 0) return null;
  return (
    <section className="facilitator-only" aria-label={t('stakeholders.memberTitle')}>
      <h3>{t('stakeholders.memberTitle')}</h3>
      <div className="toolbar">
        <StakeholderFilterBar filter={filter} onChange={setFilter} />
      </div>
      <div className="toolbar">
        <button type="button" onClick={() => setPicked(new Set([...live, ...shown.map((s) => s.id)]))}>{t('stakeholders.selectShown', { count: shown.length })}</button>
        <button type="button" onClick={() => setPicked(new Set())} disabled={live.length === 0}>{t('stakeholders.selectNone')}</button>
        <span className="hint" role="status">{t('stakeholders.selected', { count: live.length })}</span>
        <button type="button" className="primary" disabled={live.length === 0} onClick={() => void mark(true)}>{t('stakeholders.markMembers')}</button>
        <button type="button" disabled={live.length === 0} onClick={() => void mark(false)}>{t('stakeholders.unmarkMembers')}</button>
      </div>
      {shown.length === 0 ? <p className="empty">{t('stakeholders.noMatch')}</p> : (
        <div className="table-scroll member-table">
          <table className="data">
            <thead>
              <tr>
                <th aria-label={t('stakeholders.selected', { count: live.length })} />
                <th>{t('stakeholders.name')}</th>
                <th>{t('stakeholders.kind')}</th>
                <th>{t('stakeholders.village')}</th>
                <th>{t('stakeholders.smallGroup')}</th>
                <th>{t('stakeholders.memberTitle')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr key={s.id}>
                  <td><input type="checkbox" aria-label={s.name} checked={picked.has(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} /></td>
                  <td>{s.name}</td>
                  <td>{t(`kinds.${s.kind}`)}</td>
                  <td>{s.village}</td>
                  <td>{s.smallGroupId ? groupName.get(s.smallGroupId) : ''}</td>
                  <td>{s.clusterMember && <span className="badge">{t('stakeholders.memberBadge')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
