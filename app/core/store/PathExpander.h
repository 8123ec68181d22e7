#pragma once
// Files and folders to the list of files to import, with what was left out and
// why. Folders are walked recursively in a stable, sorted order. Symbolic links
// are followed, but a folder already visited (by its canonical path) is never
// entered twice, so a link loop ends at once and is reported. Inside folders
// only article files (.txt, .md, .html …) are taken; other files, pipes and
// devices are listed as skipped. A file named outright is always passed on:
// the reader then says why it cannot be read.
#include "model/Catalog.h"

#include <QStringList>
#include <atomic>

namespace atlas {

struct ExpandedPaths {
    QStringList files;
    QVector<Problem> skipped;
};

class PathExpander {
public:
    static ExpandedPaths expand(const QStringList &paths, const std::atomic_bool *cancel = nullptr);
};

} // namespace atlas
