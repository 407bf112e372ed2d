import { computed, type WritableComputedRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/**
 * A filter kept in the URL query, so that a copied link reopens the same view.
 * Setting the default value removes the parameter.
 */
export function useUrlState(name: string, fallback: string): WritableComputedRef<string> {
  const route = useRoute();
  const router = useRouter();
  return computed({
    get: () => {
      const value = route.query[name];
      return typeof value === 'string' && value !== '' ? value : fallback;
    },
    set: (value) => {
      const query = { ...route.query, [name]: value === fallback ? undefined : value };
      void router.replace({ query });
    },
  });
}
