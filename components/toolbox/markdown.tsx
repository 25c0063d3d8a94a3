import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

// The material's title is the page's h1, so headings inside a body start one level lower.
const COMPONENTS: Components = {
  h1: ({ children }) => <h2 className="mt-6 mb-2 text-xl font-bold">{children}</h2>,
  h2: ({ children }) => <h2 className="mt-6 mb-2 text-xl font-bold">{children}</h2>,
  h3: ({ children }) => <h3 className="mt-4 mb-2 text-lg font-bold">{children}</h3>,
  h4: ({ children }) => <h4 className="mt-4 mb-1 font-bold">{children}</h4>,
  p: ({ children }) => <p className="my-3 leading-relaxed">{children}</p>,
  ul: ({ children }) => <ul className="my-3 list-disc space-y-1 pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="my-3 list-decimal space-y-1 pl-6">{children}</ol>,
  a: ({ children, href }) => (
    <a href={href} className="text-brand-700 underline" rel="noopener noreferrer">
      {children}
    </a>
  ),
  blockquote: ({ children }) => (
    <blockquote className="my-3 border-l-4 border-brand-100 pl-4 italic">{children}</blockquote>
  ),
  table: ({ children }) => <table className="my-3 w-full border-collapse text-left text-sm">{children}</table>,
  th: ({ children }) => <th className="border border-slate-300 bg-slate-50 p-2">{children}</th>,
  td: ({ children }) => <td className="border border-slate-300 p-2">{children}</td>,
};

/**
 * A material's text: Markdown rendered by react-markdown and sanitised by rehype-sanitize
 * (GitHub's allow-list), so raw HTML and script in a material stay inert text.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="max-w-none [&>*:first-child]:mt-0">
      <ReactMarkdown rehypePlugins={[rehypeSanitize]} components={COMPONENTS}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
