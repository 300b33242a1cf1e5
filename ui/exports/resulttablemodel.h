#pragma once

#include <QAbstractTableModel>
#include <QStringList>

// Rows of an export member (CSV or the first XLSX sheet); the first row is the header.
// Rows shorter than the header read as empty cells.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ResultTableModel(QObject *parent = nullptr);

    void setRows(const QList<QStringList> &rowsWithHeader);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    int m_columns = 0;
};
