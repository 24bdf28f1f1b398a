import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/platform';
import { buildMenuTemplate } from '../../electron/menu';

/** Every item in the template, depth first. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const roles = (items: MenuItemConstructorOptions[]) => flatten(items).map((item) => item.role).filter((role) => role !== undefined);

function build(platform: NodeJS.Platform) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const openHelp = vi.fn<() => void>();
  const template = buildMenuTemplate(platform, 'Upstream', send, openHelp);
  return { template, send, openHelp, items: flatten(template) };
}

/** Calls an item's click handler the way Electron does (menuItem, window, event). */
function click(item: MenuItemConstructorOptions | undefined): void {
  expect(item?.click, 'item has a click handler').toBeTypeOf('function');
  (item!.click as (...args: unknown[]) => void)({}, undefined, {});
}

const editingRoles = ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'];

describe.each(['linux', 'win32'] as const)('menu on %s', (platform) => {
  it('keeps the standard editing, view and quit roles', () => {
    const { template } = build(platform);
    expect(roles(template)).toEqual(expect.arrayContaining([...editingRoles, 'reload', 'togglefullscreen', 'quit', 'minimize', 'close']));
  });

  it('has no app menu and no mac-only roles', () => {
    const { template } = build(platform);
    expect(template[0]!.label).toBe('&File');
    expect(roles(template)).not.toContain('about');
    expect(roles(template)).not.toContain('hide');
    expect(roles(template)).not.toContain('services');
  });

  it('puts Settings in the File menu with Ctrl+, and sends open-settings', () => {
    const { template, send } = build(platform);
    const file = template.find((item) => item.label === '&File');
    const settings = (file!.submenu as MenuItemConstructorOptions[]).find((item) => item.label === 'Settings');
    expect(settings?.accelerator).toBe('CmdOrCtrl+,');
    click(settings);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('open-settings');
  });

  it('uses access keys on top-level menus', () => {
    const { template } = build(platform);
    expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
  });
});

describe('menu on macOS', () => {
  it('starts with the app menu named after the app, with about, hide and quit', () => {
    const { template } = build('darwin');
    const appMenu = template[0]!;
    expect(appMenu.label).toBe('Upstream');
    expect(roles([appMenu])).toEqual(expect.arrayContaining(['about', 'hide', 'hideOthers', 'unhide', 'services', 'quit']));
  });

  it('keeps the standard editing and view roles', () => {
    const { template } = build('darwin');
    expect(roles(template)).toEqual(expect.arrayContaining([...editingRoles, 'reload', 'togglefullscreen', 'close', 'front', 'zoom']));
  });

  it('has exactly one quit, in the app menu', () => {
    const { template } = build('darwin');
    expect(roles(template).filter((role) => role === 'quit')).toHaveLength(1);
    expect(roles([template[0]!])).toContain('quit');
  });

  it('puts Settings… in the app menu with Cmd+, and sends open-settings', () => {
    const { template, send } = build('darwin');
    const settings = (template[0]!.submenu as MenuItemConstructorOptions[]).find((item) => item.label === 'Settings…');
    expect(settings?.accelerator).toBe('CmdOrCtrl+,');
    click(settings);
    expect(send).toHaveBeenCalledWith('open-settings');
  });
});

describe.each(['linux', 'win32', 'darwin'] as const)('menu commands on %s', (platform) => {
  it('has exactly one Settings item', () => {
    const { items } = build(platform);
    expect(items.filter((item) => item.accelerator === 'CmdOrCtrl+,')).toHaveLength(1);
  });

  it('sends go-dashboard from View > Dashboard', () => {
    const { items, send } = build(platform);
    const dashboard = items.find((item) => item.label === 'Dashboard');
    expect(dashboard?.accelerator).toBe('CmdOrCtrl+1');
    click(dashboard);
    expect(send).toHaveBeenCalledWith('go-dashboard');
  });

  it('opens help through the injected function, not by itself', () => {
    const { items, send, openHelp } = build(platform);
    click(items.find((item) => item.label === 'Upstream help'));
    expect(openHelp).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalled();
  });

  it('gives no two items the same accelerator', () => {
    const { items } = build(platform);
    const accelerators = items.map((item) => item.accelerator).filter((a) => a !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('sends nothing while building', () => {
    const { send, openHelp } = build(platform);
    expect(send).not.toHaveBeenCalled();
    expect(openHelp).not.toHaveBeenCalled();
  });
});
