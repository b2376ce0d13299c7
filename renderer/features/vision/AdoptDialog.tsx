import { useState } from 'react';
import type { VisionVersion } from '../../../shared/domain/vision';
import { Dialog } from '../../components/Dialog';
import { useLanguage, useT } from '../../i18n';
import { meetingLabel } from '../meetings/meetingFormat';
import { useMeetings } from '../meetings/meetingsStore';
import { useUi } from '../shell/uiStore';
import { useVision } from './visionStore';

/**
 * "Tetapkan di rapat…": adopting writes the decision into that meeting's vision agenda item, so the
 * minutes carry it. The vision is confirmed in FGD-1, hence the default.
 */
export function AdoptDialog({ version, onClose }: { version: VisionVersion; onClose: () => void }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const meetings = useMeetings((s) => s.list) ?? [];
  const fallback = meetings.filter((m) => m.kind === 'fgd1').at(-1) ?? meetings.at(-1);
  const [meetingId, setMeetingId] = useState(version.adoptedMeetingId ?? fallback?.id ?? '');
  const meeting = meetings.find((m) => m.id === meetingId);
  const adopt = async () => {
    if (!meeting) return;
    if (!(await useVision.getState().edit('vision.adopt', { id: version.id, meetingId }))) return;
    useUi.getState().notify('meetings.vision.adopted', { n: version.number, meeting: meeting.title });
    onClose();
  };

  return (
    <Dialog title={t('meetings.vision.adoptTitle', { n: version.number })} onClose={onClose}
      footer={<>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="button" className="primary" disabled={!meeting} onClick={() => void adopt()}>{t('meetings.vision.adoptConfirm')}</button>
      </>}>
      {meetings.length === 0 ? <p>{t('meetings.vision.noMeetings')}</p> : (
        <>
          <div className="field">
            <label htmlFor="adopt-meeting">{t('meetings.vision.adoptIn')}</label>
            <select id="adopt-meeting" autoFocus value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
              {meetings.map((m) => <option key={m.id} value={m.id}>{meetingLabel(m, lang)}</option>)}
            </select>
          </div>
          <p>{t('meetings.vision.adoptBody', { n: version.number })}</p>
        </>
      )}
    </Dialog>
  );
}
