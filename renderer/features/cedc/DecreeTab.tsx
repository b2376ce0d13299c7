import type { Cedc, DecreeDraft } from '../../../shared/domain/cedc';
import { urutanKata, hurufPoin } from '../../../shared/indonesian/terbilang';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { useCedc } from './cedcStore';
import { DocumentButton } from './DocumentButton';
import { TextList } from './TextList';

/** "Rancangan keputusan": the regional head's decree forming the committee, in Law 12/2011 layout. */
export function DecreeTab({ data, projectId }: { data: Cedc; projectId: string }) {
  const t = useT();
  const edit = useCedc((s) => s.edit);
  const decree = data.decree;
  const save = async (patch: Partial<DecreeDraft>) => (await edit('cedc.update', { decree: patch })) !== null;

  return (
    <div className="cedc-tab">
      {/* Until the head signs it, it is only a proposal: said on screen as in the document. */}
      <p className="cedc-draft-banner" role="note">{t('cedc.decree.banner')}</p>
      <DocumentButton projectId={projectId} kind="decree" label={t('cedc.decree.download')} />
      <div className="cedc-grid">
        <TextField name="decree-number" label={t('cedc.decree.number')} value={decree.number} onCommit={(number) => save({ number })} />
        <TextField name="decree-year" label={t('cedc.decree.year')} value={decree.year} onCommit={(year) => save({ year })}
          validate={(v) => (/^(\d{4})?$/.test(v.trim()) ? null : t('cedc.decree.yearInvalid'))} />
        <TextField name="decree-place" label={t('cedc.decree.place')} value={decree.place} onCommit={(place) => save({ place })} />
        <TextField name="decree-subject" className="wide" label={t('cedc.decree.subject')} value={decree.subject} onCommit={(subject) => save({ subject })} />
      </div>
      <TextList label={t('cedc.decree.considerations')} hint={t('cedc.decree.considerationsHint')} items={decree.considerations} rows={3}
        marker={(i) => `${hurufPoin(i)}.`} testId="decree-considerations" addLabel={t('cedc.decree.addConsideration')}
        onChange={(considerations) => save({ considerations })} />
      <TextList label={t('cedc.decree.legalBases')} hint={t('cedc.decree.legalBasesHint')} items={decree.legalBases} rows={2}
        marker={(i) => `${i + 1}.`} testId="decree-legal-bases" addLabel={t('cedc.decree.addLegalBasis')}
        onChange={(legalBases) => save({ legalBases })} />
      <TextList label={t('cedc.decree.dictums')} hint={t('cedc.decree.dictumsHint')} items={decree.dictums} rows={3}
        marker={(i) => urutanKata(i + 1)} testId="decree-dictums" addLabel={t('cedc.decree.addDictum')}
        onChange={(dictums) => save({ dictums })} />
      <TextList label={t('cedc.decree.copies')} items={decree.copies} rows={1} marker={(i) => `${i + 1}.`} testId="decree-copies"
        addLabel={t('cedc.decree.addCopy')} onChange={(copies) => save({ copies })} />
    </div>
  );
}
