import { useEffect, useState } from 'preact/hooks';
import type { AskBackground, Settings } from '../lib/messages/protocol';
import { sayError } from './say-error';
import { useI18n } from './use-i18n';

/** One setting of the options page, as each setting control uses it. */
export interface SettingControl<K extends keyof Settings> {
  /** The stored value; null until it is read. */
  value: Settings[K] | null;
  /** The line under the control that says how a change went. */
  message: string | null;
  setMessage(message: string | null): void;
  change(value: Settings[K]): Promise<void>;
}

/**
 * Reads one setting from the background and changes it there; `done` words the change once stored (null
 * says nothing). A failed read or change is said in the control's line, the stored value kept.
 */
export function useSetting<K extends keyof Settings>(
  ask: AskBackground,
  key: K,
  done: (settings: Settings) => string | null,
): SettingControl<K> {
  const i18n = useI18n();
  const { t } = i18n;
  const [value, setValue] = useState<Settings[K] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    ask({ type: 'settings/get' }).then(
      (settings) => setValue(settings[key]),
      (error: unknown) => setMessage(t('settingUnreadable', { error: sayError(i18n, error) })),
    );
  }, [ask, key]);

  const change = (next: Settings[K]) =>
    ask({ type: 'settings/set', settings: { [key]: next } as Partial<Settings> }).then(
      (settings) => {
        setValue(settings[key]);
        setMessage(done(settings));
      },
      (error: unknown) => setMessage(t('notChanged', { error: sayError(i18n, error) })),
    );

  return { value, message, setMessage, change };
}
