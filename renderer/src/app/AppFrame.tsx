/** The frame: side navigation, a header with the app name and the current cluster, and the active screen. */
import { Empty, Layout, Menu, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { appName, nav } from '../strings.ts';
import { ClusterProvider, useClusters } from './clusterContext.tsx';
import { ConferenceProvider, useConferences } from './conferenceContext.tsx';
import { screens } from './screens.tsx';

const screenKey = 'thuky.screen';

function initialScreen(): string {
  const saved = sessionStorage.getItem(screenKey);
  return screens.some((s) => s.key === saved) ? saved! : screens[0]!.key;
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

function ConferencePicker() {
  const { conferences, current, select, loading } = useConferences();
  return (
    <Space>
      <Typography.Text type="secondary">{nav.currentConference}:</Typography.Text>
      <Select
        aria-label={nav.currentConference}
        data-testid="conference-picker"
        style={{ width: 420 }}
        loading={loading}
        placeholder={nav.chooseConference}
        value={current?.id}
        onChange={(id: number) => select(id)}
        options={conferences.map((c) => ({ value: c.id, label: c.title }))}
        showSearch={{ optionFilterProp: 'label' }}
      />
    </Space>
  );
}

function ActiveScreen({ screenKey: key, open }: { screenKey: string; open: (key: string) => void }) {
  const { current: conference } = useConferences();
  const entry = screens.find((s) => s.key === key) ?? screens[0]!;
  if (!entry.needsConference) return <>{entry.render({ open })}</>;
  if (!conference) {
    return <Empty style={{ marginTop: 64 }} description={nav.noConference} />;
  }
  return <>{entry.render({ open, conference })}</>;
}

function Frame() {
  const [screen, setScreen] = useState<string>(initialScreen);
  const open = (next: string) => {
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
        <Space size="large">
          <ClusterPicker />
          <ConferencePicker />
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={230} style={{ borderRight: '1px solid #e5e7eb' }}>
          <Menu
            mode="inline"
            selectedKeys={[screen]}
            onClick={({ key }) => open(key)}
            style={{ borderInlineEnd: 'none', paddingTop: 8 }}
            items={screens.map((s) => ({ key: s.key, icon: s.icon, label: s.label }))}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 16, minWidth: 0 }}>
          <ActiveScreen screenKey={screen} open={open} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

export function AppFrame() {
  return (
    <ClusterProvider>
      <ConferenceProvider>
        <Frame />
      </ConferenceProvider>
    </ClusterProvider>
  );
}
