#pragma once
// Every sentence of the bundled articles and of the test data's plain-text
// articles (held-out sets included), for the tests that compare a word pass's
// fast path with its definition on real prose.
#include "extract/SentenceSplitter.h"

#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace atlas::testing {

inline QStringList corpusSentences()
{
    QStringList out;
    for (const QString &root :
         {QStringLiteral(ATLAS_SOURCE_DIR "/resources/articles"), QStringLiteral(ATLAS_TEST_DATA_DIR)}) {
        QDirIterator it(root, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue; // the caller's count of sentences says when files went missing
            const QString text = QString::fromUtf8(f.readAll());
            for (const Sentence &s : splitSentences(text))
                out << text.mid(s.start, s.end - s.start);
        }
    }
    return out;
}

} // namespace atlas::testing
