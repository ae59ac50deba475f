// The one h1 of a staff page, naming it: in a card's head it reads as the card's title.
import type { ReactNode } from 'react';

export function PageTitle({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <h1 className="jd-page-title" data-testid={testId}>
      {children}
    </h1>
  );
}
