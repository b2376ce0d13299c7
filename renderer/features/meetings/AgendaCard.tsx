import { memo, useState } from 'react';
import type { AgendaItem, Decision, FollowUp } from '../../../shared/domain/meeting';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { CommitInput } from './CommitInput';
import { DecisionList } from './DecisionList';
import { DiscussionBox } from './DiscussionBox';
import { FollowUpList } from './FollowUpList';
import { useMeetings } from './meetingsStore';
import { Translation } from '../../components/Translation';

interface Props {
  item: AgendaItem & { decisions: Decision[] };
  index: number;
  count: number;
  followUps: FollowUp[];
}

/** One agenda item as it is recorded live: title, discussion, decisions, follow-ups. */
export const AgendaCard = memo(function AgendaCard({ item, index, count, followUps }: Props) {
  const t = useT();
  const edit = useMeetings((s) => s.edit);
  const editNow = useMeetings((s) => s.editBeforeExit);
  const [confirming, setConfirming] = useState(false);
  const titleId = `agenda-${item.id}`;
  const move = (toIndex: number) => void edit('agenda.move', { id: item.id, toIndex });

  return (
    <article className="agenda-card" aria-labelledby={titleId}>
      <header className="agenda-head">
        <span className="agenda-number" aria-hidden="true">{index + 1}.</span>
        <h3 id={titleId} className="sr-only">{t('meetings.agenda.itemN', { n: index + 1, title: item.title })}</h3>
        <CommitInput value={item.title} required wrap className="agenda-title" label={t('meetings.agenda.titleN', { n: index + 1 })}
          onCommit={(title) => edit('agenda.update', { id: item.id, title })} />
        <span className="agenda-tools facilitator-only">
          <button type="button" className="link" disabled={index === 0} onClick={() => move(index - 1)}
            aria-label={t('meetings.agenda.moveUpN', { n: index + 1 })} title={t('meetings.agenda.moveUp')}>▲</button>
          <button type="button" className="link" disabled={index === count - 1} onClick={() => move(index + 1)}
            aria-label={t('meetings.agenda.moveDownN', { n: index + 1 })} title={t('meetings.agenda.moveDown')}>▼</button>
          <button type="button" className="link danger" onClick={() => setConfirming(true)}
            aria-label={t('meetings.agenda.deleteN', { n: index + 1 })}>{t('common.delete')}</button>
        </span>
      </header>
      <Translation text={item.title} />
      <DiscussionBox value={item.discussion} label={t('meetings.agenda.discussion')}
        onSave={(discussion) => edit('agenda.update', { id: item.id, discussion })}
        onSaveNow={(discussion) => editNow('agenda.update', { id: item.id, discussion })} />
      <DecisionList itemId={item.id} itemTitle={item.title} decisions={item.decisions} />
      <FollowUpList meetingId={item.meetingId} itemId={item.id} followUps={followUps} />
      {confirming && (
        <Dialog title={t('meetings.agenda.deleteTitle')} onClose={() => setConfirming(false)}
          footer={<>
            <button type="button" autoFocus onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
            <button type="button" className="danger" onClick={() => {
              setConfirming(false);
              void edit('agenda.delete', { id: item.id });
            }}>{t('common.delete')}</button>
          </>}>
          <p>{t('meetings.agenda.deleteBody', { title: item.title, decisions: item.decisions.length })}</p>
        </Dialog>
      )}
    </article>
  );
});
