#include "ui/images/imagebrowser.h"

#include "app/base/settingkeys.h"
#include "app/images/imagelistloader.h"
#include "app/images/imagesource.h"
#include "ui/images/imagefilterform.h"
#include "ui/images/imageproxymodel.h"
#include "ui/images/imagetablemodel.h"
#include "ui/images/imagetableview.h"
#include "ui/uilogging.h"
#include "ui/widgets/messagebar.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>

#include <algorithm>
#include <climits>

ImageBrowser::ImageBrowser(HssClient *client, const Widgets &widgets, QObject *parent)
    : QObject(parent)
    , m_w(widgets)
    , m_client(client)
    , m_model(new ImageTableModel(this))
    , m_proxy(new ImageProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_w.view->setModel(m_proxy);
    m_w.view->showDefaultColumns();
    // Re-filtering a large list per keystroke would make typing stutter.
    m_quickFilterTimer.setSingleShot(true);
    m_quickFilterTimer.setInterval(200);
    connect(&m_quickFilterTimer, &QTimer::timeout, this,
            [this] { m_proxy->setQuickFilter(m_w.quickFilter->text()); });
    connect(m_w.quickFilter, &QLineEdit::textChanged, &m_quickFilterTimer, qOverload<>(&QTimer::start));

    connect(m_w.form, &ImageFilterForm::applied, this, &ImageBrowser::applyFilter);
    connect(m_w.cancelButton, &QPushButton::clicked, this, &ImageBrowser::cancelLoading);
    connect(m_w.view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImageBrowser::updateSelectionStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ImageBrowser::updateSelectionStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ImageBrowser::updateSelectionStatus);
    // The quick filter re-filters with one layout change; the count must follow it.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ImageBrowser::updateSelectionStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ImageBrowser::updateSelectionStatus);

    setInventory(QString());
    updateSelectionStatus();
}

ImageListLoader *ImageBrowser::loader() const
{
    return m_source->refresher()->loader();
}

void ImageBrowser::setInventory(const QString &databasePath)
{
    delete m_source;
    m_source = new ImageSource(m_client, databasePath, this);
    connectSource();
    onLoadEnded();
    showSourceStatus();
}

void ImageBrowser::connectSource()
{
    connect(m_source, &ImageSource::storedRowsLoaded, this, &ImageBrowser::onRowsArrived);
    connect(m_source, &ImageSource::storedRowsFinished, this,
            [this](qint64 count, const QDateTime &asOf) {
                if (asOf.isValid())
                    m_matching = count;
                updateSelectionStatus();
            });
    connect(m_source, &ImageSource::refreshStarted, this, [this](InventoryRefresher::Kind kind) {
        m_refreshKind = kind;
        showLoading();
    });
    connect(m_source, &ImageSource::rowsChanged, this, &ImageBrowser::onRowsArrived);
    connect(m_source, &ImageSource::rowsRemoved, this,
            [this](const QList<qint64> &ids) { m_model->removeImages(ids); });
    connect(m_source, &ImageSource::refreshed, this, [this] {
        // After a refresh the table holds exactly what the filter matches.
        m_matching = m_model->rowCount();
        onLoadEnded();
    });
    connect(m_source, &ImageSource::canceled, this, [this] {
        onLoadEnded();
        m_w.statusBar->showMessage(tr("Loading canceled"), 5000);
    });
    connect(m_source, &ImageSource::refreshFailed, this, [this](const HssError &error) {
        onLoadEnded();
        m_w.messageBar->showError(tr("The image list could not be loaded"), error);
    });
    connect(m_source, &ImageSource::inventoryProblem, this, [this](const QString &message) {
        m_w.messageBar->showMessage(message, MessageBar::Type::Warning);
    });
    connect(m_source, &ImageSource::stateChanged, this, [this] {
        showSourceStatus();
        emit stateChanged();
    });
    ImageListLoader *pages = loader();
    connect(pages, &ImageListLoader::progress, this, &ImageBrowser::onProgress);
    connect(pages, &ImageListLoader::waitingForBudget, this, &ImageBrowser::onWaitingForBudget);
}

bool ImageBrowser::isLoading() const
{
    return m_source->state() == ImageSource::State::ReadingStore
        || m_source->state() == ImageSource::State::Refreshing;
}

bool ImageBrowser::hasSelection() const
{
    return m_w.view->selectionModel()->hasSelection();
}

QList<ImageInfo> ImageBrowser::selectedImages() const
{
    const QList<int> rows = m_w.view->selectedSourceRows();
    QList<ImageInfo> images;
    images.reserve(rows.size());
    for (int row : rows)
        images.append(m_model->imageAt(row));
    return images;
}

void ImageBrowser::openProfile(const QString &formKey)
{
    if (!m_formKey.isEmpty())
        saveFormState();
    m_formKey = formKey;
    m_model->clear();
    m_filterApplied = false;
    m_matching = -1;
    QSettings settings;
    settings.beginGroup(SettingKeys::FilterForm.path(formKey));
    m_w.form->restoreState(settings);
    settings.endGroup();
    // Open on what the analyst last looked at with this profile.
    m_w.form->apply();
    emit stateChanged();
}

void ImageBrowser::saveFormState() const
{
    if (m_formKey.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(SettingKeys::FilterForm.path(m_formKey));
    m_w.form->saveState(settings);
}

void ImageBrowser::rememberScanned(const QList<ImageInfo> &images)
{
    {
        // The store still gets them; only the filter's verdict is left for the next load.
        const QSignalBlocker quiet(m_source);
        m_source->remember(images);
    }
    m_model->updateImages(images);
}

void ImageBrowser::applyFilter(const ImageFilter &filter)
{
    m_filter = filter;
    m_filterApplied = true;
    saveFormState();
    rememberSelection();
    qCDebug(lcUi) << "loading images, keeping" << m_keepSelection.size() << "selected";
    m_model->clear();
    m_matching = -1;
    showLoading();
    m_source->load(m_filter);
    emit stateChanged();
}

void ImageBrowser::refresh()
{
    if (!m_filterApplied) {
        m_w.form->apply();
        return;
    }
    if (!m_source->hasStore()) {
        // Without a store nothing says which rows left the list: list it again from scratch.
        rememberSelection();
        m_model->clear();
        m_matching = -1;
    }
    qCDebug(lcUi) << "refreshing images";
    m_source->refresh();
    emit stateChanged();
}

void ImageBrowser::rememberSelection()
{
    const QList<int> selected = m_w.view->selectedSourceRows();
    for (int row : selected)
        m_keepSelection.insert(m_model->idAt(row));
}

void ImageBrowser::showLoading()
{
    m_w.progress->setRange(0, 0);
    m_w.progress->show();
    m_w.cancelButton->show();
}

void ImageBrowser::cancelLoading()
{
    m_source->cancel();
}

void ImageBrowser::onProgress(qint64 loaded, qint64 total)
{
    // An incremental refresh counts what changed, not what the filter matches.
    if (m_refreshKind == InventoryRefresher::Kind::Full)
        m_matching = total;
    m_w.progress->setRange(0, static_cast<int>(std::min<qint64>(total, INT_MAX)));
    m_w.progress->setValue(static_cast<int>(std::min<qint64>(loaded, INT_MAX)));
    showSourceStatus();
    emit stateChanged();
}

void ImageBrowser::onWaitingForBudget(int nextPageMs, qint64 remainingMs)
{
    if (!m_w.sourceLabel)
        return;
    const int seconds = std::max(1, (nextPageMs + 999) / 1000);
    const QString left = remainingMs < 60000
        ? tr("%n s", nullptr, static_cast<int>(std::max<qint64>(1, (remainingMs + 999) / 1000)))
        : tr("%n min", nullptr, static_cast<int>((remainingMs + 59999) / 60000));
    m_w.sourceLabel->setText(tr("Next page in %n s — about %1 left", nullptr, seconds).arg(left));
}

void ImageBrowser::showSourceStatus()
{
    if (m_w.sourceLabel)
        m_w.sourceLabel->setText(m_source->statusText());
}

void ImageBrowser::onRowsArrived(const QList<ImageInfo> &images)
{
    m_model->upsertImages(images);
    if (m_autoSizeColumns) {
        // Sized once to real data; after that the analyst's widths win and are remembered.
        m_w.view->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_w.view->setColumnWidth(column, std::min(m_w.view->columnWidth(column), 320));
        m_autoSizeColumns = false;
    }
    if (m_keepSelection.isEmpty())
        return;
    QList<int> rows;
    for (const ImageInfo &image : images) {
        if (m_keepSelection.contains(image.id))
            rows.append(m_model->rowOfId(image.id));
    }
    if (rows.isEmpty())
        return;
    // On a long list arriving rows are shown in batches; these must be shown to be selected.
    m_proxy->showArrivedRows();
    m_w.view->selectSourceRows(rows);
}

void ImageBrowser::onLoadEnded()
{
    m_w.progress->hide();
    m_w.cancelButton->hide();
    m_keepSelection.clear();
    // The counts and the empty text below are final only with every row shown.
    m_proxy->showArrivedRows();
    updateSelectionStatus();
}

void ImageBrowser::updateSelectionStatus()
{
    const qsizetype selected = m_w.view->selectionModel()->selectedRows().size();
    m_w.selectionLabel->setText(tr("%Ln selected", nullptr, static_cast<int>(selected)));
    const int shown = m_proxy->rowCount();
    if (m_matching >= 0)
        m_w.countLabel->setText(tr("%L1 of %Ln image(s) shown", nullptr,
                                   static_cast<int>(std::min<qint64>(m_matching, INT_MAX)))
                                    .arg(shown));
    else
        m_w.countLabel->setText(tr("%Ln image(s) shown", nullptr, shown));
    QString empty;
    if (shown == 0 && !isLoading()) {
        if (m_model->rowCount() > 0)
            empty = tr("No images match the quick filter \"%1\"").arg(m_w.quickFilter->text());
        else if (m_matching == 0)
            empty = tr("No images match these filters");
    }
    m_w.view->setEmptyText(empty);
    emit stateChanged();
}
