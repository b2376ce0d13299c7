import type { Cedc, RequestLetter } from '../../../shared/domain/cedc';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { useCedc } from './cedcStore';
import { DocumentButton } from './DocumentButton';
import { TextList } from './TextList';

const NATURES = ['Biasa', 'Penting', 'Segera'] as const;
const isNature = (n: string): n is (typeof NATURES)[number] => (NATURES as readonly string[]).includes(n);

/** "Surat permohonan": the cluster organisation asks the regional head to form the committee. */
export function LetterTab({ data, projectId }: { data: Cedc; projectId: string }) {
  const t = useT();
  const edit = useCedc((s) => s.edit);
  const letter = data.letter;
  const save = async (patch: Partial<RequestLetter>) => (await edit('cedc.update', { letter: patch })) !== null;
  const text = (key: 'number' | 'attachment' | 'subject' | 'place' | 'signerName' | 'signerPosition', className?: string) => (
    <TextField name={`letter-${key}`} className={className} label={t(`cedc.letter.${key}`)} value={letter[key]} onCommit={(v) => save({ [key]: v })} />
  );
  // A nature typed elsewhere (older file, other office custom) stays selectable.
  const natures: string[] = isNature(letter.nature) || !letter.nature ? [...NATURES] : [...NATURES, letter.nature];

  return (
    <div className="cedc-tab">
      <DocumentButton projectId={projectId} kind="request-letter" label={t('cedc.letter.download')} />
      <div className="cedc-grid">
        {text('number')}
        <div className="field">
          <label htmlFor="cedc-nature">{t('cedc.letter.nature')}</label>
          <select id="cedc-nature" value={letter.nature} onChange={(e) => void save({ nature: e.target.value })}>
            {!letter.nature && <option value="" />}
            {natures.map((n) => <option key={n} value={n}>{isNature(n) ? t(`cedc.letter.natures.${n}`) : n}</option>)}
          </select>
        </div>
        {text('attachment')}
        {text('place')}
        <TextField name="letter-date" type="date" label={t('cedc.letter.date')} value={letter.date} onCommit={(date) => save({ date })} />
        {text('subject', 'wide')}
      </div>
      <TextList label={t('cedc.letter.body')} hint={t('cedc.letter.bodyHint')} items={letter.body} rows={4} testId="letter-body"
        addLabel={t('cedc.letter.addParagraph')} onChange={(body) => save({ body })} />
      <div className="cedc-grid">
        {text('signerName')}
        {text('signerPosition')}
      </div>
      <TextList label={t('cedc.letter.copies')} items={letter.copies} rows={1} marker={(i) => `${i + 1}.`} testId="letter-copies"
        addLabel={t('cedc.letter.addCopy')} onChange={(copies) => save({ copies })} />
    </div>
  );
}
