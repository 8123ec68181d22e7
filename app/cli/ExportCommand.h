#pragma once
// `launch-atlas export [--view map|timeline|reactions|briefing] [--size WxH|a4|letter]
//  [--scale N] [--year YYYY] [--theme screen|print] [--title T] [--subtitle S]
//  [--bundled] -o OUT.png|.svg|.pdf PATH...` (needs a QGuiApplication, no display)
// and `launch-atlas export-data --format csv|geojson|kml -o OUT [--bundled] PATH...`.
#include <QStringList>

namespace atlas::cli {

// Exit status: 0 written (every file read), 1 written but some file skipped,
// 2 a usage error, 4 the output could not be written.
int runExport(const QStringList &arguments);
int runExportData(const QStringList &arguments);

} // namespace atlas::cli
