#include "widgets/FirstRunHint.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace atlas {

namespace {
const QString kShownKey = QStringLiteral("hints/firstRunShown");
}

FirstRunHint::FirstRunHint(QWidget *host)
    : QFrame(host), m_host(host), m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("firstRunHint"));
    setAccessibleName(tr("Getting started"));
    setFrameShape(QFrame::StyledPanel);
    // Tooltip colours: a light card on a light desktop, a dark one on a dark desktop.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("firstRunText"));
    text->setForegroundRole(QPalette::ToolTipText);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(tr("<b>Welcome to Launch Atlas</b>"
                     "<ol style='margin-left:-20px'>"
                     "<li><b>Select a launch</b> on the timeline or the map: its reactions and "
                     "sources follow.</li>"
                     "<li><b>Play the year</b> on the timeline to watch the launches unfold.</li>"
                     "<li><b>Export a briefing</b> (File → Export…) for slides or print.</li>"
                     "</ol>"
                     "Find anything with Ctrl+F. Tab moves between the panes."));
    layout->addWidget(text);

    m_dismiss->setObjectName(QStringLiteral("firstRunDismiss"));
    m_dismiss->setText(tr("Got it"));
    m_dismiss->setAccessibleName(tr("Dismiss the getting-started hint"));
    m_dismiss->setToolTip(tr("Hide this hint (Help → Getting Started shows it again)"));
    layout->addWidget(m_dismiss, 0, Qt::AlignRight);
    connect(m_dismiss, &QPushButton::clicked, this, &FirstRunHint::dismiss);

    setMaximumWidth(360);
    hide();
    m_host->installEventFilter(this);
}

bool FirstRunHint::wasShownBefore() { return QSettings().value(kShownKey, false).toBool(); }

void FirstRunHint::forgetShown() { QSettings().remove(kShownKey); }

bool FirstRunHint::showIfFirstRun()
{
    if (wasShownBefore())
        return false;
    showHint();
    return true;
}

void FirstRunHint::showHint()
{
    QSettings().setValue(kShownKey, true);
    adjustSize();
    place();
    show();
    raise();
}

void FirstRunHint::dismiss()
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    if (hadFocus)
        m_host->setFocus(Qt::OtherFocusReason);
    emit dismissed();
}

void FirstRunHint::place()
{
    const int margin = 12;
    const int w = qBound(200, m_host->width() - 2 * margin, maximumWidth());
    const int h = hasHeightForWidth() ? heightForWidth(w) : sizeHint().height();
    setGeometry(margin, margin, w, h);
}

bool FirstRunHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host && event->type() == QEvent::Resize && !isHidden())
        place();
    return QFrame::eventFilter(watched, event);
}

void FirstRunHint::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace atlas
