declare module 'virtual:graph-data' {
  /**
   * Fetches the files of the graph-data folder the app was built (or is served) with: from the
   * build's hashed JSON asset, or from the dev server, which reads the folder at each request.
   */
  const loadFiles: () => Promise<readonly import('./core/data/load').DataFile[]>;
  export default loadFiles;
}
