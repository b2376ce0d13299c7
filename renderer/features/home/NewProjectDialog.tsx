import { useState } from 'react';
import { useT } from '../../i18n';
import { Dialog } from '../../components/Dialog';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';

export function NewProjectDialog() {
  const t = useT();
  const close = () => useUi.getState().openDialog(null);
  const create = useProjects((s) => s.create);
  const [name, setName] = useState('');
  const [product, setProduct] = useState('');
  const [regency, setRegency] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!name.trim()) {
      setError(t('errors.fieldRequired', { field: t('project.name') }));
      return;
    }
    await create({ name: name.trim(), product: product.trim(), regency: regency.trim() });
  };
  return (
    <Dialog
      title={t('project.newTitle')}
      onClose={close}
      testId="new-project-dialog"
      footer={
        <>
          <button type="button" onClick={close}>{t('common.cancel')}</button>
          <button type="submit" form="new-project-form" className="primary">{t('project.create')}</button>
        </>
      }
    >
      <form
        id="new-project-form"
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor="np-name">{t('project.name')} *</label>
          <input id="np-name" name="name" autoFocus value={name} placeholder={t('project.namePlaceholder')} maxLength={120}
            aria-invalid={error ? true : undefined} onChange={(e) => setName(e.target.value)} />
          {error && <p className="field-error" role="alert">{error}</p>}
        </div>
        <div className="field">
          <label htmlFor="np-product">{t('project.product')}</label>
          <input id="np-product" name="product" value={product} placeholder={t('project.productPlaceholder')} maxLength={120}
            onChange={(e) => setProduct(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="np-regency">{t('project.regency')}</label>
          <input id="np-regency" name="regency" value={regency} maxLength={120} onChange={(e) => setRegency(e.target.value)} />
        </div>
      </form>
    </Dialog>
  );
}
