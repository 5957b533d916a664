// Renderer entry: fonts, global styles, then the app once window.api is known.
import '@fontsource/be-vietnam-pro/vietnamese-400.css';
import '@fontsource/be-vietnam-pro/latin-ext-400.css';
import '@fontsource/be-vietnam-pro/latin-400.css';
import '@fontsource/be-vietnam-pro/vietnamese-600.css';
import '@fontsource/be-vietnam-pro/latin-ext-600.css';
import '@fontsource/be-vietnam-pro/latin-600.css';
import '@fontsource/be-vietnam-pro/vietnamese-700.css';
import '@fontsource/be-vietnam-pro/latin-ext-700.css';
import '@fontsource/be-vietnam-pro/latin-700.css';
import './styles/app.css';
import './styles/figures.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { Api } from '../../shared/contract';

async function ensureApi(): Promise<'real' | 'fake'> {
  // The preload defines window.api before any page script runs. Only when it is missing (the
  // renderer opened in a plain browser for development or screenshots) do we load the in-memory
  // fake, as a separate chunk that a real window never fetches.
  if ((window as { api?: Api }).api) return 'real';
  const { createFakeApi } = await import('./dev/fakeApi');
  window.api = createFakeApi();
  return 'fake';
}

void ensureApi().then((mode) => {
  // Tests can assert html[data-api="real"] so they never pass against the fake by accident.
  document.documentElement.dataset.api = mode;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App demoMode={mode === 'fake'} />
    </StrictMode>,
  );
});
