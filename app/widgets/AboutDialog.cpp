#include "widgets/AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QPushButton>

namespace atlas {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->icon->setPixmap(QIcon(QStringLiteral(":/atlas/icons/launch-atlas.svg")).pixmap(64, 64));
    m_ui->heading->setText(tr("<h2>Launch Atlas %1</h2><p>North Korea's missile launches from the news: a timeline, "
                              "a map and the diplomatic reactions, every fact traced to its sentence.</p>")
                               .arg(QApplication::applicationVersion().toHtmlEscaped()));
    QFile f(QStringLiteral(":/atlas/ATTRIBUTION.md"));
    if (f.open(QIODevice::ReadOnly))
        m_ui->aboutText->setMarkdown(QString::fromUtf8(f.readAll()));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::attributionText() const { return m_ui->aboutText->toPlainText(); }

} // namespace atlas
