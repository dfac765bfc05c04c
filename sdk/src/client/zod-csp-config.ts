import { config } from 'zod';

// Zod compiles object parsers with `new Function` unless `jitless` is set, and
// its first schema probes whether `new Function` works. Plugin frames run under
// `script-src 'self'` without 'unsafe-eval', where that probe is reported as a
// Content-Security-Policy violation even though Zod catches the error. This
// module must therefore be evaluated before any module that builds a schema:
// import it first, as a side-effect import.
config({ jitless: true });
