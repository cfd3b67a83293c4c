import type { JSX } from 'preact';

/** The line under a control that says how its last change went, read out as it changes; nothing when null. */
export function StatusLine(props: { message: string | null }): JSX.Element | null {
  if (props.message === null) return null;
  return (
    <p class="status" role="status">
      {props.message}
    </p>
  );
}
