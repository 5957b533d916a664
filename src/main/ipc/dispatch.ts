// The one gate every IPC call passes: known channel, trusted top-level sender, input parsed by the
// contract's schema, errors returned as values. Used by the Electron shell and by the e2e bridge.
import { CHANNELS, type Channel } from '../../shared/channels';
import { contract, type Handlers } from '../../shared/contract';
import { AppError, fail, ok, type Result } from '../../shared/result';

/** The parts of Electron's IpcMainInvokeEvent we look at (so tests need no Electron). */
export interface IpcEventLike {
  senderFrame?: { url: string; parent: unknown } | null;
}

export interface DispatchOptions {
  /** Is this URL our own renderer (file://…/out/renderer/index.html or the dev server)? */
  isTrustedUrl(url: string): boolean;
  log?: (message: string, error?: unknown) => void;
}

const KNOWN = new Set<string>(CHANNELS);
const MAX_ISSUES = 5;

export type Dispatcher = (channel: string, event: IpcEventLike, args: unknown[]) => Promise<Result<unknown>>;

export function createDispatcher(handlers: Handlers, opts: DispatchOptions): Dispatcher {
  return async (channel, event, args) => {
    if (typeof channel !== 'string' || !KNOWN.has(channel)) {
      return fail('UNKNOWN_CHANNEL', `Unknown channel ${String(channel).slice(0, 100)}`);
    }
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !opts.isTrustedUrl(frame.url)) {
      return fail('FORBIDDEN', `Request on ${channel} from an untrusted frame refused`);
    }
    if (args.length > 1) return fail('INVALID_INPUT', `${channel} takes one argument`);
    const schema = contract[channel as Channel].input;
    // No argument means an empty input; an explicit null is malformed like any other non-object.
    const parsed = schema.safeParse(args.length === 0 || args[0] === undefined ? {} : args[0]);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((i) => ({
        path: i.path.map(String).join('.').slice(0, 200),
        message: i.message.slice(0, 300),
      }));
      return fail(
        'INVALID_INPUT',
        `Invalid input for ${channel}: ${issues.map((i) => `${i.path || '(input)'} ${i.message}`).join('; ')}`,
        {
          issues,
        },
      );
    }
    try {
      const handler = handlers[channel as Channel] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (e) {
      if (e instanceof AppError) return { ok: false, error: e.toShape() };
      opts.log?.(`handler ${channel} failed`, e);
      return fail('INTERNAL', `Internal error in ${channel}: ${(e as Error)?.message ?? String(e)}`, {
        detail: (e as Error)?.message ?? String(e),
      });
    }
  };
}

/** The parts of ipcMain we use. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

/** Registers every contract channel on ipcMain (or a stand-in) through the dispatcher. */
export function registerHandlers(ipc: IpcMainLike, dispatch: Dispatcher): Channel[] {
  for (const channel of CHANNELS) ipc.handle(channel, (event, ...args) => dispatch(channel, event, args));
  return [...CHANNELS];
}
