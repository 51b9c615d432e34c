/** The "Nhập danh sách" entry of the screen registry (renderer/src/app/screens.tsx). */
import { CloudUploadOutlined } from '@ant-design/icons';
import type { ScreenEntry } from '../app/screens.tsx';
import { ImportsScreen } from './ImportsScreen.tsx';
import { importsText } from './strings.ts';

export const importsScreen: ScreenEntry = {
  key: 'imports',
  label: importsText.title,
  icon: <CloudUploadOutlined />,
  needsConference: true,
  render: ({ conference }) => <ImportsScreen conference={conference} />,
};
