// For tools that read the .ts files with plain TypeScript (typescript-eslint's type-aware rules):
// vue-tsc resolves the real components and ignores this.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
