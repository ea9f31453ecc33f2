import { useTranslation } from 'react-i18next';
import { Icon } from '../../shared/ui/icon';
import { LANGUAGES, type LanguageCode } from '../../shared/content/languages';
import { useSettingsStore } from '../settings/settings-store';
import { AVAILABLE_LANGUAGES } from './i18n';

/** Each language in its own name; the choice is saved and wins over the browser's language. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const changeSettings = useSettingsStore((s) => s.changeSettings);
  return (
    <label className="language-picker">
      <span className="visually-hidden">{t('language.label')}</span>
      <Icon name="globe" />
      <select
        value={i18n.resolvedLanguage}
        onChange={(event) => changeSettings({ language: event.target.value as LanguageCode })}
      >
        {LANGUAGES.filter((l) => AVAILABLE_LANGUAGES.includes(l.code)).map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
