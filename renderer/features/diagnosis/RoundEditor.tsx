import { useState } from 'react';
import { ANNEX1_BASES } from '../../../shared/diagnosis/annex1';
import { MAX_TOTAL } from '../../../shared/diagnosis/scale';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { PaperSelect } from '../meetings/PaperSelect';
import { useUi } from '../shell/uiStore';
import { Annex1Button } from './Annex1Button';
import { BaseQuestion } from './BaseQuestion';
import { useDiagnosis, useOpenRound } from './diagnosisStore';
import { RoundFields } from './RoundFields';

/** One round being answered: who and when, then the eight Bases. */
export function RoundEditor({ projectId }: { projectId: string }) {
  const t = useT();
  const round = useOpenRound();
  const [deleting, setDeleting] = useState(false);
  if (!round) return <p>{t('common.loading')}</p>;
  const remove = async () => {
    setDeleting(false);
    if (await useDiagnosis.getState().edit('questionnaires.delete', { id: round.id })) useUi.getState().notify('diagnosis.deleted', { title: round.title });
  };

  return (
    <section aria-labelledby="round-heading" className="diagnosis round-editor">
      <button type="button" className="link back" onClick={() => useDiagnosis.getState().open(null)}>← {t('diagnosis.back')}</button>
      <header className="view-header">
        <div>
          <h1 id="round-heading">{round.title}</h1>
          <p className="meta" data-testid="round-progress">
            {t('diagnosis.answeredOf', { answered: round.answered })}
            {round.total !== null && <> · {t('diagnosis.totalOf', { total: round.total, max: MAX_TOTAL })}</>}
          </p>
        </div>
        <div className="toolbar facilitator-only">
          <Annex1Button projectId={projectId} roundId={round.id} primary />
          <PaperSelect />
          <button type="button" className="link danger" onClick={() => setDeleting(true)}>{t('diagnosis.deleteRound')}</button>
        </div>
      </header>
      <RoundFields round={round} />
      <div className="base-questions">
        {ANNEX1_BASES.map((b) => <BaseQuestion key={b.number} roundId={round.id} base={b} answer={round.answers[b.number - 1]!} />)}
      </div>
      <p className="scale-note">{t('diagnosis.scaleNote')}</p>
      {deleting && (
        <Dialog title={t('diagnosis.deleteTitle')} onClose={() => setDeleting(false)}
          footer={<>
            <button type="button" autoFocus onClick={() => setDeleting(false)}>{t('common.cancel')}</button>
            <button type="button" className="danger" onClick={() => void remove()}>{t('common.delete')}</button>
          </>}>
          <p>{t('diagnosis.deleteBody', { title: round.title })}</p>
        </Dialog>
      )}
    </section>
  );
}
