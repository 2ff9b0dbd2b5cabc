import type { ComponentChildren } from 'preact';

/** A message the screen reader announces: `alert` for failures, `status` for news. */
export function Alert({ kind, children }: { kind: 'error' | 'info' | 'success'; children: ComponentChildren }) {
  return (
    <div class={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
