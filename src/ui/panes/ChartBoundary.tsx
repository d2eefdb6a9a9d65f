import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { chartFailed, TRY_AGAIN } from '../../words/chart.ts';
import { Words } from '../words/Words.tsx';

interface Props {
  title: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps a chart that fails to draw inside its pane: the pane says why and offers to try again, while the rest of the
 * page (toolbar, other pane, Changes, Export) stays usable, so a structure that fails once never blanks the page.
 */
export class ChartBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="pane-error" role="alert">
        <p>
          <Words text={chartFailed(this.props.title, error.message)} />
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>{TRY_AGAIN}</button>
      </div>
    );
  }
}
