/** The two screens of this first version: the list of reports, and one report's read-only preview. */
import { useState } from 'react';
import { Layout, Typography } from 'antd';
import { ReportListPage } from './reports/ReportListPage';
import { ReportPage } from './report/ReportPage';

export function App() {
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Typography.Title level={4} className="app-header-title">
          绩效自评助手
        </Typography.Title>
        <span className="app-header-subtitle">部门整体支出绩效自评报告</span>
      </Layout.Header>
      <Layout.Content className="app-content">
        {openId === null ? (
          <ReportListPage onOpen={setOpenId} />
        ) : (
          <ReportPage key={openId} id={openId} onBack={() => setOpenId(null)} />
        )}
      </Layout.Content>
    </Layout>
  );
}
