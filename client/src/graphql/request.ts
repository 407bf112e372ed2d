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
    /** The input field the server names (`input.value`), for a form to show the message beside it. */
    public readonly field: string | null = null,
  ) {
    super(message);
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; messageZh?: unknown; messageEn?: unknown; field?: unknown };
}

function serverMessages(error: GraphQLErrorBody): ServerMessages | null {
  const { messageZh, messageEn } = error.extensions ?? {};
  return typeof messageZh === 'string' && typeof messageEn === 'string'
    ? { zh: messageZh, en: messageEn }
    : null;
}

interface Reply {
  ok: boolean;
  status: number;
  body: unknown;
}

const headers = () => ({
  'content-type': 'application/json',
  accept: 'application/json',
  ...authorization(),
});

async function viaFetch(body: string): Promise<Reply> {
  const response = await fetch('/graphql', { method: 'POST', headers: headers(), body });
  return { ok: response.ok, status: response.status, body: await response.json().catch(() => null) };
}

/** XMLHttpRequest, for the one thing fetch cannot do: report how much of a large body is sent. */
function viaXhr(onProgress: (fraction: number) => void) {
  return (body: string) =>
    new Promise<Reply>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/graphql');
      for (const [name, value] of Object.entries(headers())) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) onProgress(e.loaded / e.total);
      };
      xhr.onload = () => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(xhr.responseText);
        } catch {
          parsed = null;
        }
        resolve({ ok: xhr.status >= 200 && xhr.status < 300, status: xhr.status, body: parsed });
      };
      xhr.onerror = () => reject(new Error('network'));
      xhr.send(body);
    });
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { onUploadProgress?: (fraction: number) => void } = {},
): Promise<TResult> {
  const send = options.onUploadProgress ? viaXhr(options.onUploadProgress) : viaFetch;
  let reply: Reply;
  try {
    reply = await send(JSON.stringify({ query: document.toString(), variables }));
  } catch {
    throw new RequestError('network', 'network error');
  }
  const body = reply.body as { data?: TResult; errors?: GraphQLErrorBody[] } | null;
  const error = body?.errors?.[0];
  if (error && loginLost.has(error.extensions?.code ?? '')) endSession('expired');
  if (error) {
    const field = typeof error.extensions?.field === 'string' ? error.extensions.field : null;
    throw new RequestError(error.extensions?.code ?? 'unknown', error.message, serverMessages(error), field);
  }
  if (!reply.ok || !body?.data)
    throw new RequestError(reply.ok ? 'unknown' : 'network', `HTTP ${reply.status}`);
  return body.data;
}

/** Why a request failed, as the UI shows it: the server's code and messages, or `unknown`. */
export function failureOf(error: unknown): {
  code: string;
  messages: ServerMessages | null;
  field: string | null;
} {
  return error instanceof RequestError
    ? { code: error.code, messages: error.messages, field: error.field }
    : { code: 'unknown', messages: null, field: null };
}
