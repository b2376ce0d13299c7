import { useT, type TKey } from '../../i18n';
import type { Draft, SetDraft } from './stakeholderDraft';

type FieldRender = (key: keyof Draft, label: TKey, input: React.ReactNode) => React.ReactNode;
type Described = (key: keyof Draft) => object;

/** The manufacturers' directory fields of a firm, and the "potensial" mark beside them. */
export function FirmFieldset({ draft, set, field, described }: { draft: Draft; set: SetDraft; field: FieldRender; described: Described }) {
  const t = useT();
  const textInput = (key: 'sector' | 'cooperativeName' | 'salesVolume', max: number, placeholder?: string) => (
    <input id={`sh-${key}`} value={draft[key]} maxLength={max} placeholder={placeholder} {...described(key)} onChange={(e) => set(key, e.target.value)} />
  );
  const numberInput = (key: 'employees' | 'yearFounded', min: number, max: number) => (
    <input id={`sh-${key}`} type="number" inputMode="numeric" min={min} max={max} step={1} value={draft[key]} {...described(key)}
      onChange={(e) => set(key, e.target.value)} />
  );
  return (
    <fieldset className="profile-fieldset">
      <legend>{t('profile.firm')}</legend>
      {field('sector', 'profile.sector', textInput('sector', 120))}
      {field('cooperativeName', 'profile.cooperativeName', textInput('cooperativeName', 200))}
      {field('salesVolume', 'profile.salesVolume', textInput('salesVolume', 120, t('profile.salesHint')))}
      {field('employees', 'profile.employees', numberInput('employees', 0, 1_000_000))}
      {field('yearFounded', 'profile.yearFounded', numberInput('yearFounded', 1800, 2100))}
      <div className="field checks">
        <label title={t('profile.potentialHint')}>
          <input type="checkbox" checked={draft.potential} onChange={(e) => set('potential', e.target.checked)} /> {t('profile.potential')}
        </label>
      </div>
      <div className="field wide">
        <label htmlFor="sh-productSpec">{t('profile.productSpec')}</label>
        <textarea id="sh-productSpec" rows={2} maxLength={2000} value={draft.productSpec} onChange={(e) => set('productSpec', e.target.value)} />
      </div>
    </fieldset>
  );
}
