import {
  computed,
  onScopeDispose,
  reactive,
  toValue,
  watchEffect,
  type MaybeRefOrGetter,
  type Ref,
  type WritableComputedRef,
} from 'vue';
import { useRoute, useRouter } from 'vue-router';

/** URL parameters of the current page that were ignored because they name nothing (`sort=zzz`). */
export const ignoredParams = reactive(new Map<string, string>());

/**
 * A filter kept in the URL query, so that a copied link reopens the same view, and each change
 * is a history entry, so that Back undoes it (not leaves the app).
 * Setting the default value removes the parameter. The default may change (a ref or getter),
 * e.g. a year that the server names. With `allowed` (once known, i.e. not null), a value outside
 * it reads as the default and is listed in `ignoredParams`, for the page to say so.
 */
export function useUrlState(
  name: string,
  fallback: MaybeRefOrGetter<string>,
  allowed: () => readonly string[] | ((value: string) => boolean) | null = () => null,
): WritableComputedRef<string> {
  const route = useRoute();
  const router = useRouter();
  const asked = () => {
    const value = route.query[name];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  const invalid = () => {
    const value = asked();
    const known = allowed();
    if (value == null || known == null) return false;
    return typeof known === 'function' ? !known(value) : !known.includes(value);
  };
  // After the component's setup: `allowed` may read what the page defines after this call.
  watchEffect(
    () => {
      if (invalid()) ignoredParams.set(name, asked() ?? '');
      else ignoredParams.delete(name);
    },
    { flush: 'post' },
  );
  onScopeDispose(() => ignoredParams.delete(name));
  return computed({
    get: () => (invalid() ? toValue(fallback) : (asked() ?? toValue(fallback))),
    set: (value) => {
      const query = { ...route.query, [name]: value === toValue(fallback) ? undefined : value };
      void router.push({ query });
    },
  });
}

/** A filter select (`FilterSelects`) over a URL state, '' standing for "all". */
export interface FilterSelect {
  model: Ref<string>;
  /** `lang` marks a label that is data in one language (a report's Chinese heading). */
  options: ReadonlyArray<{ value: string; label: string; lang?: string }>;
  allLabel: string;
  ariaLabel: string;
  width: string;
  testId: string;
}
