import { useState } from 'react';
import { createPortal } from 'react-dom';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { today } from '../actionPlans/months';
import { ParticipationButton } from '../participation/ParticipationButton';
import { ParticipationDialog } from '../participation/ParticipationDialog';
import { useParticipationStatus, type ParticipationTarget } from '../participation/participationStore';
import { useDiagnosis } from './diagnosisStore';
import { RoundNaming } from './RoundNaming';

type SittingTarget = Extract<ParticipationTarget, { kind: 'questionnaire' }>;

/**
 * "Jawab di ponsel peserta": names the sitting (title, meeting, date), then opens it to phones.
 * While a sitting is open, the button shows how many phones joined and reopens its panel.
 */
export function PhoneSittingButton({ projectId }: { projectId: string }) {
  const t = useT();
  const status = useParticipationStatus(projectId);
  const meetings = useDiagnosis((s) => s.meetings);
  const [naming, setNaming] = useState(false);
  const [target, setTarget] = useState<SittingTarget | null>(null);
  const [title, setTitle] = useState('');
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [date, setDate] = useState('');

  if (status?.open && status.kind === 'questionnaire' && status.targetId && !target) {
    return <ParticipationButton projectId={projectId} defaultJoinMode="pick_or_type"
      target={{ kind: 'questionnaire', id: status.targetId, title: '', meetingId: null, date: '' }} />;
  }
  const begin = () => {
    setTitle(t('diagnosis.sitting.defaultTitle'));
    setMeetingId(null);
    setDate(today());
    setNaming(true);
  };
  const chooseMeeting = (id: string | null) => {
    setMeetingId(id);
    const m = meetings.find((x) => x.id === id);
    if (m?.date) setDate(m.date);
  };
  return (
    <>
      <button type="button" onClick={begin}>{t('diagnosis.sitting.open')}</button>
      {naming && (
        <Dialog title={t('diagnosis.sitting.newTitle')} onClose={() => setNaming(false)} testId="new-sitting"
          footer={<>
            <button type="button" onClick={() => setNaming(false)}>{t('common.cancel')}</button>
            <button type="submit" form="new-sitting-form" className="primary">{t('diagnosis.sitting.next')}</button>
          </>}>
          <form id="new-sitting-form" className="form" onSubmit={(e) => {
            e.preventDefault();
            setNaming(false);
            setTarget({ kind: 'questionnaire', id: crypto.randomUUID(), title: title.trim(), meetingId, date });
          }}>
            <p className="hint">{t('diagnosis.sitting.newHint')}</p>
            <RoundNaming id="sitting" title={title} onTitle={setTitle} meetingId={meetingId} onMeeting={chooseMeeting} date={date} onDate={setDate} meetings={meetings} />
          </form>
        </Dialog>
      )}
      {target && createPortal(
        <ParticipationDialog projectId={projectId} target={target} defaultJoinMode="pick_or_type" onClose={() => setTarget(null)} />,
        document.body,
      )}
    </>
  );
}
