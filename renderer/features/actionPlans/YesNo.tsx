import { useEffect, useState } from 'react';
import { useT } from '../../i18n';

/**
 * Question 5's yes/no: shows the choice at once, then saves it; a refused save (or an undo)
 * brings back what the plan says.
 */
export function YesNo({ label, value, onChange }: { label: string; value: boolean | null; onChange: (v: boolean) => unknown }) {
  const t = useT();
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  return (
    <div className="yes-no" role="radiogroup" aria-label={label}>
      {([true, false] as const).map((yes) => (
        <label key={String(yes)} className="inline-label">
          <input type="radio" name="external-support" checked={shown === yes} onChange={() => { setShown(yes); void onChange(yes); }} />
          {t(yes ? 'actionPlans.support.yes' : 'actionPlans.support.no')}
        </label>
      ))}
    </div>
  );
}
