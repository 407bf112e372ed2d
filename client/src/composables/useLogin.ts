import { ref } from 'vue';
import { DemoLoginsDocument, LoginDocument, LogoutDocument } from '../graphql/generated/graphql.ts';
import { failureOf, request } from '../graphql/request.ts';
import { endSession, startSession } from '../modules/session.ts';
import { useQuery, type QueryError } from './useQuery.ts';

/** Logging in: the form's busy and error state, and the demo users a demo installation offers. */
export function useLogin() {
  const busy = ref(false);
  const error = ref<QueryError | null>(null);
  const demo = useQuery(DemoLoginsDocument, () => ({}));

  async function submit(username: string, password: string): Promise<boolean> {
    busy.value = true;
    error.value = null;
    try {
      const { login } = await request(LoginDocument, { username, password });
      startSession(login);
      return true;
    } catch (e) {
      error.value = failureOf(e);
      return false;
    } finally {
      busy.value = false;
    }
  }
  return { busy, error, submit, demoLogins: demo.data };
}

/** Logs out everywhere (the server stops accepting this user's tokens), then forgets the session. */
export async function logout(): Promise<void> {
  try {
    await request(LogoutDocument, {});
  } finally {
    endSession('logout');
  }
}
