// The navigation: one entry per page, in the order analysts work through them. Each page is its
// own module so later issues (the Imports wizard, Briefings) replace one file.
import type { ComponentType } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import { BriefingsPage } from './BriefingsPage';
import { ImportsPage } from './ImportsPage';
import { IndicatorsPage } from './IndicatorsPage';
import { OverviewPage } from './OverviewPage';
import { RankingsPage } from './RankingsPage';
import { SettingsPage } from './SettingsPage';

export const PAGE_IDS = ['overview', 'rankings', 'indicators', 'imports', 'briefings', 'settings'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export const PAGES: Record<PageId, { labelKey: MessageKey; icon: string; component: ComponentType }> = {
  overview: { labelKey: 'nav.overview', icon: '◧', component: OverviewPage },
  rankings: { labelKey: 'nav.rankings', icon: '☰', component: RankingsPage },
  indicators: { labelKey: 'nav.indicators', icon: '◎', component: IndicatorsPage },
  imports: { labelKey: 'nav.imports', icon: '⇩', component: ImportsPage },
  briefings: { labelKey: 'nav.briefings', icon: '▤', component: BriefingsPage },
  settings: { labelKey: 'nav.settings', icon: '⚙', component: SettingsPage },
};

/** The Rankings page is where the work is until Overview has content, so it opens first. */
export const DEFAULT_PAGE: PageId = 'rankings';

export const isPageId = (s: string): s is PageId => (PAGE_IDS as readonly string[]).includes(s);
