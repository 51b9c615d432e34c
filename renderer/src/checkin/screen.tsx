/** The "Đón tiếp đại biểu" entry of the screen registry (renderer/src/app/screens.tsx). */
import { IdcardOutlined } from '@ant-design/icons';
import type { ScreenEntry } from '../app/screens.tsx';
import { CheckinScreen } from './CheckinScreen.tsx';
import { checkinText } from './strings.ts';

export const checkinScreen: ScreenEntry = {
  key: 'checkin',
  label: checkinText.title,
  icon: <IdcardOutlined />,
  needsConference: true,
  render: ({ conference }) => <CheckinScreen key={conference.id} conference={conference} />,
};
