// Briefings: Vietnamese briefing drafts for leadership, exported as PDF.
import { PlannedPage } from '../components/PlannedPage';

export function BriefingsPage() {
  return <PlannedPage titleKey="nav.briefings" bodyKey="page.briefings.body" testId="page-briefings" />;
}
