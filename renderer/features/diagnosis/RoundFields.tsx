import type { QuestionnaireRound, RoundFields as Fields } from '../../../shared/domain/questionnaire';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { useDiagnosis } from './diagnosisStore';
import { MeetingSelect } from '../meetings/MeetingSelect';

/** Who answered the round (a respondent, or the meeting it was answered in), when, and a note; each saved on leaving. */
export function RoundFields({ round }: { round: QuestionnaireRound }) {
  const t = useT();
  const meetings = useDiagnosis((s) => s.meetings);
  const save = async (patch: Partial<Fields>) => (await useDiagnosis.getState().edit('questionnaires.update', { id: round.id, ...patch })) !== null;
  return (
    <div className="form grid round-fields">
      <TextField name="title" label={t('diagnosis.fields.title')} value={round.title} validate={(v) => (v.trim() ? null : t('common.required'))}
        onCommit={(title) => save({ title: title.trim() })} />
      <TextField name="respondent" label={t('diagnosis.fields.respondent')} value={round.respondent} onCommit={(respondent) => save({ respondent: respondent.trim() })} />
      <MeetingSelect label={t('diagnosis.fields.meeting')} noneLabel={t('diagnosis.fields.noMeeting')} id="round-meeting-edit" value={round.meetingId} meetings={meetings} onChange={(meetingId) => void save({ meetingId })} />
      <TextField name="date" type="date" label={t('diagnosis.fields.date')} value={round.date} onCommit={(date) => save({ date })} />
      <TextField name="note" className="wide" multiline label={t('diagnosis.fields.note')} value={round.note} onCommit={(note) => save({ note: note.trim() })} />
    </div>
  );
}
