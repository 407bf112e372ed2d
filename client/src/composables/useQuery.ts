import { ref, shallowRef, watch, type Ref, type WatchSource } from 'vue';
import { request, RequestError } from '../graphql/request.ts';
import type { TypedDocumentString } from '../graphql/generated/graphql.ts';

export type LoadState = 'idle' | 'loading' | 'done' | 'error';

/**
 * Runs a typed query whenever its variables change and owns the loading state. A response
 * that arrives after newer variables were asked for is dropped, so fast filter changes never
 * show stale numbers. With `enabled`, nothing is sent while it returns false (state 'idle').
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: WatchSource<TVariables>,
  options: { enabled?: () => boolean } = {},
) {
  const state = ref<LoadState>('idle');
  const data = shallowRef<TResult | null>(null) as Ref<TResult | null>;
  const errorCode = ref<string | null>(null);
  let generation = 0;

  async function run(vars: TVariables) {
    const mine = ++generation;
    if (options.enabled && !options.enabled()) {
      state.value = 'idle';
      data.value = null;
      return;
    }
    state.value = 'loading';
    errorCode.value = null;
    try {
      const result = await request(document, vars);
      if (mine !== generation) return;
      data.value = result;
      state.value = 'done';
    } catch (error) {
      if (mine !== generation) return;
      errorCode.value = error instanceof RequestError ? error.code : 'unknown';
      state.value = 'error';
    }
  }

  let last: TVariables | undefined;
  watch(
    variables,
    (vars) => {
      last = vars;
      void run(vars);
    },
    { immediate: true, deep: true },
  );
  const retry = () => {
    if (last !== undefined) void run(last);
  };
  return { state, data, errorCode, retry };
}
