import { useState } from 'react';
import { KIND_FAMILY, STAKEHOLDER_KINDS, stakeholderFields, type Stakeholder } from '../../../shared/domain/stakeholder';
import { Dialog } from '../../components/Dialog';
import { useT, type TKey } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { BdsFieldset } from './BdsFieldset';
import { FirmFieldset } from './FirmFieldset';
import { useRegistry } from './stakeholderStore';
import { fromDraft, toDraft, type Draft } from './stakeholderDraft';
import './profile.css';

const textFields: { key: keyof Draft; label: TKey; wide?: boolean }[] = [
  { key: 'organisation', label: 'stakeholders.organisation' },
  { key: 'role', label: 'stakeholders.role' },
  { key: 'village', label: 'stakeholders.village' },
  { key: 'district', label: 'stakeholders.district' },
  { key: 'coreBusiness', label: 'stakeholders.coreBusiness' },
  { key: 'phone', label: 'stakeholders.phone' },
];

/** Add or edit one stakeholder; the whole form is one undo step. */
export function StakeholderDialog({ stakeholder, onClose, onDelete }: { stakeholder: Stakeholder | null; onClose: () => void; onDelete?: () => void }) {
  const t = useT();
  const { groups, edit } = useRegistry();
  const [draft, setDraft] = useState<Draft>(() => toDraft(stakeholder));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async () => {
    const parsed = stakeholderFields.safeParse(fromDraft(draft));
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.path[0] === 'name' ? t('errors.fieldRequired', { field: t('stakeholders.name') }) : i.message])));
      return;
    }
    const { createdAt: _c, updatedAt: _u, id: _i, ...rest } = { ...parsed.data, createdAt: '', updatedAt: '', id: '' };
    const out = stakeholder
      ? await edit('stakeholders.update', { id: stakeholder.id, ...rest })
      : await edit('stakeholders.create', rest);
    if (out) {
      if (!stakeholder) useUi.getState().notify('stakeholders.created', { name: out.name });
      onClose();
    }
  };

  const field = (key: keyof Draft, label: TKey, input: React.ReactNode) => (
    <div className="field" key={key}>
      <label htmlFor={`sh-${key}`}>{t(label)}</label>
      {input}
      {errors[key] && <p className="field-error" id={`sh-${key}-error`} role="alert">{errors[key]}</p>}
    </div>
  );
  const described = (key: keyof Draft) => (errors[key] ? { 'aria-invalid': true as const, 'aria-describedby': `sh-${key}-error` } : {});

  return (
    <Dialog title={t(stakeholder ? 'stakeholders.editTitle' : 'stakeholders.newTitle')} onClose={onClose} testId="stakeholder-dialog" wide
      footer={<>
        {onDelete && <button type="button" className="danger push-left facilitator-only" onClick={onDelete}>{t('common.delete')}</button>}
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="submit" form="stakeholder-form" className="primary">{t('common.save')}</button>
      </>}>
      <form id="stakeholder-form" className="form grid" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        {field('name', 'stakeholders.name', <input id="sh-name" autoFocus value={draft.name} maxLength={120} {...described('name')} onChange={(e) => set('name', e.target.value)} />)}
        {field('kind', 'stakeholders.kind', (
          <select id="sh-kind" value={draft.kind} onChange={(e) => set('kind', e.target.value as Draft['kind'])}>
            {STAKEHOLDER_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
          </select>
        ))}
        {textFields.map((f) => field(f.key, f.label, (
          <input id={`sh-${f.key}`} value={draft[f.key] as string} {...described(f.key)} onChange={(e) => set(f.key, e.target.value as never)} />
        )))}
        {field('smallGroupId', 'stakeholders.smallGroup', (
          <select id="sh-smallGroupId" value={draft.smallGroupId ?? ''} onChange={(e) => set('smallGroupId', e.target.value || null)}>
            <option value="">{t('stakeholders.noGroup')}</option>
            {groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
          </select>
        ))}
        {(['interest', 'influence'] as const).map((key) => field(key, `stakeholders.${key}`, (
          <select id={`sh-${key}`} value={draft[key]} onChange={(e) => set(key, e.target.value)}>
            <option value="">{t('stakeholders.unset')}</option>
            {[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        )))}
        <div className="field checks">
          <label><input type="checkbox" checked={draft.groupLeader} disabled={!draft.smallGroupId} onChange={(e) => set('groupLeader', e.target.checked)} /> {t('stakeholders.groupLeader')}</label>
          <label><input type="checkbox" checked={draft.clusterMember} onChange={(e) => set('clusterMember', e.target.checked)} /> {t('stakeholders.clusterMember')}</label>
        </div>
        {/* Firms get the directory's fields, BDS providers their services; values of another kind stay kept. */}
        {KIND_FAMILY[draft.kind] === 'internal' && <FirmFieldset draft={draft} set={set} field={field} described={described} />}
        {KIND_FAMILY[draft.kind] === 'bds' && <BdsFieldset draft={draft} set={set} described={described} />}
        <div className="field wide facilitator-only">
          <label htmlFor="sh-notes">{t('stakeholders.notes')}</label>
          <textarea id="sh-notes" rows={3} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
        </div>
      </form>
    </Dialog>
  );
}
