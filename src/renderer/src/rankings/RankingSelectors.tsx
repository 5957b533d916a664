// Year and ranking-group pickers. Native selects: short lists, full keyboard and screen-reader
// support, and Playwright's selectOption in the e2e tests.
import type { RankingGroup } from '../../../shared/domain';
import { RANKING_GROUPS } from '../../../shared/domain';
import { useI18n } from '../i18n/I18nContext';
import type { YearOption } from './yearChoice';

interface Props {
  years: YearOption[];
  year: number;
  group: RankingGroup;
  onYear: (year: number) => void;
  onGroup: (group: RankingGroup) => void;
}

export function RankingSelectors({ years, year, group, onYear, onGroup }: Props) {
  const { t } = useI18n();
  return (
    <div className="selectors">
      <label>
        <span>{t('rankings.year')}</span>
        <select
          aria-label={t('rankings.year')}
          data-testid="year-select"
          value={year}
          onChange={(e) => onYear(Number(e.target.value))}
        >
          {years.map((y) => (
            <option key={y.year} value={y.year}>
              {y.groupsWithData.length > 0 ? y.year : t('rankings.yearNoData', { year: y.year })}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('rankings.group')}</span>
        <select
          aria-label={t('rankings.group')}
          data-testid="group-select"
          value={group}
          onChange={(e) => onGroup(Number(e.target.value) as RankingGroup)}
        >
          {RANKING_GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`group.${g}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
