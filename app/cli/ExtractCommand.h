#pragma once
// `launch-atlas extract [--format json|csv] [--pubdate YYYY-MM-DD] PATH...`
#include <QStringList>

namespace atlas::cli {

// arguments: the whole command line (program, "extract", options...).
// Exit status: 0 every file read, 1 some file skipped (listed in "problems"),
// 2 a usage error.
int runExtract(const QStringList &arguments);

} // namespace atlas::cli
