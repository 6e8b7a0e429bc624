/**
 * In the browser build, a page opened without the server's token (or with the token of an earlier run) cannot
 * reach the data. It says so on a page of its own, instead of an error above an empty "全部报告（0）" list that
 * reads as lost data.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Result, Spin, Typography } from 'antd';
import { api } from '../api/client';

type Gate = 'checking' | 'open' | 'no-token';

const TOKEN_ERRORS = new Set(['no-token', 'forbidden']);

export function ConnectionGate({ children }: { children: ReactNode }) {
  const [gate, setGate] = useState<Gate>(window.selfeval ? 'open' : 'checking');
  useEffect(() => {
    if (gate !== 'checking') return;
    void api.call('app.info', {}).then((r) => setGate(!r.ok && TOKEN_ERRORS.has(r.error.code) ? 'no-token' : 'open'));
  }, [gate]);
  if (gate === 'checking') return <Spin className="page-spin" />;
  if (gate === 'open') return children;
  return (
    <div className="page-card" data-testid="no-token">
      <Result
        status="warning"
        title="这个页面还没有连上本机服务"
        subTitle="报告数据在本机的数据库中，没有丢失。"
        extra={
          <Typography.Paragraph className="no-token-help">
            请打开启动“绩效自评助手”时命令行窗口中显示的完整地址（形如 http://127.0.0.1:端口/#token=…）。
            用过一次之后，在同一个浏览器中新开标签页或重新打开本页都可以直接使用，直到关闭那个命令行窗口；
            程序重新启动后会显示新的地址。
          </Typography.Paragraph>
        }
      />
    </div>
  );
}
