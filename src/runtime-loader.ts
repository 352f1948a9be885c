// Loads the parts of the runtime that register themselves (the builtins module, the
// built-in modules). They are imported by path at run time so a part that is not built
// yet does not stop the rest from running; each is loaded once.
const PARTS = ['./runtime/builtins.js', './runtime/module-time.js', './runtime/module-random.js', './runtime/frozen/index.js'];

let loading: Promise<void> | null = null;

export function loadBuiltins(): Promise<void> {
  loading ??= (async () => {
    for (const part of PARTS) {
      try {
        await import(part);
      } catch (e) {
        if ((e as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND' || !String((e as Error).message).includes(part.slice(2))) throw e;
      }
    }
  })();
  return loading;
}
