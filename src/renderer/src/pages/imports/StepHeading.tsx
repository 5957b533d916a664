// The heading of a wizard step. It takes focus when its step opens (unless a control of the step
// asked for it with data-autofocus), so keyboard and screen-reader users land on the new step.
import { useEffect, useRef, type ReactNode } from 'react';

export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const h = ref.current;
    if (!h) return;
    const step = h.closest('.import-step');
    const preferred = step?.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)');
    (preferred ?? h).focus({ preventScroll: true });
  }, []);
  return (
    <h2 ref={ref} tabIndex={-1} className="step-heading">
      {children}
    </h2>
  );
}
