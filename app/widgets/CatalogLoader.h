#pragma once
// Runs CatalogBuilder on a worker thread and reports progress; the GUI thread
// never blocks on reading or extraction. One load at a time; cancel() stops it
// between files and keeps nothing half-read.
#include "extract/CatalogBuilder.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace atlas {

class CatalogLoader : public QObject {
    Q_OBJECT
public:
    explicit CatalogLoader(QObject *parent = nullptr);
    ~CatalogLoader() override;

    void setOptions(const BuildOptions &options) { m_options = options; }
    bool isRunning() const;
    void start(const QStringList &paths);
    void cancel();
    // Blocks until the current load ends (tests and shutdown only).
    void waitForFinished();

signals:
    void progress(int done, int total);
    void finished(const atlas::Catalog &catalog, bool cancelled);

private:
    BuildOptions m_options;
    QFutureWatcher<Catalog> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace atlas
