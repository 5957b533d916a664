// `dti-desk import`: filled in by the import pipeline (issue 3).
import type { Store } from '../store';
import type { Io, ParsedArgs } from '../cli';

export async function runImportCommand(_store: Store, _args: ParsedArgs, io: Io): Promise<number> {
  io.err('dti-desk: import is not available yet');
  return 1;
}
