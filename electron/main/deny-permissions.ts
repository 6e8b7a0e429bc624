/**
 * The app needs no camera, microphone, notifications, geolocation, clipboard-read… : every permission request
 * and check is refused. Electron security checklist #5 "Handle session permission requests from remote content".
 */
import type { Session } from 'electron';

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
