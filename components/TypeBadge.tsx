import type { JSX } from 'preact';
import type { EntityType } from '../lib/glossary/schema';
import { useI18n } from './use-i18n';

/**
 * The entity's type as a coloured pill, in the card, the popup and the options page. The colours come from the
 * stylesheet of each (`.badge-<type>`), in the same hues as the page highlights.
 */
export function TypeBadge(props: { type: EntityType }): JSX.Element {
  const { t, lang } = useI18n();
  return (
    <span class={`badge badge-${props.type}`} lang={lang}>
      {t(`type_${props.type}`)}
    </span>
  );
}
