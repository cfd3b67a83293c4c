import type { JSX } from 'preact';
import type { GlossaryEntry } from '../lib/glossary/schema';
import { useI18n } from './use-i18n';

/** A suggested name's other guessed spellings ("or: …"), in the card and the popup; nothing without any. */
export function OtherSpellings(props: { entry: GlossaryEntry; class: string }): JSX.Element | null {
  const { parts } = useI18n();
  const { entry } = props;
  const others = (entry.suggestion?.alternatives ?? []).filter((spelling) => spelling !== entry.en);
  if (others.length === 0) return null;
  return (
    <p class={props.class}>
      {parts('orSpellings', {
        spellings: (
          <bdi dir="ltr" lang="en">
            {others.join('; ')}
          </bdi>
        ),
      })}
    </p>
  );
}
