/** The parts of frictionlessdata's `datapackage` (JavaScript, no type declarations of its own) the tests use. */
declare module 'datapackage' {
  interface ReadError extends Error {
    errors?: Error[];
  }
  interface Resource {
    name: string;
    read(options: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
  interface Package {
    valid: boolean;
    errors: ReadError[];
    resources: Resource[];
    getResource(name: string): Resource | null;
  }
  const datapackage: { Package: { load(descriptor: string, options: { basePath: string }): Promise<Package> } };
  export default datapackage;
}
