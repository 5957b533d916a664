// window.api returns errors as values; components prefer async/await with one catch, so this
// turns a failed Result into a thrown ApiError that still carries the stable error code.
import type { AppErrorShape, Result } from '../../../shared/result';

export class ApiError extends Error {
  readonly shape: AppErrorShape;
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.shape = shape;
  }
}

export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}
