import { useState } from 'react';
import { CommitInput } from '../meetings/CommitInput';
import { useUi } from '../shell/uiStore';
import { parseMeasure, showMeasure } from './format';

/** A number typed the Indonesian way ("12,5", "15.000"); empty clears it; anything else is refused. */
export function MeasureInput({ value, label, onCommit }: { value: number | null; label: string; onCommit: (n: number | null) => unknown }) {
  const [resets, setResets] = useState(0);
  return (
    <CommitInput key={resets} className="measure" value={showMeasure(value)} label={label} inputProps={{ inputMode: 'decimal' }}
      onCommit={(text) => {
        const n = parseMeasure(text);
        if (Number.isNaN(n)) {
          useUi.getState().notify('actionPlans.indicators.numberInvalid');
          setResets((r) => r + 1);
          return;
        }
        return onCommit(n);
      }} />
  );
}
