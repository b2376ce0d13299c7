import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useLanguage, useT } from '../../i18n';
import { meetingDate } from '../meetings/meetingFormat';
import { useUi } from '../shell/uiStore';
import { useWorkshops, type WorkshopSummary } from './workshopsStore';

/** The workshops of the project with their template, date and how far the wall has grown. */
export function WorkshopList() {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const list = useWorkshops((s) => s.list);
  const [deleting, setDeleting] = useState<WorkshopSummary | null>(null);
  const { open, edit } = useWorkshops.getState();
  if (!list) return <p>{t('common.loading')}</p>;
  if (list.length === 0) return <p className="empty">{t('workshops.empty')}</p>;

  return (
    <>
      <ul className="workshop-list" aria-label={t('workshops.title')}>
        {list.map((w) => (
          <li key={w.id} className="workshop-item">
            <span className="workshop-template">{t(`workshops.templates.${w.template}`)}</span>
            <button type="button" className="link workshop-open" onClick={() => open(w.id)}>{w.theme}</button>
            <span className="meta">{[meetingDate(w.date, lang) || t('workshops.noDate'), w.place].filter(Boolean).join(' · ')}</span>
            <span className="meta">{t('workshops.counts', { cards: w.cardCount, groups: w.groupCount, participants: w.participantCount })}</span>
            <button type="button" className="link danger facilitator-only" aria-label={t('workshops.deleteOf', { theme: w.theme })}
              onClick={() => setDeleting(w)}>{t('common.delete')}</button>
          </li>
        ))}
      </ul>
      {deleting && (
        <Dialog title={t('workshops.deleteTitle')} onClose={() => setDeleting(null)}
          footer={<>
            <button type="button" autoFocus onClick={() => setDeleting(null)}>{t('common.cancel')}</button>
            <button type="button" className="danger" onClick={async () => {
              const w = deleting;
              setDeleting(null);
              if (await edit('workshops.delete', { id: w.id })) useUi.getState().notify('workshops.deleted', { theme: w.theme });
            }}>{t('common.delete')}</button>
          </>}>
          <p>{t('workshops.deleteBody', { theme: deleting.theme, cards: deleting.cardCount })}</p>
        </Dialog>
      )}
    </>
  );
}
