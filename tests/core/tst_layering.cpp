// atlas_core must not reach QtGui or QtWidgets: the layering is one-way.
// The compile-time check is that this file, linked only with atlas_core, cannot
// see the headers; the run-time check reads the link interface CMake recorded.
#include <QtTest>

// (The module-qualified form <QtGui/...> resolves through the shared Qt include
// root on every distribution; the module directories themselves must be absent.)
#ifndef Q_MOC_RUN // moc does not evaluate __has_include
#if __has_include(<QGuiApplication>) || __has_include(<QPainter>) || __has_include(<QColor>)
#error "atlas_core's include path offers QtGui: the core layer must not depend on it"
#endif
#if __has_include(<QWidget>)
#error "atlas_core's include path offers QtWidgets"
#endif
#endif

#include "model/Catalog.h"
#include "model/LaunchListModel.h"

class TestLayering : public QObject {
    Q_OBJECT
private slots:
    void coreSourcesIncludeNoGuiHeaders()
    {
        // Belt and braces: no source under app/core names a GUI module header.
        QDirIterator it(QStringLiteral(ATLAS_SOURCE_DIR "/app/core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        const QRegularExpression gui(QStringLiteral("\\x23\\s*include\\s*[<\"](QtGui|QtWidgets|QtSvg|QGuiApplication|QWidget|QPainter|QImage|QColor|QPixmap)\\b"));
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            QVERIFY2(!gui.match(text).hasMatch(), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files > 5);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
