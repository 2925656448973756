#pragma once
// encoderlens-cli: headless embedding, tokenization and inspection. Kept in a library so tests can
// run commands in-process; app/cli_main.cpp only forwards argc/argv.

#include <iosfwd>

namespace elcli {

// Runs one command line. Returns the process exit code: 0 success, 1 error, 2 usage error.
// Errors are one line "encoderlens-cli: error: ..." on err.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace elcli
