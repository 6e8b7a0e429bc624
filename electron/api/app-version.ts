/** The app's name and version, shown in 关于 and written into exported files; the version comes from package.json. */
import packageJson from '../../package.json';

export const APP_NAME = '绩效自评助手';
export const APP_VERSION: string = packageJson.version;
