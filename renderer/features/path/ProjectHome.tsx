import { useEffect, useState } from 'react';
import { PATH_PHASES, type PathStep, type ProjectPath } from '../../../shared/domain/projectPath';
import { call } from '../../api';
import { useLanguage, useT, type TKey } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useProjectChanges } from '../../lib/useProjectChanges';
import { renderDocument } from '../meetings/renderDocument';
import { useProjects } from '../project/projectStore';
import { useUi } from '../shell/uiStore';
import { stepDocuments } from './stepDocuments';
import { openStep } from './stepLink';
import { nextStepLine } from './nextStepLine';
import './path.css';

const COUNTS = ['stakeholders', 'members', 'ties', 'meetings', 'workshops', 'plans'] as const;

/** The project home: the guideline's path with each step's state, date, documents and next action. */
export function ProjectHome() {
  const t = useT();
  const projectId = useProjects((s) => s.current?.id);
  const name = useProjects((s) => s.current?.name);
  const revision = useProjects((s) => s.revision);
  const [path, setPath] = useState<ProjectPath | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!projectId) return;
    let live = true;
    call('projects.path', { projectId }).then((p) => live && setPath(p), (e) => useUi.getState().fail(e));
    return () => { live = false; };
  }, [projectId, revision, tick]);
  // Phones checking in or voting move steps along while this screen is open.
  useProjectChanges(projectId, () => setTick((n) => n + 1));
  if (!projectId) return null;

  return (
    <section className="project-home" aria-labelledby="home-title">
      <header className="view-header">
        <h1 id="home-title">{t('path.title')}: {name}</h1>
      </header>
      <p className="hint facilitator-only">{t('path.intro')}</p>
      {!path ? <p>{t('path.loading')}</p> : (
        <>
          <dl className="path-counts" aria-label={t('path.countsLabel')}>
            {COUNTS.map((c) => (
              <div key={c}><dt>{t(`path.counts.${c}`)}</dt><dd>{path.counts[c]}</dd></div>
            ))}
          </dl>
          <div className="path-phases">
            {PATH_PHASES.map((phase) => (
              <section key={phase} className="path-phase" aria-labelledby={`phase-${phase}`}>
                <h2 id={`phase-${phase}`}>{t(`path.phases.${phase}`)}</h2>
                <ol>
                  {path.steps.filter((s) => s.phase === phase).map((s) => <StepRow key={s.id} projectId={projectId} step={s} />)}
                </ol>
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function StepRow({ projectId, step }: { projectId: string; step: PathStep }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const docs = stepDocuments(step);
  const when = step.date ? t(step.status === 'done' ? 'path.doneOn' : 'path.plannedOn', { date: formatDate(step.date, lang) }) : '';
  // Only the steps under way and the next one say what to do; later ones stay one quiet line.
  const line: TKey | null = step.status === 'inProgress' || step.status === 'next' ? nextStepLine(step) : null;
  return (
    <li className={`path-step ${step.status}`} aria-label={`${t(`path.steps.${step.id}`)}: ${t(`path.status.${step.status}`)}`}>
      <div className="path-step-head">
        <span className={`path-status ${step.status}`}>{t(`path.status.${step.status}`)}</span>
        <button type="button" className="link" onClick={() => openStep(projectId, step)}>{t(`path.steps.${step.id}`)}</button>
      </div>
      {when && <p className="path-when">{when}</p>}
      {line && <p className="path-next">{t(line, step.facts)}</p>}
      {docs.length > 0 && (
        <p className="path-docs">
          {docs.map((d) => (
            <button key={d.kind} type="button" className="chip-button" title={t('path.documents')}
              onClick={() => void renderDocument({ projectId, ...d.request })}>
              {t(`path.documentKinds.${d.kind}` as TKey)}
            </button>
          ))}
        </p>
      )}
    </li>
  );
}
