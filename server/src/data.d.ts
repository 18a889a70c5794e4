// Data files bundled by scripts/build.mjs, which parses YAML at build time.
declare module '*.yml' {
  const value: unknown;
  export default value;
}
