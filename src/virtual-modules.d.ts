declare module 'virtual:graph-data' {
  /** The files of the graph-data folder the app was built (or is served) with. */
  const loadFiles: () => Promise<readonly import('./core/data/load').DataFile[]>;
  export default loadFiles;
}
