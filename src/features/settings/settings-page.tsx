import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BANDS, isBand } from '../../shared/content/content-constants';
import { appKeys, removeRaw } from '../../shared/storage/safe-storage';
import { Button } from '../../shared/ui/button';
import { ConfirmPanel } from '../../shared/ui/confirm-panel';
import { Notice } from '../../shared/ui/notice';
import { PageHeading } from '../../shared/ui/page-heading';
import { LanguagePicker } from '../i18n/language-picker';
import { useProgressStore } from '../progress/progress-store';
import { MoveProgress } from './move-progress';
import {
  AUTO_READ_CHOICES,
  MOTION_CHOICES,
  TEXT_SIZES,
  useSettingsStore,
  type Settings,
} from './settings-store';

/** Preferences kept on this device, and "forget me". */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettingsStore();
  const change = (c: Partial<Settings>) => settings.changeSettings(c);
  const bandId = useId();

  return (
    <div className="settings">
      <PageHeading intro={t('settings.intro')}>{t('settings.title')}</PageHeading>
      <div className="settings__group">
        <LanguagePicker />
      </div>
      <div className="settings__group">
        <label htmlFor={bandId}>{t('settings.band')}</label>
        <select
          id={bandId}
          value={settings.band ?? ''}
          onChange={(e) => change({ band: isBand(e.target.value) ? e.target.value : undefined })}
        >
          <option value="">{t('settings.bandNone')}</option>
          {BANDS.map((b) => (
            <option key={b} value={b}>
              {t(`band.${b}`)}
            </option>
          ))}
        </select>
      </div>
      <ChoiceGroup
        legend={t('settings.textSize.label')}
        value={settings.textSize}
        options={TEXT_SIZES.map((v) => ({ value: v, label: t(`settings.textSize.${v}`) }))}
        onChange={(textSize) => change({ textSize })}
      />
      <ChoiceGroup
        legend={t('settings.motion.label')}
        value={settings.motion}
        options={MOTION_CHOICES.map((v) => ({ value: v, label: t(`settings.motion.${v}`) }))}
        onChange={(motion) => change({ motion })}
      />
      <ChoiceGroup
        legend={t('settings.autoRead.label')}
        value={settings.autoRead}
        options={AUTO_READ_CHOICES.map((v) => ({ value: v, label: t(`settings.autoRead.${v}`) }))}
        onChange={(autoRead) => change({ autoRead })}
      />
      <div className="settings__group">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={settings.narration}
            onChange={(e) => change({ narration: e.target.checked })}
          />
          {t('settings.narration')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={settings.sounds}
            onChange={(e) => change({ sounds: e.target.checked })}
          />
          {t('settings.sounds')}
        </label>
        <label className="range">
          {t('settings.soundVolume')}
          <input
            type="range"
            min={0}
            max={1}
            step={0.1}
            value={settings.soundVolume}
            disabled={!settings.sounds}
            onChange={(e) => change({ soundVolume: Number(e.target.value) })}
          />
        </label>
      </div>
      <MoveProgress />
      <ForgetMe />
    </div>
  );
}

type ChoiceGroupProps<V extends string> = {
  legend: string;
  value: V;
  options: { value: V; label: string }[];
  onChange: (value: V) => void;
};

function ChoiceGroup<V extends string>({ legend, value, options, onChange }: ChoiceGroupProps<V>) {
  const name = useId();
  return (
    <fieldset className="settings__group choice-group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="choice-group__option">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Deletes everything this app saved on the device, after a clear confirmation. */
function ForgetMe() {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const forget = () => {
    useProgressStore.getState().forgetEverything();
    useSettingsStore.getState().resetSettings();
    for (const key of appKeys()) removeRaw(key);
    setAsking(false);
    setDone(true);
  };
  return (
    <section className="settings__group settings__data" aria-labelledby="settings-data">
      <h2 id="settings-data">{t('settings.data.title')}</h2>
      <p>{t('settings.data.forgetHint')}</p>
      {asking ? (
        <ConfirmPanel
          question={t('settings.data.forgetConfirm')}
          yes={t('settings.data.forgetYes')}
          no={t('settings.data.forgetNo')}
          onYes={forget}
          onNo={() => setAsking(false)}
        />
      ) : (
        <Button onClick={() => setAsking(true)}>{t('settings.data.forget')}</Button>
      )}
      {done ? <Notice tone="success">{t('settings.data.forgotten')}</Notice> : null}
    </section>
  );
}
