// A searchable province picker (ARIA combobox + listbox). A native <select> cannot filter, and
// 97 entries (34 current + 63 former units) are too many to scroll; typing "binh phuoc" without
// diacritics must find Bình Phước.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Unit } from '../../../shared/domain';
import { useI18n } from '../i18n/I18nContext';
import { orderUnitsForPicker, unitLabel, unitOrFormerMatches } from '../session/unitSearch';
import { useSession } from '../session/SessionContext';

interface Props {
  units: readonly Unit[];
  value: number | null;
  onChange: (unitId: number) => void;
  label: string;
  testId?: string;
}

export function UnitSelect({ units, value, onChange, label, testId }: Props) {
  const { t } = useI18n();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const selected = units.find((u) => u.id === value) ?? null;
  const [query, setQuery] = useState<string | null>(null); // null: not typing, show the selection
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const ordered = useMemo(() => orderUnitsForPicker(units), [units]);
  // (the 63 of the session, for a unit of the 34 found by a former name even where only the 34 are offered)
  const { units: all } = useSession();
  const formerByCode = useMemo(
    () => new Map(all.filter((u) => u.codeList === 'gso2004').map((u) => [u.code, u])),
    [all],
  );
  const matches = useMemo(
    () => ordered.filter((u) => unitOrFormerMatches(u, query ?? '', formerByCode)),
    [ordered, query, formerByCode],
  );
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);

  const choose = (unit: Unit) => {
    onChange(unit.id);
    setQuery(null);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.max(0, Math.min(matches.length - 1, a + step)));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      const unit = matches[active];
      if (unit) choose(unit);
    } else if (e.key === 'Escape') {
      setOpen(false);
      setQuery(null);
    }
  };

  const optionId = (u: Unit) => `${listId}-${u.codeList}-${u.code}`;
  const current = matches.filter((u) => u.codeList === '2025');
  const former = matches.filter((u) => u.codeList === 'gso2004');
  const activeUnit = open ? matches[active] : undefined;

  const renderOption = (u: Unit) => {
    const index = matches.indexOf(u);
    const successor = u.successorId != null ? byId.get(u.successorId) : undefined;
    const mergedNote =
      u.codeList === 'gso2004' && successor && successor.name !== u.name
        ? t('unitSelect.mergedInto', { name: successor.name })
        : null;
    return (
      <li
        key={u.id}
        id={optionId(u)}
        role="option"
        aria-selected={u.id === value}
        data-testid={`unit-option-${u.codeList}-${u.code}`}
        className={`unit-option${index === active ? ' is-active' : ''}${u.id === value ? ' is-selected' : ''}`}
        // mousedown, not click: the input must not lose focus (and close the list) first.
        onMouseDown={(e) => {
          e.preventDefault();
          choose(u);
        }}
        onMouseEnter={() => setActive(index)}
      >
        <span>{unitLabel(u, t)}</span>
        {mergedNote && <span className="unit-option-note">{mergedNote}</span>}
      </li>
    );
  };

  return (
    <div className="unit-select">
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeUnit ? optionId(activeUnit) : undefined}
        data-testid={testId}
        placeholder={t('unitSelect.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query ?? (selected ? unitLabel(selected, t) : '')}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={(e) => e.target.select()}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setQuery(null);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label={label} className="unit-listbox">
          {matches.length === 0 && (
            <li className="unit-option-empty" role="presentation">
              {t('unitSelect.noMatch', { query: query ?? '' })}
            </li>
          )}
          {current.length > 0 && (
            <li role="presentation" className="unit-group-label">
              {t('unitSelect.groupCurrent')}
            </li>
          )}
          {current.map(renderOption)}
          {former.length > 0 && (
            <li role="presentation" className="unit-group-label">
              {t('unitSelect.groupFormer')}
            </li>
          )}
          {former.map(renderOption)}
        </ul>
      )}
    </div>
  );
}
