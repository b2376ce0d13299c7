import { useState } from 'react';
import type { SmallGroup } from '../../../shared/domain/stakeholder';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { AssignByArea, MemberMarking } from './BulkPanels';
import { useNewRow } from '../../lib/useNewRow';
import { useRegistry } from './stakeholderStore';

function NewGroupForm() {
  const t = useT();
  const edit = useRegistry((s) => s.edit);
  const { fields: { name, area }, set, send } = useNewRow({ name: '', area: '' });
  return (
    <form className="toolbar" onSubmit={async (e) => {
      e.preventDefault();
      if (!name.trim()) return;
      await send((sent) => edit('smallGroups.create', { name: sent.name.trim(), area: sent.area.trim() }));
    }}>
      <input aria-label={t('stakeholders.groupName')} placeholder={t('stakeholders.groupName')} value={name} maxLength={120} onChange={(e) => set('name', e.target.value)} />
      <input aria-label={t('stakeholders.groupArea')} placeholder={t('stakeholders.groupArea')} value={area} maxLength={200} onChange={(e) => set('area', e.target.value)} />
      <button type="submit" className="primary" disabled={!name.trim()}>{t('stakeholders.createGroup')}</button>
    </form>
  );
}

function GroupCard({ group }: { group: SmallGroup }) {
  const t = useT();
  const { stakeholders, edit } = useRegistry();
  const [confirming, setConfirming] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const members = stakeholders.filter((s) => s.smallGroupId === group.id);
  const outside = stakeholders.filter((s) => s.smallGroupId === null);
  // Electron has no window.prompt, so renaming has its own small dialog.
  const rename = async () => {
    const name = renaming?.trim();
    if (name && name !== group.name && !(await edit('smallGroups.update', { id: group.id, name }))) return;
    setRenaming(null);
  };
  return (
    <article className="group-card" aria-labelledby={`g-${group.id}`}>
      <header>
        <h3 id={`g-${group.id}`}>{group.name}</h3>
        <span className="hint">{group.area} · {t('stakeholders.members', { count: members.length })}</span>
        <span className="group-actions facilitator-only">
          <button type="button" className="link" aria-label={`${t('stakeholders.rename')}: ${group.name}`} onClick={() => setRenaming(group.name)}>{t('stakeholders.rename')}</button>
          <button type="button" className="link danger" aria-label={`${t('stakeholders.deleteGroup')}: ${group.name}`} onClick={() => setConfirming(true)}>{t('stakeholders.deleteGroup')}</button>
        </span>
      </header>
      <ul className="member-list">
        {members.map((m) => (
          <li key={m.id}>
            <span>{m.name}{m.groupLeader && <span className="badge">{t('stakeholders.leader')}</span>}</span>
            <span className="facilitator-only">
              {!m.groupLeader && <button type="button" className="link" aria-label={`${t('stakeholders.makeLeader')}: ${m.name}`} onClick={() => void edit('stakeholders.update', { id: m.id, groupLeader: true })}>{t('stakeholders.makeLeader')}</button>}
              <button type="button" className="link" aria-label={`${t('stakeholders.remove')}: ${m.name}`} onClick={() => void edit('smallGroups.assign', { groupId: null, stakeholderIds: [m.id] })}>{t('stakeholders.remove')}</button>
            </span>
          </li>
        ))}
      </ul>
      {outside.length > 0 && (
        <select className="facilitator-only" aria-label={`${t('stakeholders.addMembers')} ${group.name}`} value=""
          onChange={(e) => e.target.value && void edit('smallGroups.assign', { groupId: group.id, stakeholderIds: [e.target.value] })}>
          <option value="">{t('stakeholders.addMembers')}</option>
          {outside.map((s) => <option key={s.id} value={s.id}>{s.name}{s.village ? ` (${s.village})` : ''}</option>)}
        </select>
      )}
      {renaming !== null && (
        <Dialog title={t('stakeholders.rename')} onClose={() => setRenaming(null)}
          footer={<>
            <button type="button" onClick={() => setRenaming(null)}>{t('common.cancel')}</button>
            <button type="submit" form={`rename-${group.id}`} className="primary" disabled={!renaming.trim()}>{t('common.save')}</button>
          </>}>
          <form id={`rename-${group.id}`} className="field" onSubmit={(e) => { e.preventDefault(); void rename(); }}>
            <label htmlFor={`rename-input-${group.id}`}>{t('stakeholders.groupName')}</label>
            <input id={`rename-input-${group.id}`} autoFocus value={renaming} maxLength={120} onChange={(e) => setRenaming(e.target.value)} />
          </form>
        </Dialog>
      )}
      {confirming && (
        <Dialog title={t('stakeholders.deleteGroup')} onClose={() => setConfirming(false)}
          footer={<>
            <button type="button" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
            <button type="button" className="danger" onClick={() => { setConfirming(false); void edit('smallGroups.delete', { id: group.id }); }}>{t('common.delete')}</button>
          </>}>
          <p>{t('stakeholders.deleteGroupBody', { name: group.name })}</p>
        </Dialog>
      )}
    </article>
  );
}

export function GroupsPanel() {
  const t = useT();
  const { groups, stakeholders } = useRegistry();
  const firmsOutside = stakeholders.filter((s) => s.smallGroupId === null && ['core_firm', 'leading_firm', 'subcontractor'].includes(s.kind));
  return (
    <section aria-label={t('stakeholders.tabGroups')}>
      <p className="hint">{t('stakeholders.groupsIntro')}</p>
      <div className="facilitator-only"><NewGroupForm /></div>
      <AssignByArea />
      <div className="group-grid">
        {groups.map((g) => <GroupCard key={g.id} group={g} />)}
      </div>
      {firmsOutside.length > 0 && (
        <p className="hint">{t('stakeholders.unassigned')}: {firmsOutside.map((s) => s.name).join(', ')}</p>
      )}
      <MemberMarking />
    </section>
  );
}
