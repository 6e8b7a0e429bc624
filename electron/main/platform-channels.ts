/** IPC channel names shared by the preload and the main process, so the two cannot drift apart. */
export const PLATFORM_CHANNELS = {
  openFile: 'platform:openFile',
  saveFile: 'platform:saveFile',
  /** A PDF the page made, written to a temporary file and opened in the system's viewer (no dialog). */
  openPdf: 'platform:openPdf',
  /** Main → page: a menu item the page handles (see menu-commands.ts). */
  menuCommand: 'menu:command',
} as const;

/** The only commands the menu sends to the page; the preload forwards nothing else. */
export const MENU_COMMANDS = ['open-backup-page'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
