import { useState } from 'react';
import { DEFAULT_THEMES, WORKSHOP_TEMPLATES, type WorkshopTemplate } from '../../../shared/domain/workshop';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { ParticipantPicker } from './ParticipantPicker';
import { useWorkshops } from './workshopsStore';
import { DateField } from '../../components/DateField';

/** "Lokakarya baru": theme, template, when and where, who takes part and how many dots each has. */
export function NewWorkshopDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [template, setTemplate] = useState<WorkshopTemplate>('problems');
  // The theme follows the template until the facilitator types one of their own.
  const [theme, setTheme] = useState<string | null>(null);
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [facilitator, setFacilitator] = useState('');
  const [dots, setDots] = useState(3);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [typed, setTyped] = useState('');
  const create = async () => {
    const { edit, open } = useWorkshops.getState();
    const participantNames = typed.split('\n').map((s) => s.trim()).filter(Boolean);
    const out = await edit('workshops.create', {
      template, theme: (theme ?? DEFAULT_THEMES[template]).trim(), date, place, facilitator, dotsPerParticipant: dots,
      stakeholderIds: [...picked], participantNames,
    });
    if (!out) return;
    onClose();
    open(out.id);
  };
  return (
    <Dialog title={t('workshops.new')} onClose={onClose} wide testId="new-workshop"
      footer={<>
        <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="submit" form="new-workshop-form" className="primary">{t('workshops.create')}</button>
      </>}>
      <form id="new-workshop-form" className="ws-new-form" onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}>
        <div className="field wide">
          <label htmlFor="ws-theme">{t('workshops.fields.theme')}</label>
          <input id="ws-theme" required maxLength={300} autoFocus value={theme ?? DEFAULT_THEMES[template]} onChange={(e) => setTheme(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="ws-template">{t('workshops.fields.template')}</label>
          <select id="ws-template" value={template} onChange={(e) => setTemplate(e.target.value as WorkshopTemplate)}>
            {WORKSHOP_TEMPLATES.map((k) => <option key={k} value={k}>{t(`workshops.templates.${k}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ws-date">{t('workshops.fields.date')}</label>
          <DateField live id="ws-date" value={date} onCommit={setDate} />
        </div>
        <div className="field">
          <label htmlFor="ws-place">{t('workshops.fields.place')}</label>
          <input id="ws-place" maxLength={200} value={place} onChange={(e) => setPlace(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="ws-facilitator">{t('workshops.fields.facilitator')}</label>
          <input id="ws-facilitator" maxLength={120} value={facilitator} onChange={(e) => setFacilitator(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="ws-dots">{t('workshops.fields.dotsPerParticipant')}</label>
          <input id="ws-dots" type="number" min={1} max={20} value={dots}
            onChange={(e) => setDots(Math.max(1, Math.min(20, Math.round(Number(e.target.value) || 1))))} />
        </div>
        <ParticipantPicker picked={picked} onPick={setPicked} typed={typed} onType={setTyped} />
      </form>
    </Dialog>
  );
}
