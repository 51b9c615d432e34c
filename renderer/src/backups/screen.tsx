/** The "Sao lưu & chia sẻ" entry of the app's screen registry (last in the menu: it is not part of the daily flow). */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { ScreenEntry } from '../app/screens.tsx';
import { BackupsScreen } from './BackupsScreen.tsx';
import { backupsText } from './strings.ts';

export const backupsScreen: ScreenEntry = {
  key: 'backups',
  label: backupsText.title,
  icon: <SafetyCertificateOutlined />,
  render: () => <BackupsScreen />,
};
