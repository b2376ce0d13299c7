import { useState } from 'react';
import type { VisionVersion } from '../../../shared/domain/vision';
import { Dialog } from '../../components/Dialog';
import { useLanguage, useT } from '../../i18n';
import { meetingLabel } from '../meetings/meetingFormat';
import { useMeetings } from '../meetings/meetingsStore';
import { useUi } from '../shell/uiStore';
import { MissionEditor } from './MissionEditor';
import { WorkshopPhrases } from './WorkshopPhrases';
import { useVision } from './visionStore';

/**
 * "Versi baru", prefilled from the latest version: editing a draft means making a new version,
 * so every earlier wording stays available for comparison.
 */
export function VersionForm({ from, onClose }: { from: VisionVersion | null; onClose: () => void }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const meetings = useMeetings((s) => s.list) ?? [];
  const [vision, setVision] = useState(from?.vision ?? '');
  const [missions, setMissions] = useState<string[]>(from?.missions.length ? from.missions : ['']);
  const [proposedBy, setProposedBy] = useState(from?.proposedBy ?? '');
  const [meetingId, setMeetingId] = useState(from?.meetingId ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!vision.trim()) return setError(t('errors.fieldRequired', { field: t('meetings.vision.vision') }));
    const out = await useVision.getState().edit('vision.create', {
      vision: vision.trim(), missions: missions.map((m) => m.trim()).filter(Boolean), proposedBy: proposedBy.trim(), meetingId: meetingId || null,
    });
    if (!out) return;
    useUi.getState().notify('meetings.vision.created', { n: out.number });
    onClose();
  };

  return (
    <Dialog title={t('meetings.vision.newVersion')} onClose={onClose} wide
      footer={<>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="submit" form="vision-form" className="primary">{t('meetings.vision.saveVersion')}</button>
      </>}>
      {from && <p className="hint">{t('meetings.vision.prefilled', { n: from.number })}</p>}
      <form id="vision-form" className="form" onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}>
        <div className="field">
          <label htmlFor="vision-text">{t('meetings.vision.vision')} *</label>
          <textarea id="vision-text" rows={3} autoFocus value={vision} maxLength={1000} aria-invalid={error ? true : undefined}
            onChange={(e) => setVision(e.target.value)} />
          {error && <p className="field-error" role="alert">{error}</p>}
        </div>
        <WorkshopPhrases onPick={(phrase) => setVision((v) => (v.trim() ? `${v.trim()} ${phrase}` : phrase))} />
        <MissionEditor missions={missions} onChange={setMissions} />
        <div className="form grid">
          <div className="field">
            <label htmlFor="vision-by">{t('meetings.vision.proposedBy')}</label>
            <input id="vision-by" value={proposedBy} maxLength={200} onChange={(e) => setProposedBy(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="vision-meeting">{t('meetings.vision.meeting')}</label>
            <select id="vision-meeting" value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
              <option value="">{t('meetings.vision.noMeeting')}</option>
              {meetings.map((m) => <option key={m.id} value={m.id}>{meetingLabel(m, lang)}</option>)}
            </select>
          </div>
        </div>
      </form>
    </Dialog>
  );
}
