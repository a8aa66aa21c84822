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
   * A large data set's first picture (node/first-picture.ts): where it is, relative to the page,
   * and the links (`location.search`) it is the view of — the figure of the explorer's opening
   * view, worked out when the site was built (or the dev server started); null for small data and
   * for data that did not validate.
   */
  export const firstPicture: {
    /** The figure 16:9, and 4:5 (`tall`) for a phone held upright (UPRIGHT_PHONE_MEDIA). */
    readonly url: string;
    readonly tall: string;
    readonly links: readonly string[];
  } | null;
}
