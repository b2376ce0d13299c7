import { useEffect, useRef, useState } from 'react';
import type { Letterhead } from '../../../shared/domain/letterhead';
import { call } from '../../api';
import { TextField } from '../../components/TextField';
import { useT, type TKey } from '../../i18n';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';
import { logoDataUrl, readLogo } from './logoFile';
import '../meetings/meetings.css';

type TextKey = 'institution' | 'subInstitution' | 'address' | 'contact';
const fields: { name: TextKey; label: TKey; placeholder: TKey }[] = [
  { name: 'institution', label: 'meetings.letterhead.institution', placeholder: 'meetings.letterhead.institutionHint' },
  { name: 'subInstitution', label: 'meetings.letterhead.subInstitution', placeholder: 'meetings.letterhead.subInstitutionHint' },
  { name: 'address', label: 'meetings.letterhead.address', placeholder: 'meetings.letterhead.addressHint' },
  { name: 'contact', label: 'meetings.letterhead.contact', placeholder: 'meetings.letterhead.contactHint' },
];

/**
 * The kop surat of the project, printed on top of every document. Each field saves on leaving
 * it (one undo step); the logo is saved as soon as it is chosen.
 */
export function LetterheadPanel() {
  const t = useT();
  const projectId = useProjects((s) => s.current?.id);
  const revision = useProjects((s) => s.revision);
  const [value, setValue] = useState<Letterhead | null>(null);
  const [logoError, setLogoError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (projectId) call('letterhead.get', { projectId }).then(setValue, (e) => useUi.getState().fail(e));
  }, [projectId, revision]);
  if (!projectId || !value) return <p>{t('common.loading')}</p>;

  const save = async (patch: Partial<Letterhead>) => {
    try {
      setValue(await call('letterhead.set', { projectId, ...patch }));
      await useProjects.getState().refreshHistory();
      return true;
    } catch (e) {
      useUi.getState().fail(e);
      return false;
    }
  };
  const chooseLogo = async (file: File | undefined) => {
    if (!file) return;
    const logo = await readLogo(file);
    if (!logo.ok) return setLogoError(t(logo.reason === 'type' ? 'meetings.letterhead.logoType' : 'meetings.letterhead.logoSize'));
    setLogoError(null);
    await save({ logoBase64: logo.base64, logoType: logo.type });
  };

  return (
    <div className="letterhead">
      <div className="letterhead-preview" aria-label={t('meetings.letterhead.preview')} role="img">
        {value.logoBase64 && value.logoType && <img src={logoDataUrl(value.logoBase64, value.logoType)} alt="" />}
        <div>
          <strong>{value.institution || t('meetings.letterhead.institution')}</strong>
          {value.subInstitution && <strong>{value.subInstitution}</strong>}
          {value.address && <span>{value.address}</span>}
          {value.contact && <span>{value.contact}</span>}
        </div>
      </div>
      <div className="form">
        {fields.map((f) => (
          <TextField key={f.name} name={f.name} label={t(f.label)} placeholder={t(f.placeholder)} value={value[f.name]}
            onCommit={(v) => save({ [f.name]: v.trim() })} />
        ))}
        <div className="field">
          <span className="label">{t('meetings.letterhead.logo')}</span>
          <div className="toolbar">
            <button type="button" onClick={() => fileInput.current?.click()}>
              {t(value.logoBase64 ? 'meetings.letterhead.replaceLogo' : 'meetings.letterhead.chooseLogo')}
            </button>
            {value.logoBase64 && (
              <button type="button" className="danger" onClick={() => void save({ logoBase64: null, logoType: null })}>{t('meetings.letterhead.removeLogo')}</button>
            )}
            <span className="hint">{t('meetings.letterhead.logoHint')}</span>
          </div>
          <input ref={fileInput} type="file" accept="image/png,image/jpeg" hidden data-testid="logo-input" aria-label={t('meetings.letterhead.logo')}
            onChange={(e) => {
              void chooseLogo(e.target.files?.[0]);
              e.target.value = '';
            }} />
          {logoError && <p className="field-error" role="alert">{logoError}</p>}
        </div>
      </div>
    </div>
  );
}
