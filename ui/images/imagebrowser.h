#pragma once

#include "app/api/imagefilter.h"
#include "app/api/imageinfo.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class HssClient;
class ImageFilterForm;
class ImageListLoader;
class ImageProxyModel;
class ImageTableModel;
class ImageTableView;
class MessageBar;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStatusBar;

// The image list as the analyst browses it: applies the form's filter, loads every page with
// an ImageListLoader into the table, keeps the selected images selected across a reload (by
// id), and keeps counts, progress, the quick filter and the table's empty text current. The
// form's state is kept per profile. Owns the model, the proxy and the loader, not the widgets.
class ImageBrowser : public QObject
{
    Q_OBJECT

public:
    // The window's widgets the browser drives.
    struct Widgets
    {
        ImageFilterForm *form = nullptr;
        ImageTableView *view = nullptr;
        QLineEdit *quickFilter = nullptr;
        QLabel *countLabel = nullptr;
        QLabel *selectionLabel = nullptr;
        QProgressBar *progress = nullptr;
        QPushButton *cancelButton = nullptr;
        MessageBar *messageBar = nullptr;
        QStatusBar *statusBar = nullptr;
    };

    ImageBrowser(HssClient *client, const Widgets &widgets, QObject *parent = nullptr);

    ImageListLoader *loader() const { return m_loader; }
    ImageTableModel *model() const { return m_model; }
    ImageProxyModel *proxyModel() const { return m_proxy; }
    ImageTableView *view() const { return m_w.view; }
    ImageFilterForm *form() const { return m_w.form; }

    const ImageFilter &filter() const { return m_filter; }
    bool isFilterApplied() const { return m_filterApplied; }
    // total_num of the last load; -1 until a load said it.
    qint64 matchingCount() const { return m_matching; }
    bool isLoading() const;
    bool hasSelection() const;
    // The selected rows in view order, e.g. for an export of the selection.
    QList<ImageInfo> selectedImages() const;

    // Starts over on another connection: the form as it was left under `formKey` (the previous
    // key's form is saved first), applied at once. An empty key keeps no form state.
    void openProfile(const QString &formKey);
    void saveFormState() const;
    // Sizes the columns to the first page that arrives, when no saved header state applied.
    void setAutoSizeColumns(bool enabled) { m_autoSizeColumns = enabled; }

public slots:
    void applyFilter(const ImageFilter &filter);
    // Loads the applied filter again; before any filter was applied, applies the form.
    void refresh();
    void cancelLoading();

signals:
    // Something the window's actions depend on changed: filter, loading, selection or count.
    void stateChanged();

private:
    void onPageLoaded(qint64 offset, const QList<ImageInfo> &images);
    void onProgress(qint64 loaded, qint64 total);
    void onLoadEnded();
    void updateSelectionStatus();

    Widgets m_w;
    ImageListLoader *m_loader;
    ImageTableModel *m_model;
    ImageProxyModel *m_proxy;
    QTimer m_quickFilterTimer;
    ImageFilter m_filter;
    bool m_filterApplied = false;
    qint64 m_matching = -1;
    QSet<qint64> m_keepSelection;
    bool m_autoSizeColumns = false;
    QString m_formKey;
};
