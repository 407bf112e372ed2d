import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';

/** The browser tab's title: what the page shows, then the app's name, in the user's language. */
export function usePageTitle(parts: () => ReadonlyArray<string | null | undefined>) {
  const { t } = useI18n();
  watchEffect(() => {
    document.title = [...parts(), t('app.title')].filter(Boolean).join(' · ');
  });
}
