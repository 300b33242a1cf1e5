#include "ui/exports/resultviewer.h"

#include "app/base/logging.h"
#include "ui/exports/resultproxymodel.h"
#include "ui/exports/resulttablemodel.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStringListModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

ResultViewer::ResultViewer(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_members(new QStringListModel(this))
    , m_model(new ResultTableModel(this))
    , m_proxy(new ResultProxyModel(this))
    , m_memberView(new QListView(this))
    , m_filterRow(new QWidget(this))
    , m_tableView(new QTableView(this))
    , m_statusLabel(new QLabel(this))
{
    setWindowTitle(tr("Export result"));
    setAccessibleName(tr("Export result viewer"));
    m_proxy->setSourceModel(m_model);

    m_memberView->setModel(m_members);
    m_memberView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memberView->setAccessibleName(tr("Files in the export archive"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(-1, Qt::AscendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setAccessibleName(tr("Baseline check results"));
    m_filterRow->setAccessibleName(tr("Column filters"));
    m_statusLabel->setAccessibleName(tr("Result row count"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_filterRow);
    rightLayout->addWidget(m_tableView);
    rightLayout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    rightLayout->addWidget(m_statusLabel);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_memberView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    rebuildFilterRow();

    QHeaderView *header = m_tableView->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, &ResultViewer::placeFilterRow);
    connect(header, &QHeaderView::sectionMoved, this, &ResultViewer::placeFilterRow);
    connect(header, &QHeaderView::geometriesChanged, this, &ResultViewer::placeFilterRow);
    connect(m_tableView->horizontalScrollBar(), &QScrollBar::valueChanged, this, &ResultViewer::placeFilterRow);
    connect(m_memberView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ResultViewer::onMemberActivated);
    connect(&m_watcher, &QFutureWatcher<ResultLoader::Result>::finished, this, &ResultViewer::onLoaded);
}

ResultViewer::~ResultViewer()
{
    // The worker owns its copies of everything; it stops at its next check and nobody waits.
    m_watcher.future().cancel();
    // ~QWidget hides the children, and their signals must not reach the half-destroyed viewer.
    disconnect(m_tableView->horizontalHeader(), nullptr, this, nullptr);
    disconnect(m_tableView->horizontalScrollBar(), nullptr, this, nullptr);
    disconnect(m_memberView->selectionModel(), nullptr, this, nullptr);
}

void ResultViewer::openArchive(const QString &path)
{
    m_path = path;
    m_member.clear();
    m_members->setStringList({});
    m_model->clear();
    rebuildFilterRow();
    setWindowTitle(tr("Export result — %1").arg(QFileInfo(path).fileName()));
    startLoading(QString());
}

void ResultViewer::showMember(const QString &name)
{
    if (!m_members->stringList().contains(name)) {
        showError(tr("The archive has no member %1").arg(name));
        emit loadFinished(false);
        return;
    }
    startLoading(name);
}

void ResultViewer::startLoading(const QString &member)
{
    m_watcher.future().cancel();
    m_error.clear();
    m_statusLabel->setText(tr("Reading %1…").arg(member.isEmpty() ? QFileInfo(m_path).fileName() : member));
    m_watcher.setFuture(QtConcurrent::run(&ResultLoader::load, m_path, member));
}

void ResultViewer::onLoaded()
{
    QFuture<ResultLoader::Result> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    ResultLoader::Result result = future.takeResult();
    if (result.path != m_path)
        return;
    if (m_members->stringList() != result.members)
        m_members->setStringList(result.members);
    if (!result.error.isEmpty()) {
        m_member = result.member;
        m_model->clear();
        rebuildFilterRow();
        showError(result.error);
        emit loadFinished(false);
        return;
    }
    m_member = result.member;
    {
        const QSignalBlocker blocker(m_memberView->selectionModel());
        m_memberView->setCurrentIndex(m_members->index(int(result.members.indexOf(m_member))));
    }
    m_model->setRows(std::move(result.header), std::move(result.rows), std::move(result.severityColumns));
    rebuildFilterRow();
    m_tableView->resizeColumnsToContents();
    m_error.clear();
    updateStatus();
    emit loadFinished(true);
}

void ResultViewer::setColumnFilter(int column, const QString &text)
{
    if (QLineEdit *edit = columnFilterEdit(column))
        edit->setText(text);
}

QStringList ResultViewer::memberNames() const
{
    return m_members->stringList();
}

QString ResultViewer::statusText() const
{
    return m_statusLabel->text();
}

int ResultViewer::rowCount() const
{
    return m_model->rowCount();
}

int ResultViewer::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void ResultViewer::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_placed) {
        m_placed = true;
        fitToScreen();
    }
}

void ResultViewer::closeEvent(QCloseEvent *event)
{
    if (isReading()) {
        m_watcher.future().cancel();
        m_statusLabel->setText(tr("Reading canceled."));
    }
    QWidget::closeEvent(event);
}

void ResultViewer::fitToScreen()
{
    // Laptops and scaled displays can be smaller than the size the table wants: open within
    // the screen the window is on, leaving room for the window frame, and centred on it.
    const QScreen *onScreen = screen();
    if (!onScreen)
        return;
    const QRect available = onScreen->availableGeometry();
    const QSize wanted = QSize(1000, 600).expandedTo(minimumSizeHint());
    const QSize size = wanted.boundedTo(available.size() * 0.9);
    setGeometry(QStyle::alignedRect(layoutDirection(), Qt::AlignCenter, size, available));
}

void ResultViewer::onMemberActivated()
{
    const QString name = m_memberView->currentIndex().data().toString();
    if (!name.isEmpty() && name != m_member)
        showMember(name);
}

void ResultViewer::rebuildFilterRow()
{
    qDeleteAll(m_filterEdits);
    m_filterEdits.clear();
    m_proxy->clearColumnFilters();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        auto *edit = new QLineEdit(m_filterRow);
        const QString name = m_model->headerData(column, Qt::Horizontal).toString();
        edit->setPlaceholderText(tr("Filter"));
        edit->setClearButtonEnabled(true);
        edit->setAccessibleName(tr("Filter by %1").arg(name));
        edit->setToolTip(tr("Show only rows whose %1 contains this text").arg(name));
        connect(edit, &QLineEdit::textChanged, this, [this, column](const QString &text) {
            m_proxy->setColumnFilter(column, text);
            updateStatus();
        });
        m_filterEdits.append(edit);
        edit->show();
    }
    if (!m_filterEdits.isEmpty())
        m_filterRow->setFixedHeight(m_filterEdits.first()->sizeHint().height());
    m_filterRow->setVisible(!m_filterEdits.isEmpty());
    placeFilterRow();
}

void ResultViewer::placeFilterRow()
{
    // Each field sits over its column, following resizes, moves and horizontal scrolling.
    const QHeaderView *header = m_tableView->horizontalHeader();
    const int origin = m_tableView->frameWidth() + m_tableView->verticalHeader()->width();
    for (int column = 0; column < m_filterEdits.size(); ++column) {
        QLineEdit *edit = m_filterEdits.at(column);
        edit->setVisible(!header->isSectionHidden(column));
        edit->setGeometry(origin + header->sectionViewportPosition(column), 0, header->sectionSize(column),
                          m_filterRow->height());
    }
}

void ResultViewer::showError(const QString &message)
{
    m_error = message;
    qCInfo(lcTasks).noquote() << "cannot show export result:" << message;
    m_statusLabel->setText(message);
}

void ResultViewer::updateStatus()
{
    if (m_member.isEmpty()) {
        m_statusLabel->setText(tr("Choose a CSV or XLSX file on the left."));
        return;
    }
    m_statusLabel->setText(m_proxy->rowCount() == m_model->rowCount()
                               ? tr("%Ln row(s)", nullptr, m_model->rowCount())
                               : tr("%1 of %Ln row(s)", nullptr, m_model->rowCount())
                                     .arg(QLocale().toString(m_proxy->rowCount())));
}
