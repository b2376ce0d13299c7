import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { useCedc } from './cedcStore';
import { POSITION_LIST_ID } from './MembersTable';

const EMPTY = { committeePosition: 'Anggota', officialPosition: '', institution: '', person: '' };

/** "Tambah anggota": someone not in the registry (e.g. an office not yet mapped). */
export function AddMemberDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const edit = useCedc((s) => s.edit);
  const [form, setForm] = useState(EMPTY);
  const field = (key: keyof typeof EMPTY, label: string, required = false, list?: string) => (
    <div className="field">
      <label htmlFor={`cedc-add-${key}`}>{label}</label>
      <input id={`cedc-add-${key}`} required={required} list={list} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </div>
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v.trim()])) as typeof EMPTY;
    if (!input.institution) return;
    if (!(await edit('cedc.addMember', { ...input, committeePosition: input.committeePosition || 'Anggota' }))) return;
    useUi.getState().notify('cedc.add.added');
    onClose();
  };
  return (
    <Dialog title={t('cedc.add.title')} onClose={onClose} testId="cedc-add"
      footer={<>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="submit" form="cedc-add-form" className="primary">{t('cedc.add.save')}</button>
      </>}>
      <form id="cedc-add-form" className="form" onSubmit={(e) => void submit(e)}>
        {field('committeePosition', t('cedc.members.committeePosition'), true, POSITION_LIST_ID)}
        {field('officialPosition', t('cedc.members.officialPosition'))}
        {field('institution', t('cedc.members.institution'), true)}
        {field('person', t('cedc.members.person'))}
      </form>
    </Dialog>
  );
}
