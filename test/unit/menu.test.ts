// The application menu: every label in the app's language (Electron's roles would show English),
// developer tools only while developing, the app menu only on macOS.
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuItemSpec } from '../../src/main/menu';

const items = (t: MenuItemSpec[]): MenuItemSpec[] => t.flatMap((i) => [i, ...items(i.submenu ?? [])]);

describe('application menu', () => {
  it('is in Vietnamese, with a label on every item that is not a separator', () => {
    const t = menuTemplate('vi', { isMac: false, devTools: false, appName: 'DTI Desk' });
    expect(t.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ']);
    for (const i of items(t)) if (i.type !== 'separator') expect(i.label, JSON.stringify(i)).toBeTruthy();
    expect(items(t).find((i) => i.role === 'paste')?.label).toBe('Dán');
    expect(items(t).some((i) => i.role === 'toggleDevTools')).toBe(false);
  });
  it('follows the language; developer tools while developing; the app menu on macOS', () => {
    const t = menuTemplate('en', { isMac: true, devTools: true, appName: 'DTI Desk' });
    expect(t.map((m) => m.label)).toEqual(['DTI Desk', 'File', 'Edit', 'View', 'Window']);
    expect(items(t).find((i) => i.role === 'toggleDevTools')?.label).toBe('Developer tools');
  });
});
