import { DEFAULT_POSITIONS, STANDARD_POSITIONS, type RulePosition } from '../../../shared/domain/orgRules';
import { translate, useT } from '../../i18n';
import { CommitInput } from './CommitInput';

type Key = RulePosition['key'];

/** The title a new position gets: the guideline's wording, in Indonesian as the documents are. */
function defaultPosition(key: Key): RulePosition {
  const standard = DEFAULT_POSITIONS.find((p) => p.key === key);
  return standard ? { ...standard } : { key, title: translate('id', `meetings.positions.${key}`), count: 1, duties: '' };
}

interface Props {
  positions: RulePosition[];
  onChange: (positions: RulePosition[]) => void;
}

/** Board positions: title, how many, duties; add, remove, reorder. Every change saves the whole list. */
export function PositionsTable({ positions, onChange }: Props) {
  const t = useT();
  const replace = (i: number, patch: Partial<RulePosition>) => onChange(positions.map((p, k) => (k === i ? { ...p, ...patch } : p)));
  const move = (i: number, to: number) => {
    const next = [...positions];
    const [p] = next.splice(i, 1);
    next.splice(to, 0, p!);
    onChange(next);
  };
  const used = new Set(positions.map((p) => p.key));

  return (
    <>
      <table className="data positions-table">
        <thead>
          <tr>
            <th>{t('meetings.rules.position')}</th>
            <th className="num">{t('meetings.rules.count')}</th>
            <th>{t('meetings.rules.duties')}</th>
            <th className="facilitator-only"><span className="sr-only">{t('meetings.attendance.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {positions.map((p, i) => (
            <tr key={`${i}-${p.key}`}>
              <td><CommitInput value={p.title} required wrap label={t('meetings.rules.positionN', { n: i + 1 })} onCommit={(title) => replace(i, { title })} /></td>
              <td className="num">
                <CommitInput type="number" className="count" value={String(p.count)} label={t('meetings.rules.countOf', { title: p.title })}
                  inputProps={{ min: 1, max: 50 }}
                  onCommit={(v) => {
                    const count = Math.round(Number(v));
                    if (count >= 1 && count <= 50) replace(i, { count });
                  }} />
              </td>
              <td><CommitInput multiline value={p.duties} label={t('meetings.rules.dutiesOf', { title: p.title })} onCommit={(duties) => replace(i, { duties })} /></td>
              <td className="facilitator-only row-actions">
                <button type="button" className="link" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('meetings.rules.moveUpOf', { title: p.title })}>▲</button>
                <button type="button" className="link" disabled={i === positions.length - 1} onClick={() => move(i, i + 1)} aria-label={t('meetings.rules.moveDownOf', { title: p.title })}>▼</button>
                <button type="button" className="link danger" onClick={() => onChange(positions.filter((_, k) => k !== i))} aria-label={t('meetings.rules.removeOf', { title: p.title })}>×</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="toolbar facilitator-only">
        <select aria-label={t('meetings.rules.addPosition')} value=""
          onChange={(e) => e.target.value && onChange([...positions, defaultPosition(e.target.value as Key)])}>
          <option value="">{t('meetings.rules.addPosition')}</option>
          {STANDARD_POSITIONS.filter((k) => k === 'anggota' || !used.has(k)).map((k) => <option key={k} value={k}>{t(`meetings.positions.${k}`)}</option>)}
          <option value="custom">{t('meetings.positions.custom')}</option>
        </select>
      </div>
    </>
  );
}
