import { useI18n } from 'vue-i18n';
import type { QueryError } from './useQuery.ts';

/**
 * The words for a failed request: the server's own message in the user's language, else what
 * the client knows of the failure (network, unknown).
 */
export function useErrorText() {
  const { t, te, locale } = useI18n();
  return (error: QueryError | null): string => {
    if (error?.messages) return locale.value === 'en' ? error.messages.en : error.messages.zh;
    return error && te(`errors.${error.code}`) ? t(`errors.${error.code}`) : t('errors.unknown');
  };
}
