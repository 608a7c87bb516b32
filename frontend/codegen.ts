import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the published schema. The output (src/gql) is committed so editors see the
// types; `npm run build` regenerates it, and the type check fails when an operation no longer fits.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTimeOffset: 'string', DateOnly: 'string', Decimal: 'number' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
  silent: true,
};
export default config;
