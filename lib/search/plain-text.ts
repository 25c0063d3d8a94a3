// Snippets of toolbox materials as plain text (server-side: remark stays out of the browser bundles).
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import stripMarkdown from 'strip-markdown';
import { unified } from 'unified';

const markdownToText = unified().use(remarkParse).use(stripMarkdown);

/**
 * Markdown punctuation is noise in a snippet: links keep their text, markers go (remark parses it; a snippet
 * cut mid-construct is still read as well as it can be). Blocks are joined by a space.
 */
export function plainTextOf(markdown: string): string {
  const tree = markdownToText.runSync(markdownToText.parse(markdown));
  return ('children' in tree ? tree.children.map((node) => toString(node)) : [toString(tree)])
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
