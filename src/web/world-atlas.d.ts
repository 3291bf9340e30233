/** The Natural Earth TopoJSON files of the world-atlas package, imported as JSON by Vite. */
declare module 'world-atlas/countries-110m.json' {
  const topology: unknown;
  export default topology;
}
