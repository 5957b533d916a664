// Imports: the place where the import wizard (file → mapping → matching → preview → commit) mounts.
import { PlannedPage } from '../components/PlannedPage';

export function ImportsPage() {
  return <PlannedPage titleKey="nav.imports" bodyKey="page.imports.body" testId="page-imports" />;
}
