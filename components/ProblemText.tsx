import type { JSX } from 'preact';
import type { Problem } from '../lib/glossary/problems';
import { sayProblem } from '../lib/i18n/say-problem';
import { scriptLang } from './text-lang';
import { useI18n } from './use-i18n';

/**
 * What a file or an entry wrote (a form, a type, an id, a column, a file's name), apart from the words
 * around it in its own direction and language: an Arabic form keeps its order inside an English sentence,
 * a Latin type inside an Arabic one.
 */
export function Quoted(props: { text: string }): JSX.Element {
  return (
    <bdi class="quoted" lang={scriptLang(props.text)}>
      {props.text}
    </bdi>
  );
}

/** A problem of the glossary's checks in the page's language. */
export function ProblemText(props: { problem: Problem }): JSX.Element {
  const i18n = useI18n();
  return (
    <>
      {sayProblem(i18n, props.problem, (text) => (
        <Quoted text={text} />
      ))}
    </>
  );
}
