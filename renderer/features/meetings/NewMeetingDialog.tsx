import { useState } from 'react';
import { MEETING_KINDS, type MeetingKind } from '../../../shared/domain/meeting';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { useMeetings } from './meetingsStore';
import { DateField } from '../../components/DateField';

/** "Rapat baru": the kind decides the prefilled agenda (guideline ANNEX-2); the date may come later. */
export function NewMeetingDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [kind, setKind] = useState<MeetingKind>('fgd1');
  const [date, setDate] = useState('');
  const create = async () => {
    const { edit, open } = useMeetings.getState();
    const out = await edit('meetings.create', { kind, ...(date ? { date } : {}) });
    if (!out) return;
    onClose();
    open(out.id);
  };
  return (
    <Dialog title={t('meetings.newTitle')} onClose={onClose}
      footer={<>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="submit" form="new-meeting-form" className="primary">{t('meetings.create')}</button>
      </>}>
      <form id="new-meeting-form" className="form" onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}>
        <fieldset className="kind-choice">
          <legend>{t('meetings.kind')}</legend>
          {MEETING_KINDS.map((k) => (
            <label key={k}>
              <input type="radio" name="kind" value={k} checked={kind === k} autoFocus={kind === k} onChange={() => setKind(k)} />
              <span>{t(`meetings.kinds.${k}`)}</span>
              <span className="hint">{t(`meetings.kindHints.${k}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="new-meeting-date">{t('meetings.detail.date')}</label>
          <DateField live id="new-meeting-date" value={date} onCommit={setDate} />
        </div>
      </form>
    </Dialog>
  );
}
