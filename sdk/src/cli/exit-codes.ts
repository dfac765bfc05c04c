/** Exit status of a command that succeeded. */
export const EXIT_OK = 0;
/** Exit status when the plugin failed a check: invalid manifest, bundle error, missing file. */
export const EXIT_CHECK_FAILED = 1;
/** Exit status of a command line that cannot be run: unknown command or option, bad argument. */
export const EXIT_USAGE = 2;
