declare module 'virtual:graph-data' {
  const files: readonly import('./core/load').DataFile[];
  export default files;
}
