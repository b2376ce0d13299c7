import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { useUi } from '../shell/uiStore';
import { useDiagnosis } from './diagnosisStore';
import { RoundNaming } from './RoundNaming';

/** "Putaran kuesioner baru": a title, who answers (a respondent or a meeting) and when; then it opens to be answered. */
export function NewRoundDialog({ count, onClose }: { count: number; onClose: () => void }) {
  const t = useT();
  const meetings = useDiagnosis((s) => s.meetings);
  const [title, setTitle] = useState(t('diagnosis.newDialog.defaultTitle', { n: count + 1 }));
  const [respondent, setRespondent] = useState('');
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [date, setDate] = useState('');

  const create = async () => {
    const out = await useDiagnosis.getState().edit('questionnaires.create', { title: title.trim(), respondent: respondent.trim(), meetingId, date });
    if (!out) return;
    useUi.getState().notify('diagnosis.newDialog.created', { title: out.title });
    onClose();
    useDiagnosis.getState().open(out.id);
  };

  return (
    <Dialog title={t('diagnosis.newDialog.title')} onClose={onClose} testId="new-round"
      footer={<>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="submit" form="new-round-form" className="primary">{t('diagnosis.newDialog.create')}</button>
      </>}>
      <form id="new-round-form" className="form" onSubmit={(e) => { e.preventDefault(); void create(); }}>
        <p className="hint">{t('diagnosis.newDialog.hint')}</p>
        <RoundNaming id="round" title={title} onTitle={setTitle} meetingId={meetingId} onMeeting={setMeetingId} date={date} onDate={setDate} meetings={meetings}>
          <div className="field">
            <label htmlFor="round-respondent">{t('diagnosis.fields.respondent')}</label>
            <input id="round-respondent" maxLength={200} value={respondent} onChange={(e) => setRespondent(e.target.value)} />
          </div>
        </RoundNaming>
      </form>
    </Dialog>
  );
}
