#pragma once
// File → Export… (Ctrl+E): choose what (map, timeline, reactions or a briefing
// page), format (PNG, SVG, PDF), size (1920x1080, 3840x2160, A4 or Letter
// landscape, custom), PNG scale and theme, and the briefing's title and
// subtitle, with a live preview painted by the exporter itself (the same
// paint path as the file).
#include "render/Exporter.h"

#include <QDialog>
#include <QImage>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace atlas {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // content.catalog must outlive the dialog.
    ExportDialog(const PictureContent &content, QWidget *parent = nullptr);

    ExportSettings settings() const;
    PictureContent content() const; // with the title and subtitle typed
    void setView(ExportView view);
    void setFormat(ExportFormat format);
    void setSizePreset(const QString &preset); // one of Exporter::sizePresets(), or "custom"
    void setCustomSize(const QSize &size);
    void setScale(int scale);
    void setTheme(Theme theme);
    void setTitle(const QString &title);
    QImage previewImage() const { return m_preview; }
    void refreshPreview(); // now, without waiting for the debounce

    // Writes the file; false with a message box's text in *error.
    bool exportTo(const QString &path, QString *error = nullptr);

signals:
    void exported(const QString &path);

private:
    void chooseFileAndExport();
    void settingsChanged();

    PictureContent m_content;
    QComboBox *m_view, *m_format, *m_size, *m_scale, *m_theme;
    QSpinBox *m_width, *m_height;
    QLineEdit *m_title, *m_subtitle;
    QLabel *m_previewLabel, *m_pixels;
    QTimer *m_debounce;
    QImage m_preview;
};

} // namespace atlas
