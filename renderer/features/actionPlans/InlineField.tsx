import { useId, type ReactNode } from 'react';

/** A label beside its control, joined by id (a wrapping label would add the select's value to its name). */
export function InlineField({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <span className="inline-label">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </span>
  );
}
