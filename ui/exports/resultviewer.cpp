#include "ui/exports/resultviewer.h"

#include "app/base/logging.h"
#include "app/results/csvreader.h"
#include "app/results/xlsxsheetreader.h"
#include "ui/exports/resulttablemodel.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

ResultViewer::ResultViewer(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_members(new QStringListModel(this))
    , m_model(new ResultTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_memberView(new QListView(this))
    , m_tableView(new QTableView(this))
    , m_filterEdit(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
{
    setWindowTitle(tr("Export result"));
    setAccessibleName(tr("Export result viewer"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // a finding can be searched by any column
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

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
    m_filterEdit->setPlaceholderText(tr("Filter rows…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter the result rows"));
    m_statusLabel->setAccessibleName(tr("Result row count"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_filterEdit);
    rightLayout->addWidget(m_tableView);
    rightLayout->addWidget(m_statusLabel);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_memberView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(1000, 600);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &ResultViewer::setFilterText);
    connect(m_memberView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ResultViewer::onMemberActivated);
}

ResultViewer::~ResultViewer() = default;

bool ResultViewer::openArchive(const QString &path)
{
    m_model->clear();
    m_member.clear();
    m_path = path;
    setWindowTitle(tr("Export result — %1").arg(QFileInfo(path).fileName()));
    if (!m_zip.open(path)) {
        m_members->setStringList({});
        showError(m_zip.errorString());
        return false;
    }
    QStringList names;
    for (const ZipArchive::Member &m : m_zip.members()) {
        if (!m.isDirectory)
            names.append(m.name);
    }
    m_members->setStringList(names);
    // The CSV opens first: it is the cheaper of the two and shows the same rows.
    QString preferred;
    for (const QString &suffix : {QStringLiteral(".csv"), QStringLiteral(".xlsx")}) {
        for (const QString &name : std::as_const(names)) {
            if (preferred.isEmpty() && name.endsWith(suffix, Qt::CaseInsensitive))
                preferred = name;
        }
    }
    if (!preferred.isEmpty())
        return showMember(preferred);
    updateStatus();
    return true;
}

QStringList ResultViewer::memberNames() const
{
    return m_members->stringList();
}

bool ResultViewer::showMember(const QString &name)
{
    const int row = int(m_members->stringList().indexOf(name));
    if (row < 0) {
        showError(tr("The archive has no member %1").arg(name));
        return false;
    }
    m_member = name;
    {
        const QSignalBlocker blocker(m_memberView->selectionModel());
        m_memberView->setCurrentIndex(m_members->index(row));
    }
    bool ok = false;
    const QByteArray bytes = m_zip.read(name, &ok);
    if (!ok) {
        m_model->clear();
        showError(m_zip.errorString());
        return false;
    }
    if (name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        m_model->setRows(CsvReader::parse(bytes));
    } else if (name.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        XlsxSheetReader reader;
        if (!reader.read(bytes, m_zip.maxMemberSize())) {
            m_model->clear();
            showError(reader.errorString());
            return false;
        }
        m_model->setRows(reader.rows());
    } else {
        m_model->clear();
        showError(tr("%1 is neither CSV nor XLSX; only those can be shown as a table").arg(name));
        return false;
    }
    m_error.clear();
    m_tableView->resizeColumnsToContents();
    updateStatus();
    return true;
}

void ResultViewer::setFilterText(const QString &text)
{
    if (m_filterEdit->text() != text)
        m_filterEdit->setText(text);
    m_proxy->setFilterFixedString(text);
    updateStatus();
}

int ResultViewer::rowCount() const
{
    return m_model->rowCount();
}

int ResultViewer::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void ResultViewer::onMemberActivated()
{
    const QString name = m_memberView->currentIndex().data().toString();
    if (!name.isEmpty() && name != m_member)
        showMember(name);
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
                               ? tr("%n row(s)", nullptr, m_model->rowCount())
                               : tr("%1 of %n row(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}
