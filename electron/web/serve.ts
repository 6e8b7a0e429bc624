/**
 * `npm run web`: opens the database and serves the app to a browser on this computer only.
 * The address printed carries the token in its #fragment, which browsers never send to a server or write to logs.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserFacingError } from '../../shared/api/result';
import { DatabaseHolder } from '../db/database-holder';
import { startWebServer } from './server';

const DEFAULT_DB = path.join('selfeval-data', 'selfeval.sqlite');

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UserFacingError('bad-port', `环境变量 PORT 的值“${value}”不是有效端口（应为 0–65535 的整数）`);
  }
  return port;
}

async function main(): Promise<void> {
  const dbFile = path.resolve(process.env.SELFEVAL_DB || DEFAULT_DB);
  mkdirSync(path.dirname(dbFile), { recursive: true });
  // The bundle lives in dist/web/; the renderer was built next to it into dist/renderer/.
  const staticDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  const port = portFromEnv(process.env.PORT);
  const holder = await DatabaseHolder.open(dbFile);
  const server = await startWebServer({ holder, staticDir, port, checkOutput: process.env.NODE_ENV !== 'production' });

  console.log('绩效自评助手已启动（只允许本机访问）。');
  console.log(`数据库文件：${dbFile}`);
  console.log('请在浏览器中打开下面的地址（地址中含一次性访问令牌，请勿发给他人）：');
  console.log(`  ${server.url}#token=${server.token}`);
  console.log('按 Ctrl+C 退出。');

  const stop = () => {
    void server.close().finally(() => {
      holder.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof UserFacingError) {
    console.error(`无法启动：${err.message}`);
  } else if (err instanceof Error && 'code' in err && err.code === 'EADDRINUSE') {
    console.error(`无法启动：端口 ${process.env.PORT ?? ''} 已被占用，请换一个 PORT 或不设置 PORT`);
  } else {
    console.error('无法启动：程序内部错误', err);
  }
  process.exit(1);
});
