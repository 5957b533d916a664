// Which version of a text file has passed its row count (see readers/index.ts streamText): handed
// to a reader thread, so it does not count again. A module of its own so that the reader-thread
// plumbing (readerThread.ts) loads without the readers.

let checked: string | null = null;

export const textRowsChecked = {
  get: (): string | null => checked,
  set: (version: string | null): void => {
    checked = version;
  },
};
