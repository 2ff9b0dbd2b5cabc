import type { ComponentChildren } from 'preact';

interface FieldProps {
  name: string;
  label: string;
  /** Problems with the value, shown under the input and tied to it for screen readers. */
  messages?: string[];
  /** A note under the input (e.g. the typed amount in rupiah). */
  hint?: string;
  children: (props: { id: string; name: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string }) => ComponentChildren;
}

/** A labelled form control with its hint and its problems beside it. */
export function Field({ name, label, messages = [], hint, children }: FieldProps) {
  const id = `field-${name}`;
  const described = [hint ? `${id}-hint` : '', messages.length ? `${id}-errors` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${messages.length ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children({ id, name, ...(messages.length ? { 'aria-invalid': 'true' as const } : {}), ...(described ? { 'aria-describedby': described } : {}) })}
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {messages.length ? (
        <ul class="field-error" id={`${id}-errors`}>
          {messages.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
