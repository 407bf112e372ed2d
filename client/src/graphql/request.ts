/**
 * Sends a codegen-typed operation to /graphql. A server error keeps its code and the server's
 * own message in both languages (`extensions.messageZh` / `messageEn`, see `server/errors.ts`),
 * so the UI shows the server's wording in the user's language without a copy of it.
 */
import { authorization, endSession } from '../modules/session.ts';
import type { TypedDocumentString } from './generated/graphql.ts';

/** Codes that mean the login is gone: the session ends and the login page opens. */
const loginLost = new Set(['auth/unauthenticated', 'auth/bad_token']);

/** The server's message of an error in Chinese and English. */
export interface ServerMessages {
  zh: string;
  en: string;
}

export class RequestError extends Error {
  constructor(
    /** The server's `extensions.code`, or the client's own: `network`, `unknown`. */
    public readonly code: string,
    message: string,
    /** Null when the server sent no message of its own (or was not reached). */
    public readonly messages: ServerMessages | null = null,
  ) {
    super(message);
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; messageZh?: unknown; messageEn?: unknown };
}

function serverMessages(error: GraphQLErrorBody): ServerMessages | null {
  const { messageZh, messageEn } = error.extensions ?? {};
  return typeof messageZh === 'string' && typeof messageEn === 'string'
    ? { zh: messageZh, en: messageEn }
    : null;
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...authorization() },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new RequestError('network', 'network error');
  }
  const body = (await response.json().catch(() => null)) as {
    data?: TResult;
    errors?: GraphQLErrorBody[];
  } | null;
  const error = body?.errors?.[0];
  if (error && loginLost.has(error.extensions?.code ?? '')) endSession('expired');
  if (error)
    throw new RequestError(error.extensions?.code ?? 'unknown', error.message, serverMessages(error));
  if (!response.ok || !body?.data)
    throw new RequestError(response.ok ? 'unknown' : 'network', `HTTP ${response.status}`);
  return body.data;
}

/** Why a request failed, as the UI shows it: the server's code and messages, or `unknown`. */
export function failureOf(error: unknown): { code: string; messages: ServerMessages | null } {
  return error instanceof RequestError
    ? { code: error.code, messages: error.messages }
    : { code: 'unknown', messages: null };
}
