import { Fragment } from 'react';
import type { TextPart } from '@shared/resource-search';

/** Text with the matched parts in <mark>: built from text nodes only, never HTML. */
export function Highlight({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  );
}
