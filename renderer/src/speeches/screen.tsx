/** The "Phát biểu, tham luận" entry of the screen registry (renderer/src/app/screens.tsx). */
import { SoundOutlined } from '@ant-design/icons';
import type { ScreenEntry } from '../app/screens.tsx';
import { SpeechesScreen } from './SpeechesScreen.tsx';
import { speechesText } from './strings.ts';

export const speechesScreen: ScreenEntry = {
  key: 'speeches',
  label: speechesText.title,
  icon: <SoundOutlined />,
  needsConference: true,
  render: ({ conference }) => <SpeechesScreen conference={conference} />,
};
