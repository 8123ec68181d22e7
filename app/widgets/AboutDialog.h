#pragma once
// Help → About: version, what the tool does, and where every bundled byte of data
// came from (resources/ATTRIBUTION.md). Laid out in Designer: ui/AboutDialog.ui.
#include <QDialog>
#include <memory>

namespace Ui {
class AboutDialog;
}

namespace atlas {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    QString attributionText() const; // what the text pane shows, for tests

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace atlas
