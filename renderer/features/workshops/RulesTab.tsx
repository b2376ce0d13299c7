import { DIAMOND_GROUPS, type WorkshopBoard } from '../../../shared/domain/workshop';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n';
import { openProjector } from './projectorLink';
import { useWorkshops } from './workshopsStore';
import { Translation } from '../../components/Translation';

/** "Aturan": the brainstorming rules (ANNEX-4) to read out and show at the start; one a line to edit. */
export function RulesTab({ board, projectId }: { board: WorkshopBoard; projectId: string }) {
  const t = useT();
  const edit = useWorkshops((s) => s.edit);
  return (
    <div className="ws-rules">
      <ol className="ws-rule-list" aria-label={t('workshops.fields.rules')}>
        {board.rules.map((r, i) => <li key={i}>{r} <Translation text={r} /></li>)}
      </ol>
      {board.template === 'diamond' && (
        // What belongs in each diagnosis column, read out before the cards are written.
        <dl className="ws-column-guide" aria-label={t('workshops.diamondGuide')}>
          {DIAMOND_GROUPS.map((g) => (
            <div key={g.key}>
              <dt>{g.name} <Translation text={g.name} /></dt>
              <dd>{g.hint} <Translation text={g.hint} /></dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" className="primary ws-big-action facilitator-only" onClick={() => openProjector(projectId, board.id)}>
        {t('workshops.projector.show')}
      </button>
      <div className="facilitator-only">
        <TextField name="rules" multiline label={t('workshops.rulesEdit')} value={board.rules.join('\n')}
          validate={(v) => (v.split('\n').filter((l) => l.trim()).length > 30 ? t('workshops.rulesTooMany') : null)}
          onCommit={async (v) => {
            const rules = v.split('\n').map((l) => l.trim()).filter(Boolean);
            return (await edit('workshops.update', { id: board.id, rules })) !== null;
          }} />
        <p className="hint">{t('workshops.rulesHint')}</p>
      </div>
    </div>
  );
}
