// The narrow bridge: window.api holds one function per contract channel and nothing else.
// Derived from the channel list, so it cannot drift from what main registers.
import { contextBridge, ipcRenderer } from 'electron';
import { apiName, CHANNELS } from '../shared/channels';

const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
for (const channel of CHANNELS)
  api[apiName(channel)] = (input?: unknown) => ipcRenderer.invoke(channel, input ?? {});

contextBridge.exposeInMainWorld('api', Object.freeze(api));
