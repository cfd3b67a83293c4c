import type { ComponentChildren, JSX } from 'preact';

/**
 * The line that says how the last change went, read out as it changes; nothing when null. `children` follow
 * the words (the glossary's Undo after a deletion).
 */
export function StatusLine(props: {
  message: string | null;
  children?: ComponentChildren;
}): JSX.Element | null {
  if (props.message === null) return null;
  return (
    <p class="status" role="status">
      {props.message}
      {props.children}
    </p>
  );
}
