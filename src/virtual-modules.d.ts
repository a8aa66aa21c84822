declare module 'virtual:graph-data' {
  /**
   * Fetches the files of the graph-data folder the app was built (or is served) with, packed in
   * one text (core/data/packed.ts), as bytes (a small file) or a Blob (a large one, and the dev
   * server's), handed to the engine worker (ui/engine/posted.ts): from the build's hashed asset,
   * or from the dev server, which reads the folder at each request.
   */
  const loadFiles: () => Promise<ArrayBuffer | Blob>;
  export default loadFiles;
  /**
   * Where a large data set's first picture is (node/first-picture.ts), relative to the page: the
   * figure of the explorer's opening view, worked out when the site was built (or the dev server
   * started); null for small data and for data that did not validate.
   */
  export const firstPicture: string | null;
}
