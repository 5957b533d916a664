// Indicators & targets: KPIs that feed the index, against provincial plan targets.
import { PlannedPage } from '../components/PlannedPage';

export function IndicatorsPage() {
  return <PlannedPage titleKey="nav.indicators" bodyKey="page.indicators.body" testId="page-indicators" />;
}
