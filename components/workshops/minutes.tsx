import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

/** Minutes are Markdown typed by coordinators; raw HTML is never rendered and the result is sanitised. */
export function Minutes({ text }: { text: string }) {
  return (
    <div className="prose-minutes grid gap-2 text-sm [&_a]:text-brand-700 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <ReactMarkdown rehypePlugins={[rehypeSanitize]} skipHtml>
        {text}
      </ReactMarkdown>
    </div>
  );
}
