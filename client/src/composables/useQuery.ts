import { reactive, shallowRef, watch, type Ref, type WatchSource } from 'vue';
import { failureOf, request, type ServerMessages } from '../graphql/request.ts';
import type { TypedDocumentString } from '../graphql/generated/graphql.ts';

export type LoadState = 'idle' | 'loading' | 'done' | 'error';

/** Why a query failed: the server's code and, when it sent them, its messages in both languages. */
export interface QueryError {
  code: string;
  messages: ServerMessages | null;
  /** The input field the server names, when it names one (`input.value`). */
  field?: string | null;
}

/** A query's loading state, its error and a retry, as `StatePanel` shows them. */
export interface Load {
  readonly state: LoadState;
  readonly error: QueryError | null;
  retry: () => void;
}

/**
 * Runs a typed query whenever its variables change and owns the loading state (`load`). A
 * response that arrives after newer variables were asked for is dropped, so fast filter changes
 * never show stale numbers. With `enabled`, nothing is sent while it returns false (state 'idle').
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: WatchSource<TVariables>,
  options: { enabled?: () => boolean } = {},
) {
  const data = shallowRef<TResult | null>(null) as Ref<TResult | null>;
  let generation = 0;
  let last: TVariables | undefined;
  const load = reactive({
    state: 'idle' as LoadState,
    error: null as QueryError | null,
    retry: () => {
      if (last !== undefined) void run(last);
    },
  });

  async function run(vars: TVariables) {
    const mine = ++generation;
    if (options.enabled && !options.enabled()) {
      load.state = 'idle';
      data.value = null;
      return;
    }
    load.state = 'loading';
    load.error = null;
    try {
      const result = await request(document, vars);
      if (mine !== generation) return;
      data.value = result;
      load.state = 'done';
    } catch (error) {
      if (mine !== generation) return;
      load.error = failureOf(error);
      load.state = 'error';
    }
  }

  watch(
    variables,
    (vars) => {
      last = vars;
      void run(vars);
    },
    { immediate: true, deep: true },
  );
  const exposed: Load = load;
  return { data, load: exposed };
}
