#pragma once

#include <QAbstractTableModel>
#include <QStringList>

// Rows of an export member (CSV or the first XLSX sheet) under their header. Rows shorter than
// the header read as empty cells.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // A severity column sorts by rank (Critical above High above Medium…), every other column by
    // its text.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ResultTableModel(QObject *parent = nullptr);

    void setRows(const QList<QStringList> &rowsWithHeader);
    void setRows(QStringList header, QList<QStringList> rows, QList<int> severityColumns);
    void clear();

    bool isSeverityColumn(int column) const { return m_severityColumns.contains(column); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<int> m_severityColumns;
    int m_columns = 0;
};
