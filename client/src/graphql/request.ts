/**
 * Sends a codegen-typed operation to /graphql. Errors keep their server code so the UI can
 * show the message of the user's language (see `server/errors.ts`).
 */
import type { TypedDocumentString } from './generated/graphql.ts';

export class RequestError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new RequestError('network', 'network error');
  }
  const body = (await response.json().catch(() => null)) as {
    data?: TResult;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  } | null;
  const error = body?.errors?.[0];
  if (error) throw new RequestError(error.extensions?.code ?? 'unknown', error.message);
  if (!response.ok || !body?.data)
    throw new RequestError(response.ok ? 'unknown' : 'network', `HTTP ${response.status}`);
  return body.data;
}
