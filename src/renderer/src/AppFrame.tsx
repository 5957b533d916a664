// The frame around every page: navigation on the left, header on top, the page below it. A file
// dropped anywhere on the window goes to the Imports page (opened for it).
import { useRef, useState, type DragEvent } from 'react';
import { AppHeader } from './components/AppHeader';
import { NavBar } from './components/NavBar';
import { usePageFromHash } from './components/usePageFromHash';
import { useI18n } from './i18n/I18nContext';
import { ImportsPage, type DroppedFiles } from './pages/ImportsPage';
import { PAGES } from './pages/pages';
import { useSession } from './session/SessionContext';

export function AppFrame() {
  const { t } = useI18n();
  const { storeGeneration } = useSession();
  const [page, navigate] = usePageFromHash();
  const Page = PAGES[page].component;
  // The Imports page stays mounted once opened: an import in progress (a file being read, its
  // mapping, the answers, the preview) waits there while the analyst looks at other pages.
  const [importsOpened, setImportsOpened] = useState(page === 'imports');
  if (page === 'imports' && !importsOpened) setImportsOpened(true);

  const [dropped, setDropped] = useState<DroppedFiles | null>(null);
  const [dragActive, setDragActive] = useState(false);
  const dragDepth = useRef(0);
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  const onDragEnter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    dragDepth.current++;
    setDragActive(true);
  };
  const onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    // Without this the browser would open the file itself (Electron denies that navigation, and
    // the drop would vanish).
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = () => {
    dragDepth.current = Math.max(0, dragDepth.current - 1);
    if (dragDepth.current === 0) setDragActive(false);
  };
  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    dragDepth.current = 0;
    setDragActive(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length === 0) return;
    setDropped((d) => ({ files, id: (d?.id ?? 0) + 1 }));
    if (page !== 'imports') navigate('imports');
  };

  return (
    <div
      className={`app-frame${dragActive ? ' is-dragging' : ''}`}
      data-testid="app-frame"
      onDragEnter={onDragEnter}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <NavBar current={page} onNavigate={navigate} />
      <div className="app-main">
        <AppHeader title={t(PAGES[page].labelKey)} />
        <main className="app-content" id="main">
          {page !== 'imports' && <Page />}
          {importsOpened && (
            <div hidden={page !== 'imports'} data-testid="imports-kept">
              {/* (a restored database ends the import in progress: the page starts over) */}
              <ImportsPage
                key={storeGeneration}
                active={page === 'imports'}
                dropped={dropped}
                dragActive={dragActive}
                onDropTaken={(id) => setDropped((d) => (d?.id === id ? { files: [], id } : d))}
              />
            </div>
          )}
        </main>
      </div>
    </div>
  );
}
