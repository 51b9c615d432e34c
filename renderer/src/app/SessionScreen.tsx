import { Result } from 'antd';
import { appName, session } from '../strings.ts';

/** Browser mode without a valid token: say exactly what to do, nothing else on screen. */
export function SessionScreen({ message }: { message: string }) {
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: 24 }}>
      <Result status="warning" title={session.title} subTitle={message} extra={<strong>{appName}</strong>} />
    </div>
  );
}
