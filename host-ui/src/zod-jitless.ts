import { z } from 'zod';

// Zod probes `new Function` when it builds its first object schema; the
// host's CSP (no 'unsafe-eval') blocks that and reports a violation. This
// module is imported first so the setting precedes every schema.
z.config({ jitless: true });
