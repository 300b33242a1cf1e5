#pragma once

#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/imageinfo.h"
#include "app/net/hsserror.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <memory>

class ExportTaskManager;
class HssClient;
class HssReply;

namespace Ui {
class ExportDialog;
}

// Asks what to export before anything is sent: the selected images (by list id, or by image_id
// for local images), or everything matching the list's filters plus the filters only
// BatchExportBaselineTask knows. The summary shows exactly that; values the API would refuse
// are marked on their field and nothing goes. With a client, the service counts the records
// the export would hold (ShowImageSecurityReportStatistic) and that count is the default
// export size; with a manager, Export sends and the dialog stays open until the service has
// accepted it, so a refusal shows here with everything the analyst chose still in place.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { Selected, AllMatching };

    // matchingCount: the list's total for filter, shown on the "all" choice; negative when
    // unknown.
    ExportDialog(const QList<ImageInfo> &selected, const ImageFilter &filter, qint64 matchingCount,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Asks `client` how many records the export would hold, now and whenever what it would
    // send changes. Without it, the analyst types the size.
    void setRecordCounter(HssClient *client);
    // Export submits through `manager` and closes only once the task was created.
    void setManager(ExportTaskManager *manager);
    // The service's count for what is chosen now; negative while unknown.
    qint64 recordCount() const { return m_recordCount; }

    void setScope(Scope scope);
    Scope scope() const;
    // What would be sent if the analyst pressed Export now.
    BatchExportBaselineTaskRequest request() const;
    QString summary() const;
    // Problems found by the last accept(); empty once it went through.
    FieldErrors errors() const { return m_errors; }
    // Whether the widget for this API field is marked invalid.
    bool isFieldMarked(const QString &field) const;

public slots:
    void accept() override;

signals:
    // Emitted by accept() with a request that passed validation.
    void exportRequested(const BatchExportBaselineTaskRequest &request);
    // The service answered the count for what is chosen now.
    void recordCountChanged(qint64 count);

private:
    void updateScope();
    void updateSummary();
    void scheduleCount();
    void count();
    void showCount();
    void onSubmitEnded(const HssError &error);
    void showSubmitError(const HssError &error);
    FieldErrors collectErrors(BatchExportBaselineTaskRequest *request) const;
    void markErrors(const FieldErrors &errors);
    QWidget *widgetFor(const QString &field) const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QList<ImageInfo> m_selected;
    bool m_selectedLocal = false; // local images are named by image_id, not by list id
    ImageFilter m_filter;
    // The image_type sent with the selection, and the type combo's value for "all matching"
    // while the selection shows its own.
    QString m_selectedType;
    QString m_allMatchingType;
    bool m_sizeEdited = false;
    FieldErrors m_errors;
    QPointer<HssClient> m_client;
    QPointer<ExportTaskManager> m_manager;
    QPointer<HssReply> m_countReply;
    QTimer m_countTimer;
    QByteArray m_countedKey; // the body the current count is for
    qint64 m_recordCount = -1;
    HssError m_countError;
    bool m_countPending = false; // a count is scheduled or under way
    bool m_submitting = false;
};
