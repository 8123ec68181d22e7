#include "widgets/CatalogLoader.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas {

CatalogLoader::CatalogLoader(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Catalog>::finished, this, [this] {
        const bool cancelled = m_cancel && m_cancel->load();
        emit finished(m_watcher.result(), cancelled);
    });
}

CatalogLoader::~CatalogLoader()
{
    cancel();
    waitForFinished();
}

bool CatalogLoader::isRunning() const { return m_watcher.isRunning(); }

void CatalogLoader::start(const QStringList &paths)
{
    cancel();
    waitForFinished();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancelFlag = m_cancel;
    const BuildOptions options = m_options;
    QPointer<CatalogLoader> self(this);
    m_watcher.setFuture(QtConcurrent::run([paths, options, cancelFlag, self] {
        CatalogBuilder builder(options);
        return builder.build(paths, [self](int done, int total) {
            // Queued to the loader's thread: progress is shown by the GUI thread only.
            QMetaObject::invokeMethod(self, [self, done, total] {
                if (self)
                    emit self->progress(done, total);
            }, Qt::QueuedConnection);
        }, cancelFlag.get());
    }));
}

void CatalogLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CatalogLoader::waitForFinished() { m_watcher.waitForFinished(); }

} // namespace atlas
