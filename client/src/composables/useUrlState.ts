import { computed, toValue, type MaybeRefOrGetter, type Ref, type WritableComputedRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/**
 * A filter kept in the URL query, so that a copied link reopens the same view, and each change
 * is a history entry, so that Back undoes it (not leaves the app).
 * Setting the default value removes the parameter. The default may change (a ref or getter),
 * e.g. a year that the server names.
 */
export function useUrlState(name: string, fallback: MaybeRefOrGetter<string>): WritableComputedRef<string> {
  const route = useRoute();
  const router = useRouter();
  return computed({
    get: () => {
      const value = route.query[name];
      return typeof value === 'string' && value !== '' ? value : toValue(fallback);
    },
    set: (value) => {
      const query = { ...route.query, [name]: value === toValue(fallback) ? undefined : value };
      void router.push({ query });
    },
  });
}

/** A filter select (`FilterSelects`) over a URL state, '' standing for "all". */
export interface FilterSelect {
  model: Ref<string>;
  options: ReadonlyArray<{ value: string; label: string }>;
  allLabel: string;
  ariaLabel: string;
  width: string;
  testId: string;
}
