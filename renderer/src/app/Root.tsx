/** Theme, locale and the session gate around the app frame. */
import { App as AntApp, ConfigProvider, theme } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { useEffect, useState } from 'react';
import '../app/dates.ts';
import { inElectron, onSessionRefused } from '../api/client.ts';
import { sessionToken } from '../api/session.ts';
import { session } from '../strings.ts';
import { AppFrame } from './AppFrame.tsx';
import { SessionScreen } from './SessionScreen.tsx';

// Compact spacing for data entry, but body text stays at 14px so diacritics remain easy to read.
const appTheme = {
  algorithm: theme.compactAlgorithm,
  token: { fontSize: 14, colorPrimary: '#1f5fa8', borderRadius: 4 },
  components: { Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerPadding: '0 16px' } },
};

export function Root() {
  const [refusal, setRefusal] = useState<string | null>(() =>
    inElectron() || sessionToken() ? null : session.missing,
  );
  useEffect(() => onSessionRefused((error) => setRefusal(error.message)), []);

  return (
    <ConfigProvider locale={viVN} theme={appTheme} componentSize="middle">
      <AntApp>{refusal ? <SessionScreen message={refusal} /> : <AppFrame />}</AntApp>
    </ConfigProvider>
  );
}
