import { useState } from 'react';
import type { Attendee } from '../../../shared/domain/meeting';
import { STAKEHOLDER_KINDS, type StakeholderKind } from '../../../shared/domain/stakeholder';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { useRegistry } from '../stakeholders/stakeholderStore';
import { useUi } from '../shell/uiStore';
import { useMeetings } from './meetingsStore';

/** "Masukkan ke daftar pemangku kepentingan": a walk-in joins the registry, linked to this list. */
export function RegisterDialog({ attendee, onClose }: { attendee: Attendee; onClose: () => void }) {
  const t = useT();
  const edit = useMeetings((s) => s.edit);
  const [kind, setKind] = useState<StakeholderKind>('core_firm');
  const submit = async () => {
    if (!(await edit('attendees.register', { id: attendee.id, kind }))) return;
    // The registry screens read their own copy: refresh it if it was loaded.
    const registry = useRegistry.getState();
    if (registry.loaded && registry.projectId) void registry.load(registry.projectId);
    useUi.getState().notify('meetings.attendance.registered', { name: attendee.name });
    onClose();
  };
  return (
    <Dialog title={t('meetings.attendance.registerTitle')} onClose={onClose}
      footer={<>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="button" className="primary" onClick={() => void submit()}>{t('meetings.attendance.registerConfirm')}</button>
      </>}>
      <p>{t('meetings.attendance.registerBody', { name: attendee.name })}</p>
      <div className="field">
        <label htmlFor="register-kind">{t('stakeholders.kind')}</label>
        <select id="register-kind" autoFocus value={kind} onChange={(e) => setKind(e.target.value as StakeholderKind)}>
          {STAKEHOLDER_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
        </select>
      </div>
    </Dialog>
  );
}
