// One error type with a stable code, shared by the CLI (exit codes) and the HTTP API (status codes).

export type ErrorCode =
  | 'usage' // bad flags or arguments                     -> exit 2 / HTTP 400
  | 'invalid_input' // an input file/URL/body that cannot be used -> exit 1 / HTTP 400/422
  | 'not_found' //                                          -> exit 1 / HTTP 404
  | 'conflict' //                                           -> exit 1 / HTTP 409/412
  | 'forbidden' //                                          -> exit 1 / HTTP 403
  | 'unauthorized' //                                       -> exit 1 / HTTP 401
  | 'too_large' //                                          -> exit 1 / HTTP 413
  | 'rate_limited' //                                       -> exit 1 / HTTP 429
  | 'fetch_failed' //                                       -> exit 1 / HTTP 502
  | 'internal'; //                                          -> exit 1 / HTTP 500

export class AbsentiaError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input (path, URL, parameter) the error is about, named in the message shown to people. */
    readonly input?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AbsentiaError';
  }

  /** One line for people: "INPUT: message". */
  get line(): string {
    return this.input ? `${this.input}: ${this.message}` : this.message;
  }
}

export const usageError = (message: string, input?: string) => new AbsentiaError('usage', message, input);
export const inputError = (message: string, input?: string, cause?: unknown) =>
  new AbsentiaError('invalid_input', message, input, { cause });

export function exitCodeFor(err: unknown): number {
  return err instanceof AbsentiaError && err.code === 'usage' ? 2 : 1;
}
