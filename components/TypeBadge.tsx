import type { JSX } from 'preact';
import type { EntityType } from '../lib/glossary/schema';

/**
 * The entity's type as a coloured pill, in the card and in the popup. The colours come from the stylesheet of
 * each (`.badge-<type>`), in the same hues as the page highlights.
 */
export function TypeBadge(props: { type: EntityType }): JSX.Element {
  return (
    <span class={`badge badge-${props.type}`} lang="en">
      {props.type}
    </span>
  );
}
