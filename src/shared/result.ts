// Errors cross the IPC bridge as values (after Signal's wrapResult): a handler never throws
// into Electron's IPC layer, and every failure carries a stable code the UI can translate.
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'DB_FROM_FUTURE',
  'DB_CHECK_FAILED',
  'DB_OPEN_FAILED',
  'IO',
  'CANCELLED',
  'IMPORT_UNREADABLE',
  'IMPORT_INVALID',
  'IMPORT_NEEDS_ANSWERS',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
