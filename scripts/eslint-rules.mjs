// The house's own lint rules (eslint.config.mjs turns them on).
//
// `no-server-values-in-client`: code that ships to the browser may import *types* from `@/server/**`, and
// values only from the 'use server' action modules in `server/actions/`. Anything else would pull database
// code into a client bundle (the build then fails on `server-only`, but only in the build, and late).
//
// `translations-namespace`: every `useTranslations` / `getTranslations` names its namespace, so a component
// declares which part of the catalogue it uses and a key is read relative to it.

import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');

/** The import as a path from the project root (`server/queries/cities`), or null for a package. */
function projectPath(source, filename) {
  if (source.startsWith('@/')) return source.slice(2);
  if (source.startsWith('.')) return relative(ROOT, resolve(dirname(filename), source));
  return null;
}

const isServer = (path) => path === 'server' || path.startsWith('server/');
const isAction = (path) => path.startsWith('server/actions/');

/** True when the file starts with the 'use client' directive. */
function isClientModule(program) {
  for (const node of program.body) {
    if (node.type !== 'ExpressionStatement' || typeof node.directive !== 'string') return false;
    if (node.directive === 'use client') return true;
  }
  return false;
}

/** True when an import or re-export brings in no runtime value. */
function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

const noServerValuesInClient = {
  meta: {
    type: 'problem',
    docs: { description: 'Browser code imports only types from @/server, and values only from server/actions' },
    schema: [{ type: 'object', properties: { always: { type: 'boolean' } }, additionalProperties: false }],
    messages: {
      value:
        "'{{source}}' is server code: import only types from it here, or call it through a 'use server' action " +
        'in server/actions/.',
    },
  },
  create(context) {
    const always = context.options[0]?.always === true;
    let applies = always;
    function check(node) {
      const source = node.source?.value;
      if (!applies || typeof source !== 'string') return;
      const path = projectPath(source, context.filename);
      if (!path || !isServer(path) || isAction(path) || isTypeOnly(node)) return;
      context.report({ node, messageId: 'value', data: { source } });
    }
    return {
      Program(program) {
        applies = always || isClientModule(program);
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

function namespaceOf(call) {
  const [first] = call.arguments;
  if (!first) return null;
  if (first.type === 'Literal' && typeof first.value === 'string') return first.value;
  if (first.type === 'ObjectExpression') {
    const property = first.properties.find(
      (p) => p.type === 'Property' && !p.computed && (p.key.name ?? p.key.value) === 'namespace',
    );
    if (property?.value.type === 'Literal' && typeof property.value.value === 'string') return property.value.value;
  }
  return null;
}

const translationsNamespace = {
  meta: {
    type: 'problem',
    docs: { description: 'useTranslations / getTranslations name their namespace as a string literal' },
    schema: [],
    messages: {
      missing: "{{name}} must name its namespace as a string literal, e.g. {{name}}('review').",
    },
  },
  create(context) {
    return {
      CallExpression(call) {
        const name = call.callee.type === 'Identifier' ? call.callee.name : null;
        if (name !== 'useTranslations' && name !== 'getTranslations') return;
        if (!namespaceOf(call)) context.report({ node: call, messageId: 'missing', data: { name } });
      },
    };
  },
};

export const house = {
  meta: { name: 'house' },
  rules: {
    'no-server-values-in-client': noServerValuesInClient,
    'translations-namespace': translationsNamespace,
  },
};
