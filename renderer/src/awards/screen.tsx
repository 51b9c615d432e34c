/** The "Khen thưởng" entry of the screen registry (renderer/src/app/screens.tsx). */
import { TrophyOutlined } from '@ant-design/icons';
import type { ScreenEntry } from '../app/screens.tsx';
import { AwardsScreen } from './AwardsScreen.tsx';
import { awardsText } from './strings.ts';

export const awardsScreen: ScreenEntry = {
  key: 'awards',
  label: awardsText.title,
  icon: <TrophyOutlined />,
  needsConference: true,
  render: ({ conference }) => <AwardsScreen conference={conference} />,
};
