import { visible } from '../../words/index.ts';

/** User text (a name, a title, a reason) on screen: isolated with `<bdi dir="auto">`, control characters shown, not obeyed. */
export function UserText({ text }: { text: string }) {
  return <bdi dir="auto">{visible(text)}</bdi>;
}
