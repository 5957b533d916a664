// The application menu in the app's language. Electron's roles give each item its behaviour and
// accelerator but English labels, so every label comes from i18n. Plain data (no electron import):
// the shell passes it to Menu.buildFromTemplate and rebuilds it when the language changes.
import type { Language } from '../shared/domain';
import { translate, type MessageKey } from '../shared/i18n';

export interface MenuItemSpec {
  label?: string;
  role?: string;
  type?: 'separator';
  submenu?: MenuItemSpec[];
}

export function menuTemplate(
  lang: Language,
  opts: { isMac: boolean; devTools: boolean; appName: string },
): MenuItemSpec[] {
  const item = (role: string, key: MessageKey): MenuItemSpec => ({ role, label: translate(lang, key) });
  const sep: MenuItemSpec = { type: 'separator' };
  return [
    ...(opts.isMac
      ? [
          {
            label: opts.appName,
            submenu: [item('hide', 'menu.hide'), sep, item('quit', 'menu.quit')],
          },
        ]
      : []),
    {
      label: translate(lang, 'menu.file'),
      submenu: [opts.isMac ? item('close', 'menu.close') : item('quit', 'menu.quit')],
    },
    {
      label: translate(lang, 'menu.edit'),
      submenu: [
        item('undo', 'menu.undo'),
        item('redo', 'menu.redo'),
        sep,
        item('cut', 'menu.cut'),
        item('copy', 'menu.copy'),
        item('paste', 'menu.paste'),
        item('selectAll', 'menu.selectAll'),
      ],
    },
    {
      label: translate(lang, 'menu.view'),
      submenu: [
        item('reload', 'menu.reload'),
        ...(opts.devTools ? [item('toggleDevTools', 'menu.devTools')] : []),
        sep,
        item('resetZoom', 'menu.resetZoom'),
        item('zoomIn', 'menu.zoomIn'),
        item('zoomOut', 'menu.zoomOut'),
        sep,
        item('togglefullscreen', 'menu.fullscreen'),
      ],
    },
    {
      label: translate(lang, 'menu.window'),
      submenu: [item('minimize', 'menu.minimize'), item('close', 'menu.close')],
    },
  ];
}
