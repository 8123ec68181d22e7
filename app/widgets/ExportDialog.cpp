#include "widgets/ExportDialog.h"

#include "widgets/SaveFileChooser.h"

#include "render/BriefingComposer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>

namespace atlas {

ExportDialog::ExportDialog(const PictureContent &content, QWidget *parent) : QDialog(parent), m_content(content)
{
    setWindowTitle(tr("Export Picture"));
    setObjectName(QStringLiteral("exportDialog"));

    m_view = new QComboBox(this);
    m_view->addItem(tr("Briefing page"), int(ExportView::Briefing));
    m_view->addItem(tr("Map"), int(ExportView::Map));
    m_view->addItem(tr("Timeline"), int(ExportView::Timeline));
    m_view->addItem(tr("Reactions"), int(ExportView::Reactions));
    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), int(ExportFormat::Png));
    m_format->addItem(tr("SVG (vector, text kept as text)"), int(ExportFormat::Svg));
    m_format->addItem(tr("PDF (vector, one page)"), int(ExportFormat::Pdf));
    m_size = new QComboBox(this);
    m_size->addItem(tr("1920 × 1080 (slide)"), QStringLiteral("1920x1080"));
    m_size->addItem(tr("3840 × 2160 (4K slide)"), QStringLiteral("3840x2160"));
    m_size->addItem(tr("A4 landscape"), QStringLiteral("A4"));
    m_size->addItem(tr("Letter landscape"), QStringLiteral("Letter"));
    m_size->addItem(tr("Custom"), QStringLiteral("custom"));
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *s : {m_width, m_height}) {
        s->setRange(100, 16384);
        s->setSuffix(tr(" px"));
    }
    m_width->setValue(1600);
    m_height->setValue(900);
    auto *custom = new QHBoxLayout;
    custom->addWidget(m_width);
    custom->addWidget(new QLabel(QStringLiteral("×"), this));
    custom->addWidget(m_height);
    m_scale = new QComboBox(this);
    m_scale->addItem(QStringLiteral("1×"), 1);
    m_scale->addItem(QStringLiteral("2×"), 2);
    m_scale->addItem(QStringLiteral("4×"), 4);
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Print (white, darker lines)"), int(Theme::Print));
    m_theme->addItem(tr("Screen"), int(Theme::Screen));
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(BriefingComposer::defaultTitle(m_content));
    m_title->setText(m_content.title);
    m_subtitle = new QLineEdit(this);
    m_subtitle->setPlaceholderText(BriefingComposer::defaultSubtitle(m_content));
    m_subtitle->setText(m_content.subtitle);
    m_pixels = new QLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&What:"), m_view);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Size:"), m_size);
    form->addRow(tr("Custom size:"), custom);
    form->addRow(tr("S&cale (PNG):"), m_scale);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("Su&btitle:"), m_subtitle);
    form->addRow(QString(), m_pixels);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("exportPreview"));
    m_previewLabel->setMinimumSize(480, 300);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);

    auto *top = new QHBoxLayout;
    top->addLayout(form);
    top->addWidget(m_previewLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);

    // A burst of changes (typing a title) repaints the preview once.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    for (QComboBox *c : {m_view, m_format, m_size, m_scale, m_theme})
        connect(c, &QComboBox::currentIndexChanged, this, &ExportDialog::settingsChanged);
    for (QSpinBox *s : {m_width, m_height})
        connect(s, &QSpinBox::valueChanged, this, &ExportDialog::settingsChanged);
    for (QLineEdit *e : {m_title, m_subtitle})
        connect(e, &QLineEdit::textChanged, this, &ExportDialog::settingsChanged);
    settingsChanged();
    refreshPreview();
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.view = ExportView(m_view->currentData().toInt());
    s.format = ExportFormat(m_format->currentData().toInt());
    const QString preset = m_size->currentData().toString();
    if (preset == QLatin1String("custom"))
        s.size = QSize(m_width->value(), m_height->value());
    else
        Exporter::parseSize(preset, &s);
    s.scale = s.format == ExportFormat::Png ? m_scale->currentData().toInt() : 1;
    s.theme = Theme(m_theme->currentData().toInt());
    return s;
}

PictureContent ExportDialog::content() const
{
    PictureContent c = m_content;
    c.title = m_title->text().trimmed();
    c.subtitle = m_subtitle->text().trimmed();
    return c;
}

void ExportDialog::setView(ExportView view) { m_view->setCurrentIndex(m_view->findData(int(view))); }
void ExportDialog::setFormat(ExportFormat format) { m_format->setCurrentIndex(m_format->findData(int(format))); }
void ExportDialog::setSizePreset(const QString &preset)
{
    const int i = m_size->findData(preset, Qt::UserRole, Qt::MatchFixedString);
    if (i >= 0)
        m_size->setCurrentIndex(i);
}
void ExportDialog::setCustomSize(const QSize &size)
{
    setSizePreset(QStringLiteral("custom"));
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}
void ExportDialog::setScale(int scale) { m_scale->setCurrentIndex(m_scale->findData(scale)); }
void ExportDialog::setTheme(Theme theme) { m_theme->setCurrentIndex(m_theme->findData(int(theme))); }
void ExportDialog::setTitle(const QString &title) { m_title->setText(title); }

void ExportDialog::settingsChanged()
{
    const ExportSettings s = settings();
    const bool custom = m_size->currentData().toString() == QLatin1String("custom");
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    m_scale->setEnabled(s.format == ExportFormat::Png);
    const bool briefing = s.view == ExportView::Briefing;
    m_title->setEnabled(briefing);
    m_subtitle->setEnabled(briefing);
    const QSize px = Exporter::pixelSize(s);
    m_pixels->setText(s.format == ExportFormat::Png
                          ? tr("%1 × %2 pixels").arg(px.width()).arg(px.height())
                          : (s.paper.isValid() ? tr("%1, vector").arg(s.paper.name())
                                               : tr("%1 × %2 px page, vector").arg(s.size.width()).arg(s.size.height())));
    m_debounce->start();
}

void ExportDialog::refreshPreview()
{
    m_debounce->stop();
    const QSize bounds = m_previewLabel->contentsRect().size().expandedTo(QSize(200, 120));
    const double dpr = devicePixelRatioF();
    m_preview = Exporter::renderPreview(content(), settings(), bounds * dpr);
    QImage shown = m_preview;
    shown.setDevicePixelRatio(dpr);
    m_previewLabel->setPixmap(QPixmap::fromImage(shown));
}

bool ExportDialog::exportTo(const QString &path, QString *error)
{
    if (!Exporter::write(content(), settings(), path, error))
        return false;
    emit exported(path);
    return true;
}

void ExportDialog::chooseFileAndExport()
{
    const ExportSettings s = settings();
    const QString suffix = s.format == ExportFormat::Png ? QStringLiteral("png")
                           : s.format == ExportFormat::Svg ? QStringLiteral("svg")
                                                           : QStringLiteral("pdf");
    const QString filter = s.format == ExportFormat::Png ? tr("PNG images (*.png)")
                           : s.format == ExportFormat::Svg ? tr("SVG drawings (*.svg)")
                                                           : tr("PDF documents (*.pdf)");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = QStringLiteral("%1/launch-atlas-%2.%3").arg(dir, exportViewName(s.view), suffix);
    const QString path = chooseSavePath(this, tr("Export Picture"), name, filter, suffix);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export Picture"), error);
        return;
    }
    accept();
}

} // namespace atlas
