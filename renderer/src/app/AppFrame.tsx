/** The frame: side navigation, a header with the app name and the current cluster, and the active screen. */
import { ApartmentOutlined, CalendarOutlined } from '@ant-design/icons';
import { Layout, Menu, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { ClustersScreen } from '../clusters/ClustersScreen.tsx';
import { ConferencesScreen } from '../conferences/ConferencesScreen.tsx';
import { appName, nav } from '../strings.ts';
import { ClusterProvider, useClusters } from './clusterContext.tsx';

type Screen = 'conferences' | 'clusters';
const screenKey = 'thuky.screen';

function initialScreen(): Screen {
  return sessionStorage.getItem(screenKey) === 'clusters' ? 'clusters' : 'conferences';
}

function ClusterPicker() {
  const { clusters, current, select, loading } = useClusters();
  return (
    <Space>
      <Typography.Text type="secondary">{nav.currentCluster}:</Typography.Text>
      <Select
        aria-label={nav.currentCluster}
        data-testid="cluster-picker"
        style={{ width: 420 }}
        loading={loading}
        placeholder={nav.chooseCluster}
        value={current?.id}
        onChange={(id: number) => select(id)}
        options={clusters.map((c) => ({ value: c.id, label: c.name }))}
        showSearch={{ optionFilterProp: 'label' }}
      />
    </Space>
  );
}

function Frame() {
  const [screen, setScreen] = useState<Screen>(initialScreen);
  const open = (next: Screen) => {
    setScreen(next);
    sessionStorage.setItem(screenKey, next);
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          borderBottom: '1px solid #e5e7eb',
        }}
      >
        <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          {appName}
        </Typography.Title>
        <ClusterPicker />
      </Layout.Header>
      <Layout>
        <Layout.Sider width={230} style={{ borderRight: '1px solid #e5e7eb' }}>
          <Menu
            mode="inline"
            selectedKeys={[screen]}
            onClick={({ key }) => open(key as Screen)}
            style={{ borderInlineEnd: 'none', paddingTop: 8 }}
            items={[
              { key: 'conferences', icon: <CalendarOutlined />, label: nav.conferences },
              { key: 'clusters', icon: <ApartmentOutlined />, label: nav.clusters },
            ]}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 16, minWidth: 0 }}>
          {screen === 'conferences' ? (
            <ConferencesScreen onOpenClusters={() => open('clusters')} />
          ) : (
            <ClustersScreen />
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

export function AppFrame() {
  return (
    <ClusterProvider>
      <Frame />
    </ClusterProvider>
  );
}
