// One line of feedback after an action: success is announced politely, errors assertively.
export interface NoticeValue {
  kind: 'info' | 'error';
  text: string;
}

export function Notice({ notice, testId }: { notice: NoticeValue | null; testId?: string }) {
  if (!notice) return null;
  return (
    <p
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {notice.text}
    </p>
  );
}
