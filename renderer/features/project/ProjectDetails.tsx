import { projectDetails, type ProjectDetails as Details } from '../../../shared/domain/project';
import { TextField } from '../../components/TextField';
import { useLanguage, useT, type TKey } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useProjects } from './projectStore';
import { LetterheadPanel } from '../letterhead/LetterheadPanel';
import { SigningPanel } from '../signing/SigningPanel';
import { PlansOverview } from '../actionPlans/PlansOverview';

const fields: { name: keyof Details; label: TKey; type?: 'date'; multiline?: boolean; facilitatorOnly?: boolean; placeholder?: TKey }[] = [
  { name: 'name', label: 'project.name', placeholder: 'project.namePlaceholder' },
  { name: 'product', label: 'project.product', placeholder: 'project.productPlaceholder' },
  { name: 'regency', label: 'project.regency' },
  { name: 'province', label: 'project.province' },
  { name: 'facilitatorName', label: 'project.facilitatorName' },
  { name: 'facilitatorOffice', label: 'project.facilitatorOffice' },
  { name: 'startDate', label: 'project.startDate', type: 'date' },
  { name: 'notes', label: 'project.notes', multiline: true, facilitatorOnly: true },
];

export function ProjectDetails() {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const project = useProjects((s) => s.current);
  const update = useProjects((s) => s.update);
  if (!project) return null;

  // The same schema the back end enforces, so the message appears before a round trip.
  const validate = (name: keyof Details, label: TKey) => (value: string) => {
    const result = projectDetails.shape[name].safeParse(value);
    if (result.success) return null;
    return name === 'name' && !value.trim() ? t('errors.fieldRequired', { field: t(label) }) : (result.error.issues[0]?.message ?? null);
  };

  return (
    <section className="details" aria-labelledby="details-title">
      <h1 id="details-title">{t('project.detailsTitle')}</h1>
      <p className="hint facilitator-only">{t('project.detailsHint')}</p>
      <PlansOverview projectId={project.id} />
      <div className="form grid">
        {fields.map((f) => (
          <TextField
            key={f.name}
            name={f.name}
            label={t(f.label)}
            type={f.type}
            multiline={f.multiline}
            placeholder={f.placeholder ? t(f.placeholder) : undefined}
            className={`${f.multiline ? 'wide' : ''} ${f.facilitatorOnly ? 'facilitator-only' : ''}`}
            value={project[f.name]}
            validate={validate(f.name, f.label)}
            onCommit={(value) => update({ [f.name]: f.name === 'startDate' ? value : value.trim() })}
          />
        ))}
      </div>
      <p className="meta facilitator-only">
        {t('project.createdAt')}: {formatDateTime(project.createdAt, lang)}
      </p>
      <section className="facilitator-only" aria-labelledby="letterhead-title">
        <h2 id="letterhead-title">{t('meetings.letterhead.title')}</h2>
        <LetterheadPanel />
      </section>
      <section className="facilitator-only" aria-labelledby="signing-title">
        <h2 id="signing-title">{t('signing.title')}</h2>
        <SigningPanel />
      </section>
    </section>
  );
}
