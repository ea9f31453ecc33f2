import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { detectLanguage } from '../i18n/i18n';
import { useSettingsStore } from './settings-store';

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Whether to skip animations and timed reveals: the user's setting, else the device's. */
export function useReducedMotion(): boolean {
  const motion = useSettingsStore((s) => s.motion);
  return motion === 'reduce' || (motion === 'system' && prefersReducedMotion());
}

/** Applies text size, motion and language to `<html>`, where CSS and screen readers read them. */
export function useDocumentPreferences() {
  const { i18n } = useTranslation();
  const textSize = useSettingsStore((s) => s.textSize);
  const language = useSettingsStore((s) => s.language);
  const reduced = useReducedMotion();

  useEffect(() => {
    document.documentElement.dataset.textSize = textSize;
  }, [textSize]);
  useEffect(() => {
    document.documentElement.dataset.motion = reduced ? 'reduce' : 'full';
  }, [reduced]);
  useEffect(() => {
    const wanted = detectLanguage(language);
    if (i18n.resolvedLanguage !== wanted) void i18n.changeLanguage(wanted);
  }, [i18n, language]);
}
