import { useState } from 'react';
import type { ArticlesDraft, ArticleVersion } from '../../../shared/domain/articles';
import { useLanguage, useT } from '../../i18n';
import { formatDate } from '../../lib/format';
import { meetingLabel } from '../meetings/meetingFormat';
import { useMeetings } from '../meetings/meetingsStore';
import { usePaper } from '../meetings/PaperSelect';
import { renderDocument } from '../meetings/renderDocument';
import { useUi } from '../shell/uiStore';
import { useArticles } from './articlesStore';
import { CompareDialog } from './CompareDialog';

/** Named versions of one document: save, compare, authorise in the general meeting, print. */
export function VersionsPanel({ projectId, draft, versions }: { projectId: string; draft: ArticlesDraft; versions: ArticleVersion[] }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const paper = usePaper();
  const edit = useArticles((s) => s.edit);
  const general = (useMeetings((s) => s.list) ?? []).filter((m) => m.kind === 'general');
  const [name, setName] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [comparing, setComparing] = useState(false);
  const chosen = meetingId || general.at(-1)?.id || '';
  const kind = draft.doc === 'ad' ? 'articles' : 'bylaws';

  const save = async () => {
    const v = await edit('articles.saveVersion', { doc: draft.doc, name: name.trim() });
    if (v) { setName(''); useUi.getState().notify('articles.versionSaved', { n: v.number }); }
  };
  const authorise = async (v: ArticleVersion) => {
    const out = await edit('articles.authorise', { versionId: v.id, meetingId: chosen });
    if (out) useUi.getState().notify('articles.authorised', { n: v.number, meeting: out.authorisedMeetingTitle ?? '' });
  };

  return (
    <section className="versions-panel" aria-labelledby="articles-versions">
      <h2 id="articles-versions">{t('articles.versions')}</h2>
      {draft.authorised && <p className="hint">{t(draft.matchesAuthorised ? 'articles.currentAuthorised' : 'articles.currentChanged')}</p>}
      <form className="toolbar facilitator-only" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <input aria-label={t('articles.versionName')} placeholder={t('articles.versionName')} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={!name.trim() || draft.chapters.length === 0}>{t('articles.saveVersion')}</button>
        <button type="button" disabled={versions.length === 0} onClick={() => setComparing(true)}>{t('articles.compare')}</button>
      </form>
      {general.length === 0 ? <p className="hint">{t('articles.noGeneralMeeting')}</p> : (
        <div className="field facilitator-only">
          <label htmlFor="articles-meeting">{t('articles.authoriseIn')}</label>
          <select id="articles-meeting" value={chosen} onChange={(e) => setMeetingId(e.target.value)}>
            {general.map((m) => <option key={m.id} value={m.id}>{meetingLabel(m, lang)}</option>)}
          </select>
        </div>
      )}
      {versions.length === 0 ? <p className="empty">{t('articles.noVersions')}</p> : (
        <ol className="version-list" reversed>
          {[...versions].reverse().map((v) => (
            <li key={v.id} className={`version-card ${v.authorisedAt ? 'adopted' : ''}`} aria-label={t('articles.versionLabel', { n: v.number, name: v.name })}>
              <strong>{t('articles.versionLabel', { n: v.number, name: v.name })}</strong>
              {v.authorisedAt && <span className="badge">{t('articles.authorisedBadge')}</span>}
              <div className="meta">{formatDate(v.createdAt.slice(0, 10), lang)}</div>
              {v.authorisedAt && <div>{t('articles.authorisedIn', { meeting: meetingLabel({ title: v.authorisedMeetingTitle ?? '', date: v.authorisedMeetingDate ?? '' }, lang) })}</div>}
              <div className="toolbar facilitator-only">
                <button type="button" disabled={!chosen} onClick={() => void authorise(v)}>{t('articles.authorise')}</button>
                <button type="button" onClick={() => void renderDocument({ projectId, kind, paper, articlesVersionId: v.id })}>{t('articles.printVersion')}</button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {comparing && <CompareDialog projectId={projectId} versions={versions} onClose={() => setComparing(false)} />}
    </section>
  );
}
