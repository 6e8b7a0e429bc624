/** Renderer entry: Chinese locale for antd and dayjs, the token from the address (browser build), then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { takeTokenFromLocation } from './api/session-token';
import { App } from './App';
import { makeTheme } from './theme';
import './styles.css';

dayjs.locale('zh-cn');
takeTokenFromLocation();

const root = document.getElementById('root');
if (!root) throw new Error('页面缺少 #root 元素');

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={makeTheme()} button={{ autoInsertSpace: false }}>
      <AntApp message={{ maxCount: 3, duration: 2.5 }}>
        <App />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
