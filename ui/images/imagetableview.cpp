#include "ui/images/imagetableview.h"

#include "app/base/safetext.h"
#include "ui/images/imagetablemodel.h"
#include "ui/widgets/cachedtextdelegate.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString tsvCell(QString text)
{
    // A tab or line break inside a value would shift every following column in a spreadsheet.
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Pasted into a spreadsheet, a server-chosen "=HYPERLINK(...)" would run as a formula.
    return SafeText::forSpreadsheetCell(text);
}

} // namespace

ImageTableView::ImageTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("imageTableView"));
    setAccessibleName(tr("Images"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Unsorted until the analyst clicks a header: rows then stay in the service's list order.
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setItemDelegate(new CachedTextDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Rows are picked as a whole, so Tab moving cell by cell only trapped the keyboard here
    // (and re-selected the row under it); Tab goes on to the next control instead.
    setTabKeyNavigation(false);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    verticalHeader()->hide();
    // Fixed row heights keep scrolling through 100k rows cheap.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ImageTableView::showHeaderMenu);

    m_emptyLabel = new QLabel(viewport());
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->hide();
    auto *layout = new QVBoxLayout(viewport());
    layout->addWidget(m_emptyLabel, 0, Qt::AlignCenter);
}

void ImageTableView::setEmptyText(const QString &text)
{
    m_emptyLabel->setText(text);
    m_emptyLabel->setVisible(!text.isEmpty());
    setAccessibleDescription(text);
}

QString ImageTableView::emptyText() const
{
    return m_emptyLabel->isVisible() ? m_emptyLabel->text() : QString();
}

const QAbstractProxyModel *ImageTableView::proxy() const
{
    return qobject_cast<const QAbstractProxyModel *>(model());
}

QList<int> ImageTableView::selectedSourceRows() const
{
    if (!selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> result;
    result.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        result.append(proxy() ? proxy()->mapToSource(index).row() : index.row());
    return result;
}

void ImageTableView::selectSourceRows(const QList<int> &rows)
{
    if (!selectionModel() || rows.isEmpty())
        return;
    QItemSelection selection;
    const QAbstractItemModel *source = proxy() ? proxy()->sourceModel() : model();
    for (int row : rows) {
        QModelIndex index = source->index(row, 0);
        if (proxy())
            index = proxy()->mapFromSource(index);
        if (index.isValid())
            selection.select(index, index);
    }
    selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QString ImageTableView::selectionAsTsv() const
{
    const QHeaderView *header = horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QStringList lines;
    QStringList cells;
    for (int column : std::as_const(columns))
        cells.append(tsvCell(model()->headerData(column, Qt::Horizontal).toString()));
    lines.append(cells.join(QLatin1Char('\t')));

    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows)) {
        cells.clear();
        for (int column : std::as_const(columns))
            cells.append(tsvCell(model()->index(row.row(), column).data().toString()));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ImageTableView::copySelection()
{
    if (selectionModel() && selectionModel()->hasSelection())
        QApplication::clipboard()->setText(selectionAsTsv());
}

void ImageTableView::showDefaultColumns()
{
    for (int column = 0; column < ImageTableModel::ColumnCount; ++column) {
        const int visual = horizontalHeader()->visualIndex(column);
        horizontalHeader()->moveSection(visual, column);
        setColumnHidden(column,
                        !ImageTableModel::isVisibleByDefault(static_cast<ImageTableModel::Column>(column)));
    }
    resizeColumnsToContents();
}

QByteArray ImageTableView::saveHeaderState() const
{
    return horizontalHeader()->saveState();
}

bool ImageTableView::restoreHeaderState(const QByteArray &state)
{
    return !state.isEmpty() && horizontalHeader()->restoreState(state);
}

void ImageTableView::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setAccessibleName(tr("Columns"));
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnHidden(column, !shown); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, &ImageTableView::showDefaultColumns);
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}
