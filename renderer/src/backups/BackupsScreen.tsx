/**
 * "Sao lưu & chia sẻ": the database's backups (restore with one confirmation) and conference files shared
 * between clerks. After a restore or a merge, the cluster and conference lists in the header load again so
 * every screen shows the data as it now is.
 */
import { Flex, Typography } from 'antd';
import { useState } from 'react';
import { useClusters } from '../app/clusterContext.tsx';
import { useConferences } from '../app/conferenceContext.tsx';
import { BackupsPanel } from './BackupsPanel.tsx';
import { SharePanel } from './SharePanel.tsx';
import { backupsText as text } from './strings.ts';

export function BackupsScreen() {
  const clusters = useClusters();
  const conferences = useConferences();
  const [revision, setRevision] = useState(0);

  const dataChanged = () => {
    clusters.reload();
    conferences.reload();
    setRevision((r) => r + 1);
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {text.title}
      </Typography.Title>
      <BackupsPanel revision={revision} onRestored={dataChanged} />
      <SharePanel onMerged={dataChanged} />
    </Flex>
  );
}
