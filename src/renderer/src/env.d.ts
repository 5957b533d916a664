// window.api is the only door to the main process: the preload builds it from the shared IPC
// contract. Type-only import, so no contract code (or zod) is bundled into the renderer.
import type { Api } from '../../shared/contract';

declare global {
  interface Window {
    api: Api;
  }
}

export {};
