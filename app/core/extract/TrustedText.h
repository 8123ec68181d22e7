#pragma once
// Qt checks the whole subject string for valid UTF-16 on every QRegularExpression
// match unless told not to. The extractors match many times per sentence against
// a view of the article from its start (so that lookbehinds and offsets keep
// article coordinates), which made that check quadratic in the article length: an
// 8 MB article took minutes. ArticleExtractor makes the text valid UTF-16 once
// (trustedText), and the long-subject matches then skip the check (kTrusted).
#include <QRegularExpression>
#include <QString>

namespace atlas {

inline constexpr QRegularExpression::MatchOptions kTrusted = QRegularExpression::DontCheckSubjectStringMatchOption;

// True when the text has no unpaired surrogate, so PCRE may skip its UTF check.
bool isValidUtf16(QStringView text);

// The text with every unpaired surrogate replaced by U+FFFD. Same length, so
// every character span into the original stays valid.
QString trustedText(const QString &text);

} // namespace atlas
