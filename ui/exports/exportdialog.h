#pragma once

#include "app/api/baselineexportrequest.h"
#include "app/api/imageinfo.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class ExportDialog;
}

// Asks what to export before anything is sent: the selected images by list id, or everything
// matching the list's filters plus the filters only BatchExportBaselineTask knows. The summary
// shows exactly that; values the API would refuse are marked on their field and nothing goes.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { Selected, AllMatching };

    // matchingCount: the list's total for filter, the default export_size for "all"; negative
    // when unknown, and then the analyst types the size.
    ExportDialog(const QList<ImageInfo> &selected, const ImageFilter &filter, qint64 matchingCount,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setScope(Scope scope);
    Scope scope() const;
    // What would be sent if the analyst pressed Export now.
    BaselineExportRequest request() const;
    QString summary() const;
    // Problems found by the last accept(); empty once it went through.
    FieldErrors errors() const { return m_errors; }
    // Whether the widget for this API field is marked invalid.
    bool isFieldMarked(const QString &field) const;

public slots:
    void accept() override;

signals:
    // Emitted by accept() with a request that passed validation.
    void exportRequested(const BaselineExportRequest &request);

private:
    void updateScope();
    void updateSummary();
    FieldErrors collectErrors(BaselineExportRequest *request) const;
    void markErrors(const FieldErrors &errors);
    QWidget *widgetFor(const QString &field) const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QList<ImageInfo> m_selected;
    ImageFilter m_filter;
    qint64 m_matchingCount = 0;
    // The image_type sent with the selection, and the type combo's value for "all matching"
    // while the selection shows its own.
    QString m_selectedType;
    QString m_allMatchingType;
    bool m_sizeEdited = false;
    FieldErrors m_errors;
};
