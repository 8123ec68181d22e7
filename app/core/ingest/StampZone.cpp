#include "ingest/StampZone.h"

#include <QRegularExpression>
#include <QStringView>

namespace atlas {
namespace {

enum class Saving { None, UnitedStates, Europe };

struct CityZone {
    const char *name; // upper case, as datelines print it
    int standardMinutes;
    Saving saving;
};

// Where news about the Korean peninsula is filed from.
constexpr CityZone kCities[] = {
    {"WASHINGTON", -300, Saving::UnitedStates},    {"NEW YORK", -300, Saving::UnitedStates},
    {"UNITED NATIONS", -300, Saving::UnitedStates}, {"BOSTON", -300, Saving::UnitedStates},
    {"ATLANTA", -300, Saving::UnitedStates},       {"MIAMI", -300, Saving::UnitedStates},
    {"ARLINGTON", -300, Saving::UnitedStates},     {"CHICAGO", -360, Saving::UnitedStates},
    {"HOUSTON", -360, Saving::UnitedStates},       {"DALLAS", -360, Saving::UnitedStates},
    {"DENVER", -420, Saving::UnitedStates},        {"LOS ANGELES", -480, Saving::UnitedStates},
    {"SAN FRANCISCO", -480, Saving::UnitedStates}, {"SEATTLE", -480, Saving::UnitedStates},
    {"SAN DIEGO", -480, Saving::UnitedStates},     {"HONOLULU", -600, Saving::None},
    {"ANCHORAGE", -540, Saving::UnitedStates},     {"LONDON", 0, Saving::Europe},
    {"PARIS", 60, Saving::Europe},                 {"BERLIN", 60, Saving::Europe},
    {"BRUSSELS", 60, Saving::Europe},              {"GENEVA", 60, Saving::Europe},
    {"VIENNA", 60, Saving::Europe},                {"ROME", 60, Saving::Europe},
    {"MADRID", 60, Saving::Europe},                {"THE HAGUE", 60, Saving::Europe},
    {"STOCKHOLM", 60, Saving::Europe},             {"WARSAW", 60, Saving::Europe},
    {"BONN", 60, Saving::Europe},                  {"MOSCOW", 180, Saving::None},
    {"NEW DELHI", 330, Saving::None},              {"BANGKOK", 420, Saving::None},
    {"HANOI", 420, Saving::None},                  {"BEIJING", 480, Saving::None},
    {"SHANGHAI", 480, Saving::None},               {"HONG KONG", 480, Saving::None},
    {"TAIPEI", 480, Saving::None},                 {"SINGAPORE", 480, Saving::None},
    {"MANILA", 480, Saving::None},                 {"ULAANBAATAR", 480, Saving::None},
    {"TOKYO", 540, Saving::None},                  {"OSAKA", 540, Saving::None},
    {"SEOUL", 540, Saving::None},                  {"PYONGYANG", 540, Saving::None},
    {"BUSAN", 540, Saving::None},                  {"CANBERRA", 600, Saving::None},
};

// The n-th (1-based) `weekday` of a month, or its last when n is 0.
QDate nthWeekday(int year, int month, int weekday, int n)
{
    if (n == 0) {
        QDate d = QDate(year, month, 1).addMonths(1).addDays(-1);
        while (d.dayOfWeek() != weekday)
            d = d.addDays(-1);
        return d;
    }
    QDate d(year, month, 1);
    while (d.dayOfWeek() != weekday)
        d = d.addDays(1);
    return d.addDays(7 * (n - 1));
}

bool savingInForce(Saving saving, const QDate &day)
{
    switch (saving) {
    case Saving::UnitedStates: // second Sunday of March to first Sunday of November
        return day >= nthWeekday(day.year(), 3, Qt::Sunday, 2) && day < nthWeekday(day.year(), 11, Qt::Sunday, 1);
    case Saving::Europe: // last Sunday of March to last Sunday of October
        return day >= nthWeekday(day.year(), 3, Qt::Sunday, 0) && day < nthWeekday(day.year(), 10, Qt::Sunday, 0);
    case Saving::None:
        break;
    }
    return false;
}

// The capitalised words leading a line, if a dateline's punctuation follows
// them: "WASHINGTON —" -> "WASHINGTON"; "NEW YORK (AP) —" -> "NEW YORK".
QStringView datelinePlace(QStringView line)
{
    int i = 0;
    while (i < line.size() && line[i].isSpace())
        ++i;
    const int start = i;
    int end = i;
    while (i < line.size()) {
        int j = i;
        while (j < line.size() && line[j].isUpper())
            ++j;
        if (j - i < 2 || (j < line.size() && line[j].isLetter()))
            break; // not a word in capitals
        end = j;
        if (j < line.size() && line[j] == u' ' && j + 1 < line.size() && line[j + 1].isUpper()
            && j + 2 < line.size() && line[j + 2].isUpper()) {
            i = j + 1; // "NEW YORK", "UNITED NATIONS"
            continue;
        }
        break;
    }
    if (end == start)
        return {};
    int k = end;
    while (k < line.size() && line[k] == u' ')
        ++k;
    if (k >= line.size())
        return {};
    const char16_t next = line[k].unicode();
    const bool datelinePunct = next == u',' || next == u'(' || next == u'-' || next == 0x2013 || next == 0x2014;
    return datelinePunct ? line.mid(start, end - start) : QStringView();
}

// "all times UTC", "All times are KST", "times in GMT": the page's own clock.
std::optional<int> declaredOffset(QStringView head, const QDate &day)
{
    static const QRegularExpression declared(
        QStringLiteral("\\b(?:all\\s+)?times\\s+(?:are\\s+|in\\s+|shown\\s+in\\s+)?(UTC|GMT|KST|JST|ET|EST|EDT|CET|CEST|BST)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = declared.match(head);
    if (!m.hasMatch())
        return std::nullopt;
    const QString zone = m.captured(1).toUpper();
    if (zone == u"UTC" || zone == u"GMT")
        return 0;
    if (zone == u"KST" || zone == u"JST")
        return 540;
    if (zone == u"ET")
        return savingInForce(Saving::UnitedStates, day) ? -240 : -300;
    if (zone == u"EST")
        return -300;
    if (zone == u"EDT")
        return -240;
    if (zone == u"CET")
        return 60;
    if (zone == u"CEST")
        return 120;
    return 60; // BST
}

} // namespace

std::optional<int> unzonedStampUtcOffset(const QString &text, const QDate &day, int headChars)
{
    if (!day.isValid())
        return std::nullopt;
    const QStringView head = QStringView(text).left(headChars);
    if (const std::optional<int> declared = declaredOffset(head, day))
        return declared;
    for (qsizetype lineStart = 0; lineStart < head.size();) {
        qsizetype lineEnd = head.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = head.size();
        const QStringView place = datelinePlace(head.mid(lineStart, lineEnd - lineStart));
        for (const CityZone &c : kCities) {
            if (!place.isEmpty() && place == QLatin1String(c.name))
                return c.standardMinutes + (savingInForce(c.saving, day) ? 60 : 0);
        }
        lineStart = lineEnd + 1;
    }
    return std::nullopt;
}

} // namespace atlas
