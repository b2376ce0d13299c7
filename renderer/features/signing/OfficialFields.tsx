import { NIP_PATTERN, normaliseNip, type Official, type OfficialRole } from '../../../shared/domain/signing';
import { TextField } from '../../components/TextField';
import { useT, type TKey } from '../../i18n';

interface Props {
  role: OfficialRole;
  legend: TKey;
  official: Official;
  /** The title printed when this one's own is empty. */
  defaultTitle: string;
  onSave: (patch: Partial<Official>) => Promise<boolean>;
}

/** Name, NIP and title of one official; each field saves on leaving it (one undo step). */
export function OfficialFields({ role, legend, official, defaultTitle, onSave }: Props) {
  const t = useT();
  const validNip = (v: string) => (!v.trim() || NIP_PATTERN.test(normaliseNip(v)) ? null : t('signing.nipInvalid'));
  return (
    <fieldset className="official" data-testid={`official-${role}`}>
      <legend>{t(legend)}</legend>
      <TextField name={`${role}-name`} label={t('signing.name')} value={official.name} onCommit={(name) => onSave({ name: name.trim() })} />
      <TextField name={`${role}-nip`} label={t('signing.nip')} placeholder={t('signing.nipHint')} value={official.nip} validate={validNip}
        onCommit={(nip) => onSave({ nip: normaliseNip(nip) })} />
      <TextField name={`${role}-title`} label={t('signing.jobTitle')} placeholder={defaultTitle}
        value={official.title} onCommit={(title) => onSave({ title: title.trim() })} />
      {/* The placeholder is cut in a narrow column: the printed title in full. */}
      {!official.title && <p className="hint">{t('signing.jobTitleHint', { title: defaultTitle })}</p>}
    </fieldset>
  );
}
