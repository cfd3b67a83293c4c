import { useI18n } from './use-i18n';

/** The options page's About: what Dalil is under, and the credits of what it ships (NOTICE.txt in the package). */
export function About() {
  const { t, parts } = useI18n();
  const link = (
    <a href="/NOTICE.txt" target="_blank" rel="noreferrer">
      {t('aboutLink')}
    </a>
  );
  return (
    <footer class="about">
      <h2>{t('aboutTitle')}</h2>
      <p>{parts('aboutText', { link })}</p>
    </footer>
  );
}
