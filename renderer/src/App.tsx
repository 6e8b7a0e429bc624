/**
 * The app's pages: the list of reports (with its 回收站), the editor of one report, and the 汇总 of many report
 * files. Where the clerk is lives in the address (#/report/<id>/<screen>), so reloading the page comes back to the
 * same place.
 */
import { Layout, Typography } from 'antd';
import { ReportsHomePage } from './reports/ReportsHomePage';
import { EditorPage } from './editor/shell/EditorPage';
import { BackupPage } from './backup/BackupPage';
import { useCallback } from 'react';
import { VerifyPage } from './verify/VerifyPage';
import { SummaryPage } from './summary/SummaryPage';
import { usePdfDrop } from './verify/pdf-drop';
import { routeHash, useRoute, type Route } from './app/routing';
import { ConnectionGate } from './app/ConnectionGate';

export function App() {
  const [route, navigate] = useRoute();
  // A PDF dropped anywhere is taken to 核验PDF.
  usePdfDrop(useCallback(() => navigate({ page: 'verify' }), [navigate]));
  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Typography.Title level={4} className="app-header-title">
          <a
            href="#/"
            onClick={(e) => {
              e.preventDefault();
              navigate({ page: 'home' });
            }}
          >
            绩效自评助手
          </a>
        </Typography.Title>
        <span className="app-header-subtitle">部门整体支出绩效自评报告</span>
        <nav className="app-nav" aria-label="主菜单">
          <HeaderLink
            to={{ page: 'home' }}
            current={route.page === 'home' || route.page === 'bin' || route.page === 'editor'}
            navigate={navigate}
          >
            报告列表
          </HeaderLink>
          <HeaderLink to={{ page: 'summary' }} current={route.page === 'summary'} navigate={navigate}>
            汇总
          </HeaderLink>
          <HeaderLink to={{ page: 'backup' }} current={route.page === 'backup'} navigate={navigate}>
            备份与恢复
          </HeaderLink>
          <HeaderLink to={{ page: 'verify' }} current={route.page === 'verify'} navigate={navigate}>
            核验PDF
          </HeaderLink>
        </nav>
      </Layout.Header>
      <Layout.Content className={route.page === 'editor' ? 'app-content editor-content' : 'app-content'}>
        <ConnectionGate>
          {route.page === 'verify' ? (
            <VerifyPage />
          ) : route.page === 'summary' ? (
            <SummaryPage />
          ) : route.page === 'backup' ? (
            <BackupPage onRestored={() => navigate({ page: 'home' })} />
          ) : route.page === 'editor' ? (
            <EditorPage
              key={route.id}
              id={route.id}
              screen={route.screen}
              onScreen={(screen) => navigate({ page: 'editor', id: route.id, screen }, { replace: true })}
              onBack={() => navigate({ page: 'home' })}
            />
          ) : (
            <ReportsHomePage
              tab={route.page === 'bin' ? 'bin' : 'reports'}
              onTab={(tab) => navigate(tab === 'bin' ? { page: 'bin' } : { page: 'home' }, { replace: true })}
              onOpen={(id) => navigate({ page: 'editor', id, screen: null })}
            />
          )}
        </ConnectionGate>
      </Layout.Content>
    </Layout>
  );
}

function HeaderLink({
  to,
  current,
  navigate,
  children,
}: {
  to: Route;
  current: boolean;
  navigate: (route: Route) => void;
  children: string;
}) {
  return (
    <a
      href={routeHash(to)}
      className={current ? 'app-nav-link current' : 'app-nav-link'}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
