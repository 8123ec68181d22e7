#pragma once
// A short card over the map on the very first run: what to try first (select a
// launch, play the year, export a briefing). Dismissed with its button or Escape;
// QSettings remembers that it was shown, so it appears once. Help → Getting Started
// brings it back.
#include <QFrame>

class QPushButton;

namespace atlas {

class FirstRunHint : public QFrame {
    Q_OBJECT
public:
    // The hint floats in the top-left corner of `host` and follows its size.
    explicit FirstRunHint(QWidget *host);

    // Shows the hint unless it was shown on an earlier run; returns whether it showed.
    bool showIfFirstRun();
    // Shows it regardless (Help → Getting Started).
    void showHint();
    void dismiss();

    static bool wasShownBefore();
    static void forgetShown(); // tests, and "reset" in the future

    QPushButton *dismissButton() const { return m_dismiss; }

signals:
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void place();

    QWidget *m_host;
    QPushButton *m_dismiss;
};

} // namespace atlas
