// Overview: the province at a glance over the years (charts come with the Overview issue).
import { PlannedPage } from '../components/PlannedPage';

export function OverviewPage() {
  return <PlannedPage titleKey="nav.overview" bodyKey="page.overview.body" testId="page-overview" />;
}
