/** The "Số liệu báo cáo" entry of the app's screen registry. */
import { BarChartOutlined } from '@ant-design/icons';
import type { ScreenEntry } from '../app/screens.tsx';
import { ReturnsScreen } from './ReturnsScreen.tsx';
import { returnsText } from './strings.ts';

export const returnsScreen: ScreenEntry = {
  key: 'returns',
  label: returnsText.title,
  icon: <BarChartOutlined />,
  needsConference: true,
  render: ({ conference }) => <ReturnsScreen conference={conference} />,
};
